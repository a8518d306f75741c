"""`toolgen generate`: render every surface from the specs and write, check or preview it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from generator.cli import app
from generator.commands.common import project_root
from generator.commands.completing import complete_provider

if TYPE_CHECKING:
    from generator.output.cache import Cache
    from generator.output.incremental import Build
    from generator.output.plan import Plan
    from generator.output.printer import Printer
    from generator.output.state import OutputState

PROGRESS_THRESHOLD = 4  # more providers than this: a progress bar instead of status lines


@app.command()
def generate(
    provider: Annotated[
        list[str] | None,
        typer.Option(
            "--provider",
            "-p",
            help="Regenerate only this provider (repeatable).",
            autocompletion=complete_provider,
        ),
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
    watch: Annotated[
        bool,
        typer.Option("--watch", help="Keep running; regenerate on every spec or template save."),
    ] = False,
) -> None:
    """Render the Lua docs, MCP schemas, reference pages and other surfaces from `specs/`."""
    from generator.output.pipeline import UnknownProvider
    from generator.output.printer import PlainPrinter

    if check and dry_run:
        raise typer.BadParameter("use either --check or --dry-run", param_hint="--check")
    if watch and (check or dry_run):
        raise typer.BadParameter(
            "--watch writes files; drop --check/--dry-run", param_hint="--watch"
        )
    project = project_root(root)
    ids = list(dict.fromkeys(provider or []))
    console = PlainPrinter()
    try:
        status = run(console, project, ids, check=check, dry_run=dry_run, list_changes=watch)
    except UnknownProvider as exc:
        raise typer.BadParameter(str(exc), param_hint="--provider") from exc
    if watch:
        from generator.output.watch import watch_project

        watch_project(console, project, lambda: run(console, project, ids, list_changes=True))
    raise typer.Exit(status)


def run(
    console: Printer,
    project: Path,
    ids: list[str],
    *,
    check: bool = False,
    dry_run: bool = False,
    list_changes: bool = False,
) -> int:
    """One generation: 0 when done (or up to date), 1 on spec/render errors or, with check, drift."""
    from generator.output import pipeline
    from generator.output.cache import Cache
    from generator.output.manifest import CATALOG_OWNER, ManifestError, read_manifest
    from generator.output.plan import make_plan
    from generator.output.state import OutputState

    cache = Cache()
    state = OutputState(cache, project)
    try:
        built = _build(console, project, ids, cache, state)
    except (pipeline.SpecErrors, pipeline.RenderError) as exc:
        lines = exc.diagnostics if isinstance(exc, pipeline.SpecErrors) else [f"error: {exc}"]
        _print_lines(console, [str(line) for line in lines])
        return 1
    _print_lines(console, [str(d) for d in built.diagnostics])
    owners = {file.owner for file in built.files.values()} | set(built.kept.values())
    selected = sorted(owners - {CATALOG_OWNER})
    try:
        scope = frozenset([*ids, CATALOG_OWNER]) if ids else None
        plan = make_plan(project, built.files, read_manifest(project), scope, built.kept)
    except (ManifestError, ValueError) as exc:
        _print_lines(console, [f"error: {exc}"])
        return 1
    status = _finish(
        console, project, plan, selected, check=check, dry_run=dry_run, list_changes=list_changes
    )
    if not (check or dry_run):
        state.record(built.owners, built.keys)
    return status


def _build(
    console: Printer, project: Path, ids: list[str], cache: Cache, state: OutputState
) -> Build:
    from generator.output.incremental import build
    from generator.output.pipeline import catalog_paths

    total = len(catalog_paths(project))
    if (len(ids) or total) <= PROGRESS_THRESHOLD:
        return build(project, ids, cache=cache, state=state)
    from rich.console import Console
    from rich.progress import Progress

    terminal = Console(stderr=True, soft_wrap=True, markup=False, highlight=False)
    with Progress(console=terminal, transient=True) as progress:
        task = progress.add_task("Rendering", total=total)
        return build(project, ids, lambda _id: progress.advance(task), cache, state)


def _finish(
    console: Printer,
    root: Path,
    plan: Plan,
    providers: list[str],
    *,
    check: bool,
    dry_run: bool,
    list_changes: bool,
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
        if list_changes:
            report.print_changes(console, plan.changes, report.APPLIED_LABELS)
    report.print_summary(console, plan, would=dry_run)
    return 0


def _print_lines(console: Printer, lines: list[str]) -> None:
    for line in lines:
        console.print(line)
