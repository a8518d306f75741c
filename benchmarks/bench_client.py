"""Generated Python client: call overhead over raw httpx, and import time.

- `FlyIo.get_app` (argument checks, request building, auth, decoding into the
  `App` model) vs `httpx.Client.get(...).json()` with the same headers, calls
  interleaved, against one loopback server that answers the spec's example
  `get_app` body. The server is a minimal keep-alive HTTP/1.1 handler with
  TCP_NODELAY: with Nagle on, a response written in two segments stalls ~40 ms
  on delayed ACKs and hides the client's cost.
- `from generated.clients.fly_io import FlyIo` vs `import httpx, attrs`, timed
  inside fresh interpreters (start-up excluded).

    python benchmarks/bench_client.py [--rounds 300]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from measure import ROOT, Figure, median, table

IMPORT_PROBE = "import time; s = time.perf_counter(); {statement}; print(time.perf_counter() - s)"
CLIENT_IMPORT = "from generated.clients.fly_io import FlyIo"
BASELINE_IMPORT = "import httpx, attrs"
WARM_UP = 10


def example_body() -> bytes:
    from generator.spec import load_or_raise

    tool = load_or_raise([ROOT / "specs" / "fly-io.yaml"], ROOT).providers[0].tool("get_app")
    assert tool is not None and tool.response_example is not None
    return json.dumps(tool.response_example).encode()


@contextmanager
def loopback(body: bytes) -> Iterator[str]:
    """A server answering every GET with `body`; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    finally:
        server.shutdown()
        server.server_close()


def interleaved(calls: dict[str, Callable[[], object]], rounds: int) -> dict[str, float]:
    """Median ms per call of each function, called in turn so drift hits all alike."""
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds + WARM_UP):
        for name, call in calls.items():
            start = time.perf_counter()
            call()
            samples[name].append(time.perf_counter() - start)
    return {name: median(values[WARM_UP:]) * 1000 for name, values in samples.items()}


def call_overhead(rounds: int) -> list[Figure]:
    import httpx

    from generated.clients.fly_io import FlyIo

    headers = {"Authorization": "FlyV1 bench", "Accept": "application/json"}
    with (
        loopback(example_body()) as url,
        FlyIo(api_token="bench", base_url=url) as client,
        httpx.Client(base_url=url, headers=headers) as raw,
    ):

        def direct() -> object:
            response = raw.get("/apps/my-app")
            response.raise_for_status()
            return response.json()

        medians = interleaved(
            {"ours": lambda: client.get_app(app_name="my-app"), "raw": direct}, rounds
        )
    return [
        Figure("client call FlyIo.get_app (loopback)", medians["ours"], "ms"),
        Figure("raw httpx GET + .json() (same server)", medians["raw"], "ms"),
        Figure("client call overhead ratio", medians["ours"] / medians["raw"], "x", 1.15),
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
