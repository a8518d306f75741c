"""`toolgen generate` benchmarks: bundled specs, a synthetic catalog, openapi-python-client.

Every figure is a whole `toolgen generate` process. "Cold" runs start with no
output and an empty cache (`TOOLGEN_CACHE_DIR` points at a private directory);
"no-op" runs find everything up to date; "edit" runs follow a change to one spec.

    python benchmarks/bench_generate.py [--runs 3] [--providers 450]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import tempfile
from pathlib import Path

from catalog import make_catalog
from measure import ROOT, TOOLGEN, Figure, Run, median, repeat, run_command, table

FLY_OPENAPI = ROOT / "generated" / "openapi" / "fly-io.json"
FLY_UPSTREAM = Path("/work/shared/upstream/fly/machines-openapi3.json")
EDITED_SPEC = "synth-0001.yaml"


class Project:
    """A temp project whose `toolgen generate` runs use their own cache directory."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.cache = root.parent / f"{root.name}-cache"
        self.env = {**os.environ, "TOOLGEN_CACHE_DIR": str(self.cache)}
        self.edits = 0

    @classmethod
    def with_specs(cls, root: Path, specs: list[Path]) -> Project:
        (root / "specs").mkdir(parents=True)
        shutil.copy(ROOT / "pyproject.toml", root)
        for spec in specs:
            shutil.copy(spec, root / "specs")
        return cls(root)

    def generate(self) -> Run:
        return run_command([TOOLGEN, "generate"], self.root, self.env)

    def clean(self) -> None:
        for path in (self.cache, self.root / "generated", self.root / "docs"):
            shutil.rmtree(path, ignore_errors=True)

    def edit_one(self) -> None:
        """Change the first tool summary of one spec, to a new text every time."""
        spec = self.root / "specs" / EDITED_SPEC
        self.edits += 1
        text = re.sub(
            r"(?m)^(\s*summary: ).*$", rf"\g<1>Edited {self.edits}.", spec.read_text(), count=1
        )
        spec.write_text(text)

    def cold(self, runs: int) -> list[Run]:
        return repeat(runs, self.clean, self.generate)

    def warm(self, runs: int) -> list[Run]:
        self.generate()  # fill the cache and the output first
        return repeat(runs, lambda: None, self.generate)


def seconds(runs: list[Run]) -> float:
    return median([run.seconds for run in runs])


def bundled(work: Path, runs: int) -> list[Figure]:
    project = Project.with_specs(work / "bundled", sorted((ROOT / "specs").glob("*.yaml")))
    cold, warm = project.cold(runs), project.warm(runs)
    return [
        Figure("bundled specs: full generate, cold cache", seconds(cold), "s", 0.5),
        Figure("bundled specs: regenerate, warm cache", seconds(warm), "s", 0.5),
    ]


def catalog_run(
    work: Path, providers: int, tools: int, runs: int, cold_runs: int
) -> dict[str, float]:
    """Cold, no-op and one-edit medians and the cold peak RSS of one catalog size."""
    project = Project(make_catalog(work / f"catalog-{providers}", providers, tools))
    cold = project.cold(cold_runs)
    noop = project.warm(runs)
    edits = []
    for _ in range(runs):
        project.edit_one()
        edits.append(project.generate())
    return {
        "cold": seconds(cold),
        "peak_mb": max(run.peak_mb for run in cold),
        "noop": seconds(noop),
        "edit": seconds(edits),
    }


def catalog(work: Path, providers: int, tools: int, runs: int, scale_base: int) -> list[Figure]:
    """The large catalog's cold generate runs once (about a minute on a busy 2-core machine)."""
    large = catalog_run(work, providers, tools, runs, cold_runs=1)
    small = catalog_run(work, scale_base, tools, runs, cold_runs=runs)
    size = f"{providers} providers x {tools} tools"
    full_size = providers == 450 and tools == 10
    budget = (lambda value: value) if full_size else (lambda _value: None)
    ratio = large["cold"] / small["cold"]
    return [
        Figure(f"catalog {size}: full generate, cold", large["cold"], "s", budget(15.0)),
        Figure(f"catalog {size}: no-op regenerate", large["noop"], "s", budget(1.5)),
        Figure(f"catalog {size}: regenerate after 1 edit", large["edit"], "s", budget(0.5)),
        Figure(f"catalog {size}: peak RSS, cold", large["peak_mb"], "MB", budget(500.0)),
        Figure(f"catalog {scale_base} providers: full generate, cold", small["cold"], "s"),
        Figure(
            f"cost ratio {providers} / {scale_base} providers",
            ratio,
            "x",
            1.1 * providers / scale_base,
            note="time grows at most 10% faster than the catalog",
        ),
    ]


def versus_openapi_python_client(work: Path, runs: int) -> list[Figure]:
    """Every surface for Fly.io with toolgen vs only a Python client with openapi-python-client."""
    document = FLY_OPENAPI if FLY_OPENAPI.is_file() else FLY_UPSTREAM
    ours = seconds(Project.with_specs(work / "fly-only", [ROOT / "specs/fly-io.yaml"]).cold(runs))
    output = work / "opc-fly"
    command = [
        str(Path(TOOLGEN).parent / "openapi-python-client"), "generate", "--path", str(document),
        "--output-path", str(output), "--overwrite", "--meta", "none",
    ]  # fmt: skip
    theirs = seconds(repeat(runs, lambda: shutil.rmtree(output, ignore_errors=True),
                            lambda: run_command(command, work)))  # fmt: skip
    return [
        Figure("Fly.io: toolgen, every surface, cold", ours, "s"),
        Figure(f"Fly.io: openapi-python-client, client only ({document.name})", theirs, "s"),
        Figure(
            "Fly.io: toolgen speed-up over openapi-python-client", theirs / ours, "x", 10.0, True
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--providers", type=int, default=450)
    parser.add_argument("--tools", type=int, default=10)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="toolgen-bench-") as temp:
        work = Path(temp)
        figures = bundled(work, options.runs)
        figures += catalog(
            work, options.providers, options.tools, options.runs, options.providers // 10
        )
        figures += versus_openapi_python_client(work, options.runs)
    print(table(figures))


if __name__ == "__main__":
    main()
