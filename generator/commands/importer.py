"""`toolgen import DOC --id ID`: start or refresh a spec from a provider's API description."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from generator.cli import app

EXIT_SKIPPED = 3  # the spec was written, but some selected operations did not become tools


@app.command("import")
def import_openapi(
    document: Annotated[
        Path,
        typer.Argument(
            metavar="DOC",
            help="OpenAPI 3.0/3.1 or Swagger 2.0 document (JSON or YAML, may be gzipped).",
        ),
    ],
    provider_id: Annotated[str, typer.Option("--id", help="Provider id; writes specs/<id>.yaml.")],
    tags: Annotated[
        list[str] | None, typer.Option("--tags", help="Import the operations with this tag.")
    ] = None,
    operations: Annotated[
        list[str] | None,
        typer.Option("--operations", help="Import this operation (by operationId)."),
    ] = None,
    include: Annotated[
        list[str] | None,
        typer.Option(
            "--include", help="Import only matching operations: operationId, tag or /path/glob*."
        ),
    ] = None,
    exclude: Annotated[
        list[str] | None,
        typer.Option(
            "--exclude", help="Leave out matching operations: operationId, tag or /path/glob*."
        ),
    ] = None,
    server: Annotated[
        str | None,
        typer.Option(
            "--server",
            help="Base URL to import for: the document's server or an operation's own; only operations served there.",
        ),
    ] = None,
    strict: Annotated[
        bool,
        typer.Option("--strict", help="Any skipped operation is an error; nothing is written."),
    ] = False,
) -> None:
    """Write tools, params and types for the chosen operations; hand edits are kept."""
    from generator.importer import import_spec, on_server, select_operations
    from generator.importer.report import ImportReport
    from generator.naming import KEBAB_RE
    from generator.upstream import UpstreamError, load_upstream

    if not KEBAB_RE.match(provider_id):
        typer.echo(f"error: provider id '{provider_id}' is not kebab-case (`fly-io`)", err=True)
        raise typer.Exit(2)
    root = Path.cwd()
    try:
        upstream = load_upstream(document, lenient=True)
        if upstream.format != "openapi":
            raise UpstreamError(f"{document}: import reads OpenAPI and Swagger 2.0 documents only")
        chosen = select_operations(
            upstream, operations or [], tags or [], include or [], exclude or []
        )
        if server is not None:
            upstream, chosen = on_server(upstream, chosen, server)
        if not chosen:
            raise UpstreamError("no operation matches the given selection")
        report = ImportReport(source=upstream.source)
        for skipped in upstream.skipped:
            report.seen += 1
            report.skip(skipped, skipped.reason)
        target, diagnostics, commit = import_spec(
            upstream, provider_id, chosen, root, report, write=not strict
        )
    except UpstreamError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for line in report.lines():
        typer.echo(line, err=True)
    for diagnostic in diagnostics:
        typer.echo(str(diagnostic), err=True)
    typer.echo(report.summary(), err=True)
    if any(d.severity == "error" for d in diagnostics):
        typer.echo(
            f"FAILED: {target} not written (the lines above are in the spec it would have written)",
            err=True,
        )
        raise typer.Exit(1)
    if strict and report.skipped:
        typer.echo(
            f"FAILED (--strict): {len(report.skipped)} skipped; {target} not written", err=True
        )
        raise typer.Exit(1)
    if strict:
        commit()
    typer.echo(f"wrote {target.relative_to(root)}", err=True)
    if report.skipped:
        raise typer.Exit(EXIT_SKIPPED)
