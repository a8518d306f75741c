"""Lua host benchmarks: start-up and the per-call overhead of a Lua tool call.

    python benchmarks/bench_lua.py [--rounds 15] [--calls 50]

- start-up: `Registry.load()` + a fresh sandboxed runtime running `return 1`,
  in a warm process; and `toolgen lua --eval 'return 1' --json` as a new process
  (interpreter, imports and all: what a shell script or CI job pays per run).
- per call: `fly_io.get_app` from Lua (one script making `--calls` calls) vs the
  generated client called directly from Python, against the same loopback mock.

Prints a table of medians (ms) and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.hosts.lua import LuaHost
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry
from generator.spec import load_catalog, spec_paths

ROOT = Path(__file__).resolve().parent.parent


def median_ms(measure: Callable[[], float], rounds: int) -> float:
    return statistics.median(measure() for _ in range(rounds)) * 1000


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def start_up() -> float:
    return timed(lambda: LuaHost(Registry.load()).run("return 1"))


def cli_start_up() -> float:
    command = [str(Path(sys.executable).parent / "toolgen"), "lua", "--eval", "return 1", "--json"]
    return timed(lambda: subprocess.run(command, check=True, capture_output=True, cwd=ROOT))


def lua_calls(host: LuaHost, calls: int) -> float:
    script = f'for _ = 1, {calls} do app.integrations.fly_io.get_app({{ app_name = "my-app" }}) end'
    seconds = timed(lambda: host.run(script))
    return seconds / calls


def direct_calls(client: Any, calls: int) -> float:
    def run() -> None:
        for _ in range(calls):
            client.get_app(app_name="my-app")

    return timed(run) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--calls", type=int, default=50)
    options = parser.parse_args()
    catalog, _ = load_catalog(spec_paths(ROOT), ROOT)
    assert catalog is not None, "the bundled specs do not load"
    with MockServer.multi(catalog) as mock, tempfile.TemporaryDirectory() as tmp:
        credentials = Path(tmp) / "credentials.toml"
        credentials.write_text(
            f'[fly-io.default]\napi_token = "bench"\nbase_url = "{mock.url_for("fly-io")}"\n'
        )
        os.environ["TOOLGEN_CREDENTIALS"] = str(credentials)
        from generated.clients.fly_io import FlyIo

        registry = Registry.load()
        host = LuaHost(registry)
        client = FlyIo.from_account("default")
        lua_calls(host, 5), direct_calls(client, 5)  # warm connections and imports
        figures = {
            "startup_ms": median_ms(start_up, options.rounds),
            "cli_startup_ms": median_ms(cli_start_up, max(3, options.rounds // 3)),
            "lua_call_ms": median_ms(lambda: lua_calls(host, options.calls), options.rounds),
            "direct_call_ms": median_ms(
                lambda: direct_calls(client, options.calls), options.rounds
            ),
        }
        client.close()
        registry.close()
    figures["overhead_ms"] = figures["lua_call_ms"] - figures["direct_call_ms"]
    print(f"{'figure':<16}{'median ms':>12}")
    for name, value in figures.items():
        print(f"{name:<16}{value:>12.3f}")
    print(json.dumps({"benchmark": "lua", **{k: round(v, 4) for k, v in figures.items()}}))


if __name__ == "__main__":
    main()
