"""`toolgen generate` benchmarks: bundled specs, the real-material catalog, DigitalOcean import.

Every figure is a whole `toolgen generate` (or `toolgen import`) process, timed
by a probe (`measure.py`): CPU is user + system seconds of every process of the
run (parent and pool workers), peak memory the largest sum of their resident
sets. "Cold" runs start with no output and an empty cache (`TOOLGEN_CACHE_DIR`
points at a private directory); "no-op" runs find everything up to date; "one
edit" runs follow a change to one spec.

    python benchmarks/bench_generate.py [--runs 3] [--providers 450] [--quick]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
import time
from pathlib import Path

from catalog import DOCUMENTS, bundled_specs, make_catalog, tool_count
from measure import (
    FROZEN,
    ROOT,
    TOOLGEN,
    Figure,
    Run,
    freeze_code,
    median,
    repeat,
    run_command,
    table,
)

from generator.output.state import RACY_NS

FLY_OPENAPI = ROOT / "generated" / "openapi" / "fly-io.json"
FLY_UPSTREAM = ROOT.parent / "shared" / "upstream" / "fly" / "machines-openapi3.json"
DIGITALOCEAN = next(d for d in DOCUMENTS if d.key == "digitalocean")


class Project:
    """A temp project whose `toolgen generate` runs use their own cache directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cache = root.parent / f"{root.name}-cache"
        self.env = {**os.environ, **FROZEN, "TOOLGEN_CACHE_DIR": str(self.cache)}
        self.edits = 0

    @classmethod
    def with_specs(cls, root: Path, specs: list[Path]) -> Project:
        shutil.rmtree(root, ignore_errors=True)
        (root / "specs").mkdir(parents=True)
        shutil.copy(ROOT / "pyproject.toml", root)
        for spec in specs:
            shutil.copy(spec, root / "specs")
        return cls(root)

    def run(self, *args: str, ok: tuple[int, ...] = (0,)) -> Run:
        return run_command([TOOLGEN, *args], self.root, self.env, ok)

    def generate(self) -> Run:
        return self.run("generate")

    def clean(self) -> None:
        for path in (self.cache, self.root / "generated", self.root / "docs"):
            shutil.rmtree(path, ignore_errors=True)

    def edited_spec(self) -> Path:
        """A mid-sized provider: a copy of fly-io when there is one, else the first spec."""
        specs = sorted((self.root / "specs").glob("*.yaml"))
        return next((p for p in specs if p.name.startswith("fly-io-c")), specs[0])

    def edit_one(self) -> None:
        """Change the first tool summary of one spec, to a new text every time."""
        spec = self.edited_spec()
        self.edits += 1
        text = re.sub(
            r"(?m)^(\s*summary: ).*$", rf"\g<1>Edited {self.edits}.", spec.read_text(), count=1
        )
        spec.write_text(text)

    def cold(self, runs: int) -> list[Run]:
        return repeat(runs, self.clean, self.generate)

    def noop(self, runs: int) -> list[Run]:
        self.generate()  # fill the cache and the output first
        return repeat(runs, settle, self.generate)

    def edit(self, runs: int) -> list[Run]:
        return repeat(runs, lambda: (settle(), self.edit_one()), self.generate)


def settle() -> None:
    """Wait out the racy-timestamp window (generator/output/state.py): files written less
    than RACY_NS before the last run are re-read, as they must be, so a rerun within it
    costs a full compare. A person runs generate again seconds after an edit, not within it."""
    time.sleep(RACY_NS / 1e9 + 0.2)


def cpu(runs: list[Run]) -> float:
    return median([run.cpu for run in runs])


def wall(runs: list[Run]) -> float:
    return median([run.seconds for run in runs])


def bundled_cpu(work: Path, runs: int) -> tuple[list[Figure], float]:
    """Cold and no-op generation of the four bundled specs; also returns the cold CPU."""
    project = Project.with_specs(work / "bundled", bundled_specs())
    cold, noop = project.cold(runs), project.noop(runs)
    figures = [
        Figure("bundled specs: generate cold, CPU", cpu(cold), "s", note=f"wall {wall(cold):.2f} s"),
        Figure("bundled specs: no-op generate, CPU", cpu(noop), "s", note=f"wall {wall(noop):.2f} s"),
    ]  # fmt: skip
    return figures, cpu(cold)


def catalog_size(work: Path, providers: int, runs: int) -> dict[str, float]:
    """Cold, no-op and one-edit medians and the cold peak memory of one catalog size."""
    project = Project(make_catalog(work / f"catalog-{providers}", providers))
    cold = project.cold(runs)
    noop = project.noop(runs)
    edit = project.edit(runs)
    figures = {
        "tools": float(tool_count(project.root)),
        "cold_cpu": cpu(cold),
        "cold_wall": wall(cold),
        "peak_mb": max(run.peak_mb for run in cold),
        "single_mb": max(run.single_mb for run in cold),
        "noop_cpu": cpu(noop),
        "noop_wall": wall(noop),
        "edit_cpu": cpu(edit),
        "edit_wall": wall(edit),
    }
    shutil.rmtree(project.cache, ignore_errors=True)
    return figures


def catalog(work: Path, providers: int, runs: int, double: bool) -> list[Figure]:
    """The catalog's budgets; with `double`, also 2x the providers and the cost ratio."""
    size = catalog_size(work, providers, runs)
    on = (lambda value: value) if providers >= 450 else (lambda _value: None)
    name = f"catalog {providers} providers ({size['tools']:.0f} tools)"
    figures = [
        Figure(f"{name}: generate cold, CPU", size["cold_cpu"], "s", on(15.0),
               note=f"wall {size['cold_wall']:.1f} s"),
        Figure(f"{name}: no-op generate, CPU", size["noop_cpu"], "s", on(0.5),
               note=f"wall {size['noop_wall']:.2f} s"),
        Figure(f"{name}: generate after 1 provider edit, CPU", size["edit_cpu"], "s", on(0.6),
               note=f"wall {size['edit_wall']:.2f} s"),
        Figure(f"{name}: peak memory of all processes, cold", size["peak_mb"], "MB", on(300.0),
               note=f"largest single process {size['single_mb']:.0f} MB"),
    ]  # fmt: skip
    if double:
        large = catalog_size(work, 2 * providers, 1)
        ratio = large["cold_cpu"] / size["cold_cpu"]
        figures += [
            Figure(f"catalog {2 * providers} providers ({large['tools']:.0f} tools): "
                   "generate cold, CPU", large["cold_cpu"], "s",
                   note=f"wall {large['cold_wall']:.1f} s"),
            Figure(f"cost ratio {2 * providers} / {providers} providers (cold CPU)", ratio, "x",
                   2.1),
        ]  # fmt: skip
    return figures


def digitalocean(work: Path, runs: int, bundled_cold: float) -> list[Figure]:
    """`toolgen import` of DigitalOcean's document, then a cold `toolgen generate` of it."""
    if not DIGITALOCEAN.path.is_file():
        return [Figure("DigitalOcean import + generate", float("nan"), "s", note="no document")]
    project = Project.with_specs(work / "digitalocean", [])
    args = ["import", str(DIGITALOCEAN.path), "--id", "digitalocean"]
    try:
        totals = []
        for _ in range(runs):
            project.clean()
            (project.root / "specs" / "digitalocean.yaml").unlink(missing_ok=True)
            # exit 3: written, some operations skipped (each reported)
            imported, generated = project.run(*args, ok=(0, 3)), project.generate()
            totals.append(Run(imported.seconds + generated.seconds,
                              max(imported.peak_mb, generated.peak_mb),
                              imported.cpu + generated.cpu))  # fmt: skip
    except RuntimeError as exc:
        reason = str(exc).strip().splitlines()[-1][:120]
        return [Figure("DigitalOcean import + generate", float("nan"), "s",
                       note=f"not measured: {reason}")]  # fmt: skip
    total = cpu(totals)
    return [
        Figure("DigitalOcean import + generate, CPU", total, "s", 5.0,
               note=f"wall {wall(totals):.1f} s"),
        Figure("DigitalOcean import + generate / bundled specs generate (CPU)",
               total / bundled_cold, "x", 15.0),
    ]  # fmt: skip


def versus_openapi_python_client(work: Path, runs: int) -> list[Figure]:
    """Every surface for Fly.io with toolgen vs only a Python client with openapi-python-client."""
    document = FLY_OPENAPI if FLY_OPENAPI.is_file() else FLY_UPSTREAM
    fly = next(p for p in bundled_specs() if p.name == "fly-io.yaml")
    project = Project.with_specs(work / "fly-only", [fly])
    ours = wall(project.cold(runs))
    output = work / "opc-fly"
    command = [
        str(Path(TOOLGEN).parent / "openapi-python-client"), "generate", "--path", str(document),
        "--output-path", str(output), "--overwrite", "--meta", "none",
    ]  # fmt: skip
    theirs = wall(repeat(runs, lambda: shutil.rmtree(output, ignore_errors=True),
                         lambda: run_command(command, work)))  # fmt: skip
    return [
        Figure("Fly.io: toolgen, every surface, cold (wall)", ours, "s"),
        Figure(f"Fly.io: openapi-python-client, client only ({document.name}, wall)", theirs, "s"),
        Figure(
            "Fly.io: toolgen speed-up over openapi-python-client", theirs / ours, "x", 10.0, True
        ),
    ]


def all_figures(work: Path, runs: int, providers: int, quick: bool) -> list[Figure]:
    figures, bundled_cold = bundled_cpu(work, runs)
    figures += digitalocean(work, runs, bundled_cold)
    figures += catalog(work, providers, runs, double=not quick)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--providers", type=int, default=450)
    parser.add_argument("--quick", action="store_true", help="no 2x catalog")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="toolgen-bench-") as temp:
        freeze_code(Path(temp))
        figures = all_figures(Path(temp), options.runs, options.providers, options.quick)
    print(table(figures))


if __name__ == "__main__":
    main()
