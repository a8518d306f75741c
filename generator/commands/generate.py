"""`toolgen generate`: render every surface from the specs and write, check or preview it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from generator.cli import app

if TYPE_CHECKING:
    from rich.console import Console

    from generator.output.plan import Owned, Plan
    from generator.spec.model import Catalog

PROGRESS_THRESHOLD = 4  # more providers than this: a progress bar instead of status lines


@app.command()
def generate(
    provider: Annotated[
        list[str] | None,
        typer.Option("--provider", "-p", help="Regenerate only this provider (repeatable)."),
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Write nothing; exit 1 with a diff if output is stale.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Write nothing; list what would change.")
    ] = False,
    root: Annotated[
        Path | None,
        typer.Option("--root", help="Project root (default: found from the working directory)."),
    ] = None,
) -> None:
    """Render the Lua docs, MCP schemas, reference pages and other surfaces from `specs/`."""
    from rich.console import Console

    from generator.output import pipeline
    from generator.output.manifest import CATALOG_OWNER, ManifestError, read_manifest
    from generator.output.plan import make_plan

    if check and dry_run:
        raise typer.BadParameter("use either --check or --dry-run", param_hint="--check")
    project = _project_root(root)
    ids = list(dict.fromkeys(provider or []))
    console = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    try:
        catalog, warnings = pipeline.load(project, ids)
    except pipeline.UnknownProvider as exc:
        raise typer.BadParameter(str(exc), param_hint="--provider") from exc
    except pipeline.SpecErrors as exc:
        _print_lines(console, [str(d) for d in exc.diagnostics])
        raise typer.Exit(1) from exc
    _print_lines(console, [str(d) for d in warnings])
    selected = [p.id for p in catalog.providers if not ids or p.id in ids]
    try:
        files = _render(console, catalog, ids, len(selected))
        scope = frozenset([*ids, CATALOG_OWNER]) if ids else None
        plan = make_plan(project, files, read_manifest(project), scope)
    except (pipeline.RenderError, ManifestError, ValueError) as exc:
        _print_lines(console, [f"error: {exc}"])
        raise typer.Exit(1) from exc
    raise typer.Exit(_finish(console, project, plan, selected, check=check, dry_run=dry_run))


def _project_root(option: Path | None) -> Path:
    from generator.output.root import find_root, is_project_root

    if option is not None:
        if not (option / "specs").is_dir():
            raise typer.BadParameter(f"{option} has no specs/ directory", param_hint="--root")
        return option.resolve()
    found = find_root(Path.cwd())
    if found is None or not is_project_root(found):
        raise typer.BadParameter("no pyproject.toml with specs/ here or above; pass --root")
    return found


def _render(console: Console, catalog: Catalog, ids: list[str], count: int) -> dict[str, Owned]:
    from rich.progress import Progress

    from generator.output.pipeline import render_files

    if count <= PROGRESS_THRESHOLD:
        return render_files(catalog, ids)
    with Progress(console=console, transient=True) as progress:
        task = progress.add_task("Rendering", total=count)
        return render_files(catalog, ids, lambda _id: progress.advance(task))


def _finish(
    console: Console, root: Path, plan: Plan, providers: list[str], *, check: bool, dry_run: bool
) -> int:
    import sys

    from generator.output import report
    from generator.output.apply import apply_plan
    from generator.output.diff import capped_diff

    if check:
        if not plan.changes:
            console.print(f"Up to date: {len(plan.unchanged)} files.")
            return 0
        sys.stdout.write(capped_diff(plan.changes))
        report.print_changes(console, plan.changes, report.CHECK_LABELS)
        console.print(f"{len(plan.changes)} generated file(s) differ; run `toolgen generate`.")
        return 1
    if len(providers) <= PROGRESS_THRESHOLD:
        report.print_provider_lines(console, plan, providers, would=dry_run)
    if dry_run:
        report.print_changes(console, plan.changes, report.DRY_RUN_LABELS)
    else:
        apply_plan(root, plan)
    report.print_summary(console, plan, would=dry_run)
    return 0


def _print_lines(console: Console, lines: list[str]) -> None:
    for line in lines:
        console.print(line)
