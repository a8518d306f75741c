"""`toolgen validate [FILES...]`: check specs and print every located problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from generator.cli import app

if TYPE_CHECKING:
    from generator.spec.diagnostics import Diagnostic
    from generator.spec.model import Catalog


@app.command()
def validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            exists=True, dir_okay=False, help="Spec files to check (default: specs/*.yaml)."
        ),
    ] = None,
) -> None:
    """Check provider specs without writing anything; exit 1 if any has an error."""
    from generator.spec import load_catalog, spec_paths

    root = Path.cwd()
    paths = list(dict.fromkeys(path.resolve() for path in files)) if files else spec_paths(root)
    if not paths:
        typer.echo("error: no spec files found under specs/", err=True)
        raise typer.Exit(2)
    catalog, diagnostics = load_catalog(paths, root)
    if catalog is not None:
        diagnostics += _render_problems(catalog)
    for diagnostic in diagnostics:
        typer.echo(str(diagnostic), err=True)
    errors = sum(d.severity == "error" for d in diagnostics)
    warnings = sum(d.severity == "warning" for d in diagnostics)
    verdict = "FAILED" if errors else "ok"
    typer.echo(
        f"{verdict}: {len(paths)} spec(s) checked, {errors} error(s), {warnings} warning(s)",
        err=True,
    )
    raise typer.Exit(1 if errors else 0)


def _render_problems(catalog: Catalog) -> list[Diagnostic]:
    """What `generate` would fail on although every check passed (a missing check: a bug):
    a renderer's exception, generated Python binding a name twice, or a path two providers
    (or a provider and the catalog) write.

    Rendering in memory costs a fraction of a second and writes nothing.
    """
    from generator import render
    from generator.render import py_check
    from generator.spec.diagnostics import Diagnostic

    problems = []
    owners: dict[str, str] = dict.fromkeys(render.render_catalog_files(catalog), "the catalog")
    for provider in catalog.providers:
        try:
            files = render.render_provider(provider)
        except Exception as exc:  # noqa: BLE001 (any renderer failure is reported, located)
            message = f"the spec passes every check but does not render: {exc}"
            problems.append(Diagnostic(provider.loc, "render-failed", message))
            continue
        for path, text in files.items():
            if path.endswith(".py"):
                for problem in py_check.problems(text):
                    message = f"the spec passes every check but {path}: {problem}"
                    problems.append(Diagnostic(provider.loc, "render-failed", message))
            other = owners.setdefault(path, provider.source)
            if other != provider.source:
                message = f"{path} would be written for {provider.source} and {other}"
                problems.append(Diagnostic(provider.loc, "render-failed", message))
    return problems
