"""`toolgen diff`: what a spec edit changes on every surface, and whether it breaks users."""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from generator.cli import app
from generator.commands.completing import complete_provider


class FailOn(str, enum.Enum):
    breaking = "breaking"
    any = "any"
    none = "none"


@app.command()
def diff(
    against: Annotated[
        str, typer.Option(help="A git revision of the project, or a directory of older specs.")
    ] = "HEAD",
    provider: Annotated[
        list[str] | None,
        typer.Option(
            "--provider",
            "-p",
            help="Only this provider (repeatable).",
            autocompletion=complete_provider,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the changes as JSON.")] = False,
    fail_on: Annotated[
        FailOn,
        typer.Option(
            help="Exit 1 on an unacknowledged breaking change (default), any change, or never."
        ),
    ] = FailOn.breaking,
    changelog: Annotated[
        bool,
        typer.Option("--changelog", help="Print each provider's next changelog entry (YAML)."),
    ] = False,
    root: Annotated[
        Path | None, typer.Option(help="Project root (default: found from cwd).")
    ] = None,
) -> None:
    """Compare the specs with an earlier version and classify each change per surface.

    A breaking change is acknowledged when the provider's `version` moves to the next
    major version (the next minor before 1.0.0); `--fail-on breaking` fails otherwise.
    """
    from generator.commands.common import project_root
    from generator.evolve.report import build_report
    from generator.evolve.sources import SourceError, load_against
    from generator.spec import SpecError, load_or_raise, spec_paths

    base = project_root(root)
    ids = tuple(provider or ())
    try:
        paths = spec_paths(base, ids)
    except SpecError as exc:  # an unknown provider: a usage error
        _fail(as_json, [f"error: {exc}"], 2)
    try:
        new = load_or_raise(paths, base)
        old = load_against(base, against, ids)
    except SpecError as exc:
        _fail(as_json, [str(d) for d in exc.diagnostics], 1)
    except SourceError as exc:
        _fail(as_json, [f"error: {exc}"], 2)
    report = build_report(old, new, against)
    if as_json:
        typer.echo(json.dumps(report.to_json(), indent=2, sort_keys=True))
    elif changelog:
        typer.echo(report.changelog())
    else:
        typer.echo(report.text())
    failed = {
        FailOn.breaking: report.unacknowledged,
        FailOn.any: bool(report.changes),
        FailOn.none: False,
    }[fail_on]
    raise typer.Exit(1 if failed else 0)


def _fail(as_json: bool, lines: list[str], code: int) -> NoReturn:
    if as_json:
        typer.echo(json.dumps({"error": lines[0], "diagnostics": lines}, indent=2))
    for line in lines:
        typer.echo(line, err=True)
    raise typer.Exit(code)
