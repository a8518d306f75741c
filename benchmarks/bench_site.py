"""`toolgen docs build` on the real-material catalog: full build, no-op, one edit, sizes.

"Full build" = a build into an empty directory after `toolgen generate` (the
site reuses the generation cache's models, as it is meant to) with no site
entries cached yet; "no-op" = nothing changed; "one edit" = one tool summary of
one spec changed (that provider's pages, the index and one search shard are
rebuilt). CPU and peak memory count every process, Pagefind included.

    python benchmarks/bench_site.py [--providers 450] [--runs 3]
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
from pathlib import Path

from bench_generate import Project, cpu, wall
from catalog import make_catalog, tool_count
from measure import Figure, Run, freeze_code, repeat, table


def tree_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def figures(work: Path, providers: int, runs: int) -> list[Figure]:
    project = Project(make_catalog(work / f"site-catalog-{providers}", providers))
    site = project.root / "site"
    project.generate()  # fills the generation cache the site reuses
    warm = project.cache.with_name(f"{project.cache.name}-after-generate")
    shutil.copytree(project.cache, warm)

    def fresh() -> None:
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(project.cache, ignore_errors=True)
        shutil.copytree(warm, project.cache)

    def docs_build() -> Run:
        return project.run("docs", "build")

    full = repeat(runs, fresh, docs_build)
    noop = repeat(runs, lambda: None, docs_build)
    edits = repeat(runs, project.edit_one, docs_build)
    pages = sum(1 for _ in site.rglob("*.html"))
    search = site / "pagefind"
    on = (lambda value: value) if providers >= 450 else (lambda _value: None)
    name = f"site {providers} providers ({tool_count(project.root)} tools, {pages} pages)"
    shutil.rmtree(warm, ignore_errors=True)
    shutil.rmtree(project.cache, ignore_errors=True)
    return [
        Figure(f"{name}: docs build full, CPU", cpu(full), "s", on(20.0),
               note=f"wall {wall(full):.1f} s"),
        Figure(f"{name}: docs build no-op, CPU", cpu(noop), "s", note=f"wall {wall(noop):.2f} s"),
        Figure(f"{name}: docs build after 1 provider edit, CPU", cpu(edits), "s", on(2.0),
               note=f"wall {wall(edits):.2f} s"),
        Figure(f"{name}: peak memory of all processes, full build",
               max(run.peak_mb for run in full), "MB", on(300.0),
               note=f"largest single process {max(run.single_mb for run in full):.0f} MB"),
        Figure(f"{name}: site size (search index included)", tree_mb(site), "MB"),
        Figure(f"{name}: search index size", tree_mb(search), "MB"),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--providers", type=int, default=450)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="toolgen-bench-") as temp:
        freeze_code(Path(temp))
        print(table(figures(Path(temp), options.providers, options.runs)))


if __name__ == "__main__":
    main()
