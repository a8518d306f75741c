"""Shared pieces of the benchmarks: timed child processes, medians, figures with budgets."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TOOLGEN = str(Path(sys.executable).parent / "toolgen")

# Runs a command and reports its wall time and peak RSS (largest process of its tree,
# from RUSAGE_CHILDREN) as JSON. A fresh probe per run keeps the peaks of runs apart.
PROBE = """
import json, resource, subprocess, sys, time
start = time.perf_counter()
done = subprocess.run(sys.argv[2:], cwd=sys.argv[1], capture_output=True, text=True)
seconds = time.perf_counter() - start
peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "status": done.returncode,
                  "stderr": done.stderr[-2000:]}))
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float


def run_command(command: Sequence[str], cwd: Path, env: dict[str, str] | None = None) -> Run:
    """One timed run of `command` in `cwd`; a failure stops the benchmark with its stderr."""
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(cwd), *command],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    result = json.loads(probe.stdout)
    if result["status"] != 0:
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}:\n{result['stderr']}")
    return Run(result["seconds"], result["peak_mb"])


def repeat(times: int, prepare: Callable[[], None], once: Callable[[], Run]) -> list[Run]:
    """`times` runs of `once`, each after `prepare` (which is not timed)."""
    runs = []
    for _ in range(times):
        prepare()
        runs.append(once())
    return runs


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


@dataclass
class Figure:
    """One measured figure; `budget` None means informational (no pass/fail)."""

    name: str
    value: float
    unit: str
    budget: float | None = None
    at_least: bool = False  # the budget is a floor (speed-up ratios), not a ceiling
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.budget is None:
            return None
        return self.value >= self.budget if self.at_least else self.value <= self.budget

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "passed": self.passed}


def table(figures: Sequence[Figure]) -> str:
    rows = [("figure", "median", "budget", "result")]
    for figure in figures:
        budget = "-" if figure.budget is None else f"{'>=' if figure.at_least else '<='} "
        if figure.budget is not None:
            budget += f"{figure.budget:g} {figure.unit}"
        result = {None: "info", True: "pass", False: "FAIL"}[figure.passed]
        rows.append((figure.name, f"{figure.value:.3g} {figure.unit}", budget, result))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)) for row in rows]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])
