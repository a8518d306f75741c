"""`toolgen verify <id> --upstream FILE`: compare a spec with the provider's published API."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from generator.cli import app
from generator.commands.common import project_root
from generator.commands.completing import complete_provider


@app.command()
def verify(
    provider_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Provider id (specs/<id>.yaml).", autocompletion=complete_provider
        ),
    ],
    upstream: Annotated[
        Path,
        typer.Option(help="The provider's OpenAPI 3.x (JSON/YAML) or JSON hyper-schema document."),
    ],
) -> None:
    """Report every way the spec disagrees with the provider's published API; exit 1 on mismatches."""
    from generator.spec import SpecError, load_provider, spec_paths
    from generator.upstream import UpstreamError, load_upstream
    from generator.verify import verify_provider

    root = project_root()
    try:
        [path] = spec_paths(root, [provider_id])
        published = load_upstream(upstream)
    except (SpecError, UpstreamError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    provider, diagnostics = load_provider(path, root)
    if provider is None:
        for diagnostic in diagnostics:
            typer.echo(str(diagnostic), err=True)
        raise typer.Exit(1)
    findings = verify_provider(provider, published)
    for finding in findings:
        typer.echo(str(finding))
    errors = sum(f.severity == "error" for f in findings)
    notes = sum(f.severity == "note" for f in findings)
    verdict = "MISMATCH" if errors else "ok"
    typer.echo(
        f"{verdict}: {provider_id} vs {upstream.name}: {errors} mismatch(es), {notes} note(s)",
        err=True,
    )
    raise typer.Exit(1 if errors else 0)
