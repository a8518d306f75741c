"""`toolgen import <openapi-file> --id ID`: start or extend a spec from a provider's OpenAPI."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from generator.cli import app


@app.command("import")
def import_openapi(
    document: Annotated[
        Path,
        typer.Argument(metavar="OPENAPI_FILE", help="OpenAPI 3.0/3.1 document (JSON or YAML)."),
    ],
    provider_id: Annotated[str, typer.Option("--id", help="Provider id; writes specs/<id>.yaml.")],
    tags: Annotated[
        list[str] | None, typer.Option("--tags", help="Import the operations with this tag.")
    ] = None,
    operations: Annotated[
        list[str] | None,
        typer.Option("--operations", help="Import this operation (by operationId)."),
    ] = None,
) -> None:
    """Write tools, params and types for the chosen operations; hand-written text is kept."""
    from generator.importer import import_spec, select_operations
    from generator.naming import KEBAB_RE
    from generator.upstream import UpstreamError, load_upstream

    if not KEBAB_RE.match(provider_id):
        typer.echo(f"error: provider id '{provider_id}' is not kebab-case (`fly-io`)", err=True)
        raise typer.Exit(2)
    try:
        upstream = load_upstream(document)
        if upstream.format != "openapi":
            raise UpstreamError(f"{document}: import reads OpenAPI 3.x documents only")
        chosen = select_operations(upstream, operations or [], tags or [])
        if not chosen:
            raise UpstreamError("no operation matches the given --tags/--operations")
        target, diagnostics = import_spec(upstream, provider_id, chosen, Path.cwd())
    except UpstreamError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for diagnostic in diagnostics:
        typer.echo(str(diagnostic), err=True)
    if any(d.severity == "error" for d in diagnostics):
        typer.echo(f"FAILED: {target} not written", err=True)
        raise typer.Exit(1)
    typer.echo(f"wrote {target.relative_to(Path.cwd())}: {len(chosen)} operation(s)", err=True)
