"""Generated Python client: call overhead over raw httpx, and import time.

- `FlyIo.get_app` (argument checks, request building, auth, decoding into the
  `App` model) vs `httpx.Client.get(...).json()` with the same headers, against
  the same loopback mock server (`toolgen mock fly-io`), calls interleaved.
- `from generated.clients.fly_io import FlyIo` vs `import httpx, attrs`, timed
  inside fresh interpreters (start-up excluded).

    python benchmarks/bench_client.py [--rounds 300]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from bench_mcp import mock_fly
from measure import ROOT, Figure, median, table

IMPORT_PROBE = "import time; s = time.perf_counter(); {statement}; print(time.perf_counter() - s)"
CLIENT_IMPORT = "from generated.clients.fly_io import FlyIo"
BASELINE_IMPORT = "import httpx, attrs"


def call_overhead(rounds: int) -> list[Figure]:
    import httpx

    from generated.clients.fly_io import FlyIo

    with tempfile.TemporaryDirectory() as temp, mock_fly(Path(temp)):
        account = tomllib.loads(Path(os.environ["TOOLGEN_CREDENTIALS"]).read_text())["fly-io"]
        token = account["default"]["api_token"]
        headers = {"Authorization": f"FlyV1 {token}", "Accept": "application/json"}
        with FlyIo(account="default") as client, httpx.Client(base_url=account["default"]["base_url"]) as raw:

            def generated() -> object:
                return client.get_app(app_name="my-app")

            def direct() -> object:
                response = raw.get("/apps/my-app", headers=headers)
                response.raise_for_status()
                return response.json()

            samples: dict[str, list[float]] = {"generated": [], "raw": []}
            for _ in range(rounds + 10):  # the first 10 warm connections and caches
                for name, call in (("generated", generated), ("raw", direct)):
                    start = time.perf_counter()
                    call()
                    samples[name].append(time.perf_counter() - start)
    ours, raw_ms = (median(samples[k][10:]) * 1000 for k in ("generated", "raw"))
    return [
        Figure("client call FlyIo.get_app (loopback mock)", ours, "ms"),
        Figure("raw httpx GET + .json() (same server)", raw_ms, "ms"),
        Figure("client call overhead ratio", ours / raw_ms, "x", 1.15),
    ]


def import_seconds(statement: str, runs: int) -> float:
    probe = IMPORT_PROBE.format(statement=statement)
    samples = [
        float(subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout)
        for _ in range(runs)
    ]  # fmt: skip
    return median(samples)


def import_time(runs: int) -> list[Figure]:
    ours, baseline = import_seconds(CLIENT_IMPORT, runs), import_seconds(BASELINE_IMPORT, runs)
    return [
        Figure(f"import: {CLIENT_IMPORT}", ours * 1000, "ms"),
        Figure(f"import: {BASELINE_IMPORT}", baseline * 1000, "ms"),
        Figure("client import ratio", ours / baseline, "x", 1.3),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--import-runs", type=int, default=15)
    options = parser.parse_args()
    print(table([*call_overhead(options.rounds), *import_time(options.import_runs)]))


if __name__ == "__main__":
    main()
