"""MCP at catalog scale: code-mode start-up and memory, search_docs, one direct tools/list page.

    python benchmarks/bench_mcp_code.py [--providers 45 450] [--rounds 3]

Catalogs come from `catalog.make_catalog` (real material); only the files the
server reads are rendered (`generated/search`, `generated/mcp`), from every
spec that loads (a spec with errors is skipped and counted). Each round runs,
alternately: Python importing the MCP SDK's server modules (the floor), then
`toolgen mcp serve --mode code` at each size, spawn -> `initialize` answered
and -> the first `search_docs` answered (which builds the index). Then, on
the largest catalog: the server's RSS, the median `search_docs` round trip
over the stdio pipe for the natural-language tasks of tests/search/tasks.json,
and in direct mode the median round trip of one `tools/list` page. The top-3
hit rate of those tasks is measured on the bundled catalog.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from catalog import make_catalog
from measure import ROOT, TOOLGEN, Figure, median, table

TASKS = ROOT / "tests" / "search" / "tasks.json"
FLOOR = [sys.executable, "-c", "import mcp.server.lowlevel, mcp.server.stdio"]
INITIALIZE = {
    "protocolVersion": "2025-11-25",
    "capabilities": {},
    "clientInfo": {"name": "bench", "version": "0"},
}


def served_catalog(work: Path, providers: int) -> tuple[Path, int, int]:
    """(schemas dir, tools, skipped specs) of a `providers`-sized catalog under `work`."""
    from generator.render import mcp, search
    from generator.spec import spec_paths
    from generator.spec.loader import load_provider

    root = make_catalog(work / f"mcp-catalog-{providers}", providers)
    tools = skipped = 0
    for path in spec_paths(root):
        provider, _ = load_provider(path, root)
        if provider is None:
            skipped += 1
            continue
        tools += len(provider.tools)
        for relative, text in {
            **search.render_provider(provider),
            **mcp.render_provider(provider),
        }.items():
            (root / relative).parent.mkdir(parents=True, exist_ok=True)
            (root / relative).write_text(text, encoding="utf-8")
    return root / "generated" / "mcp", tools, skipped


class Wire:
    """`toolgen mcp serve ARGS` on a raw stdio pipe: one JSON-RPC line out, one back."""

    def __init__(self, *args: str) -> None:
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [TOOLGEN, "mcp", "serve", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT,
        )  # fmt: skip
        self.number = 0
        self.sizes: list[int] = []  # bytes of each answer line

    def request(self, method: str, params: dict[str, Any]) -> tuple[float, dict[str, Any]]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.number += 1
        message = {"jsonrpc": "2.0", "id": self.number, "method": method, "params": params}
        start = time.perf_counter()
        self.process.stdin.write(json.dumps(message).encode() + b"\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        seconds = time.perf_counter() - start  # the wire: our own parse is not the server's
        self.sizes.append(len(line))
        answer = json.loads(line)
        if "result" not in answer:
            raise SystemExit(f"{method} failed: {answer}")
        return seconds, answer["result"]

    def initialize(self) -> float:
        """Seconds from spawn to the `initialize` answer."""
        self.request("initialize", INITIALIZE)
        elapsed = time.perf_counter() - self.started
        assert self.process.stdin is not None
        self.process.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')
        return elapsed

    def search(self, query: str) -> tuple[float, list[dict[str, Any]]]:
        seconds, result = self.request(
            "tools/call", {"name": "search_docs", "arguments": {"query": query, "limit": 3}}
        )
        return seconds, result["structuredContent"]["hits"]

    def rss_mb(self) -> float:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        kb = next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:"))
        return int(kb) / 1024

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


def startup(schemas: Path) -> tuple[float, float]:
    """(spawn -> initialize, spawn -> first search_docs answer) of code mode, in seconds."""
    wire = Wire("--mode", "code", "--schemas-dir", str(schemas))
    try:
        ready = wire.initialize()
        wire.search("list apps")
        return ready, time.perf_counter() - wire.started
    finally:
        wire.close()


def floor() -> float:
    start = time.perf_counter()
    subprocess.run(FLOOR, check=True)
    return time.perf_counter() - start


def hit_rate() -> float:
    """Top-3 hit rate of the tasks on the bundled catalog (in process)."""
    from generator.search import SearchIndex, default_search_dir

    tasks = json.loads(TASKS.read_text(encoding="utf-8"))["tasks"]
    index = SearchIndex.load(default_search_dir())
    found = sum(want in [h.full_name for h in index.search(task, limit=3)] for task, want in tasks)
    return found / len(tasks)


def figures(work: Path, sizes: list[int], rounds: int) -> list[Figure]:
    catalogs = {size: served_catalog(work, size) for size in sizes}
    floors: list[float] = []
    ready: dict[int, list[float]] = {size: [] for size in sizes}
    first: dict[int, list[float]] = {size: [] for size in sizes}
    for _ in range(rounds):  # alternately, so machine noise hits both alike
        floors.append(floor())
        for size, (schemas, _, _) in catalogs.items():
            to_ready, to_first = startup(schemas)
            ready[size].append(to_ready)
            first[size].append(to_first)
    base = median(floors)
    out = [Figure("MCP SDK server import (the floor)", base * 1000, "ms")]
    for size, (_, tools, skipped) in catalogs.items():
        label = f"{size} providers, {tools} tools" + (
            f", {skipped} specs skipped" if skipped else ""
        )
        out += [
            Figure(f"code mode start-up to initialize / floor ({label})",
                   median(ready[size]) / base, "x", 1.5),
            Figure(f"code mode start-up to first search_docs / floor ({label})",
                   median(first[size]) / base, "x"),
        ]  # fmt: skip
    largest, (schemas, tools, _) = max(sizes), catalogs[max(sizes)]
    out += scale_figures(schemas, f"{largest} providers")
    out.append(Figure("search_docs top-3 hit rate (tests/search/tasks.json)", hit_rate() * 100, "%", 90.0, at_least=True))  # fmt: skip
    return out


def scale_figures(schemas: Path, label: str) -> list[Figure]:
    tasks = [task for task, _ in json.loads(TASKS.read_text(encoding="utf-8"))["tasks"]]
    wire = Wire("--mode", "code", "--schemas-dir", str(schemas))
    try:
        wire.initialize()
        wire.search("warm-up")
        samples = [wire.search(task)[0] for task in tasks]
        rss = wire.rss_mb()
    finally:
        wire.close()
    direct = Wire("--schemas-dir", str(schemas))
    try:
        direct_start = direct.initialize()
        direct.sizes.clear()
        pages = [
            direct.request("tools/list", {"cursor": c} if c else {})[0] for c in ["", "1"] * 10
        ]
        page_kb = median(direct.sizes) / 1024
    finally:
        direct.close()
    return [
        Figure(f"code mode RSS after searches ({label})", rss, "MB", 150.0),
        Figure(f"search_docs round trip, median of {len(tasks)} tasks ({label})",
               median(samples) * 1000, "ms", 10.0),
        Figure(f"direct mode tools/list page of 100 ({page_kb:.0f} KB), round trip ({label})",
               median(pages) * 1000, "ms", 20.0),
        Figure(f"direct mode start-up to initialize ({label})", direct_start * 1000, "ms"),
    ]  # fmt: skip


def main() -> None:
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--providers", type=int, nargs="+", default=[45, 450])
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="toolgen-bench-mcp-") as temp:
        results = figures(Path(temp), options.providers, options.rounds)
    print(table(results))
    print(json.dumps([figure.as_json() for figure in results]))


if __name__ == "__main__":
    main()
