"""`toolgen mock PROVIDER...`: serve a spec-driven fake of providers over HTTP."""

from __future__ import annotations

from typing import Annotated

import typer

from generator.cli import app
from generator.commands.common import project_root
from generator.commands.completing import complete_provider


@app.command()
def mock(
    providers: Annotated[
        list[str],
        typer.Argument(
            help="Provider ids; several are each served below /<id>.",
            autocompletion=complete_provider,
        ),
    ],
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port; 0 picks a free one.")] = 0,
    items: Annotated[
        int, typer.Option(min=0, help="Entries behind every list tool (pages of 2 by default).")
    ] = 5,
) -> None:
    """Run the mock provider server in the foreground until Ctrl-C; prints each base URL."""
    from generator.hosts.mock import MockServer
    from generator.spec import SpecError, load_catalog, spec_paths

    root = project_root()
    try:
        catalog, diagnostics = load_catalog(spec_paths(root, providers), root)
    except SpecError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if catalog is None:
        for diagnostic in diagnostics:
            typer.echo(str(diagnostic), err=True)
        raise typer.Exit(1)
    try:
        server = MockServer(
            catalog.providers[0] if len(catalog.providers) == 1 else catalog,
            host=host,
            port=port,
            items=items,
        )
    except OSError as exc:
        typer.echo(f"error: cannot listen on {host}:{port}: {exc.strerror}", err=True)
        raise typer.Exit(1) from None
    for provider in catalog.providers:
        typer.echo(f"{provider.id}: {server.url_for(provider.id)}")
    typer.echo(f"control: {server.origin}/__mock__/  (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:  # uvicorn re-raises the Ctrl-C it handled gracefully
        typer.echo("stopped", err=True)
