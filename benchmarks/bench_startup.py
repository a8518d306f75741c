"""Start-up budgets: `toolgen --help`, a no-op and a cold `toolgen generate` of the bundled specs,
each a whole process, measured alternately with a bare `python -c pass` in the same rounds
(so a busy machine slows all of them alike).

    python benchmarks/bench_startup.py [--rounds 12]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from measure import ROOT, TOOLGEN, Figure, freeze_code, median, run_command, table

HELP_RATIO = 3.0  # `toolgen --help` at most this many bare starts
NOOP_SECONDS = 0.25
COLD_SECONDS = 0.6


def _project(work: Path) -> tuple[Path, Path, dict[str, str]]:
    root, cache = work / "startup", work / "startup-cache"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(ROOT / "specs", root / "specs")
    shutil.copy(ROOT / "pyproject.toml", root)
    return root, cache, {**os.environ, "TOOLGEN_CACHE_DIR": str(cache)}


def figures(work: Path, rounds: int) -> list[Figure]:
    root, cache, env = _project(work)

    def clean() -> None:
        for path in (cache, root / "generated", root / "docs"):
            shutil.rmtree(path, ignore_errors=True)

    def generate_pair() -> None:
        clean()
        times["cold"].append(run_command([TOOLGEN, "generate"], root, env).seconds)
        times["noop"].append(run_command([TOOLGEN, "generate"], root, env).seconds)

    times: dict[str, list[float]] = {"bare": [], "help": [], "version": [], "noop": [], "cold": []}
    steps = [
        lambda: times["bare"].append(
            run_command([sys.executable, "-c", "pass"], root, env).seconds
        ),
        lambda: times["help"].append(run_command([TOOLGEN, "--help"], root, env).seconds),
        lambda: times["version"].append(run_command([TOOLGEN, "--version"], root, env).seconds),
        generate_pair,
    ]
    for turn in range(rounds):  # each round starts with the next step: no step always goes first
        for step in steps[turn % len(steps) :] + steps[: turn % len(steps)]:
            step()
    bare = median(times["bare"])
    note = f"bare start {bare * 1000:.0f} ms, {rounds} alternating rounds"
    return [
        Figure("start-up: bare `python -c pass`", bare, "s", note=f"{rounds} rounds"),
        Figure("start-up: `toolgen --help` / bare start", median(times["help"]) / bare, "x",
               HELP_RATIO, note=f"{median(times['help']) * 1000:.0f} ms; {note}"),
        Figure("start-up: `toolgen --version` / bare start", median(times["version"]) / bare,
               "x", note=f"{median(times['version']) * 1000:.0f} ms"),
        Figure("start-up: no-op `toolgen generate`, bundled specs", median(times["noop"]), "s",
               NOOP_SECONDS, note=note),
        Figure("start-up: cold `toolgen generate`, bundled (no cache, no output)",
               median(times["cold"]), "s", COLD_SECONDS, note=note),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=12)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="toolgen-startup-") as temp:
        freeze_code(Path(temp))  # others' edits would change every cache key between runs
        print(table(figures(Path(temp), options.rounds)))


if __name__ == "__main__":
    main()
