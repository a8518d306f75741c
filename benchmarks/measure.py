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

# Runs a command and reports its wall time, CPU time (user + system of the whole process
# tree, from RUSAGE_CHILDREN) and peak memory as JSON. Peak memory is the largest SUM of the
# resident sets of every process of the tree (parent and pool workers), sampled every 5 ms
# from /proc; it is never below the largest single process (ru_maxrss), which is also kept.
# A fresh probe per run keeps the peaks of runs apart.
PROBE = """
import json, os, resource, subprocess, sys, threading, time
PAGE = os.sysconf("SC_PAGE_SIZE")

def tree(pid):
    pids, todo = [], [pid]
    while todo:
        current = todo.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo += [int(child) for child in handle.read().split()]
        except OSError:
            pass
    return pids

def rss(pid):
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0

start = time.perf_counter()
child = subprocess.Popen(sys.argv[2:], cwd=sys.argv[1], stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, text=True)
peak = [0]
def sample():
    while child.poll() is None:
        peak[0] = max(peak[0], sum(rss(pid) for pid in tree(child.pid)))
        time.sleep(0.005)
sampler = threading.Thread(target=sample, daemon=True)
sampler.start()
stdout, stderr = child.communicate()
seconds = time.perf_counter() - start
sampler.join()
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
single_mb = usage.ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu": usage.ru_utime + usage.ru_stime,
                  "peak_mb": max(peak[0] / 2**20, single_mb), "single_mb": single_mb,
                  "status": child.returncode, "stderr": stderr[-2000:]}))
"""


@dataclass
class Run:
    seconds: float  # wall
    peak_mb: float  # all processes of the run together
    cpu: float = 0.0  # user + system seconds of every process of the run
    single_mb: float = 0.0  # the largest single process


def run_command(
    command: Sequence[str], cwd: Path, env: dict[str, str] | None = None, ok: Sequence[int] = (0,)
) -> Run:
    """One timed run of `command` in `cwd`; another exit status than `ok` stops the benchmark."""
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(cwd), *command],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    result = json.loads(probe.stdout)
    if result["status"] not in ok:
        raise RuntimeError(f"{' '.join(command)} failed in {cwd}:\n{result['stderr']}")
    return Run(result["seconds"], result["peak_mb"], result["cpu"], result["single_mb"])


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
    rows = [("figure", "median", "budget", "result", "note")]
    for figure in figures:
        budget = "-" if figure.budget is None else f"{'>=' if figure.at_least else '<='} "
        if figure.budget is not None:
            budget += f"{figure.budget:g} {figure.unit}"
        result = {None: "info", True: "pass", False: "FAIL"}[figure.passed]
        value = "n/a" if figure.value != figure.value else f"{figure.value:.3g} {figure.unit}"
        rows.append((figure.name, value, budget, result, figure.note))
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    lines = [
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows
    ]
    return "\n".join([lines[0], "  ".join("-" * w for w in widths), *lines[1:]])


FROZEN: dict[str, str] = {}  # environment of frozen runs (`freeze_code`), used by `Project`


def freeze_code(work: Path) -> Path:
    """Run later `toolgen` generate/docs runs on a copy of `generator/` and `specs/` taken now.

    Other people editing the tree during a long benchmark would otherwise change
    the code digest in every cache key between runs (turning no-op runs into cold
    ones) and mix code versions inside one set of figures. Only the generation
    and site benchmarks run on the copy (`FROZEN`); the others use the live tree.
    """
    import os
    import shutil

    copy = work / "code"
    shutil.copytree(
        ROOT / "generator", copy / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(ROOT / "specs", copy / "specs")
    os.environ["TOOLGEN_BENCH_SPECS"] = str(copy / "specs")  # read by catalog.bundled_specs
    FROZEN["PYTHONPATH"] = os.pathsep.join(
        [str(copy), *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    return copy
