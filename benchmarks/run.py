"""Run every benchmark and print one table (figure, median, budget, pass/fail), plus JSON.

    python benchmarks/run.py [--quick] [--json FILE]

The full run (450 and 900 providers, three runs per figure) takes 30-60
minutes on a shared 2-core machine; `--quick` (one run per figure, a
45-provider catalog, no 900, fewer rounds) about ten. Quick catalog figures are informational:
their budgets are defined for 450 providers. Exit status 1 when a budget is missed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import bench_client
import bench_generate
import bench_mcp
import bench_mcp_code
import bench_mcp_http
import bench_site
import bench_startup
from measure import ROOT, Figure, freeze_code, table

MCP_TOOLS = 4500


def mcp_figures(rounds: int) -> list[Figure]:
    results = bench_mcp.run(rounds, MCP_TOOLS)
    listing, call = results["list_synthetic"], results["call_get_app"]
    return [
        Figure(
            f"MCP tools/list, {listing['tools']} tools, stdio wire", listing["wire_ms"], "ms", 200.0
        ),
        Figure(
            f"MCP tools/list, {listing['tools']} tools, SDK client", listing["sdk_client_ms"], "ms"
        ),
        Figure("MCP tools/call overhead over the direct client", call["overhead_ms"], "ms", 2.0),
    ]


def lua_figures(rounds: int) -> list[Figure]:
    """Every number `bench_lua.py` reports (its last line is JSON), without budgets: the issue sets none."""
    script = Path(__file__).with_name("bench_lua.py")
    if not script.is_file():
        print("benchmarks/bench_lua.py is missing: no Lua figures", file=sys.stderr)
        return []
    done = subprocess.run(
        [sys.executable, str(script), "--rounds", str(max(3, rounds // 4)), "--calls", "10"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    results = json.loads(done.stdout.strip().splitlines()[-1])
    return [
        Figure(f"Lua host: {name.removesuffix('_ms').replace('_', ' ')}", value, "ms")
        for name, value in results.items()
        if name.endswith("_ms")
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run each, smaller catalog")
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    options = parser.parse_args()
    runs, providers, rounds = (1, 45, 5) if options.quick else (3, 450, 12)
    started = time.perf_counter()
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="toolgen-bench-") as temp:
        work = Path(temp)
        freeze_code(work)
        steps: list[Callable[[], list[Figure]]] = [
            lambda: bench_generate.all_figures(work, runs, providers, options.quick),
            lambda: bench_site.figures(work, providers, runs),
            lambda: (
                [] if options.quick else bench_generate.versus_openapi_python_client(work, runs)
            ),
            lambda: bench_client.call_overhead(rounds * 10),
            lambda: bench_client.import_time(runs * 5),
            lambda: bench_startup.figures(work, rounds),
            lambda: lua_figures(rounds),
            lambda: mcp_figures(rounds),
            lambda: bench_mcp_code.figures(work, [45] if options.quick else [45, 450], runs),
            lambda: bench_mcp_http.figures(seconds=4.0 if options.quick else 8.0),
        ]
        for step in steps:
            figures += step()
            print(
                f"[{time.perf_counter() - started:.0f} s] {len(figures)} figures", file=sys.stderr
            )
    print(table(figures))
    document = {"quick": options.quick, "figures": [f.as_json() for f in figures]}
    print(json.dumps(document))
    if options.json:
        options.json.write_text(json.dumps(document, indent=2) + "\n")
    sys.exit(1 if any(f.passed is False for f in figures) else 0)


if __name__ == "__main__":
    main()
