"""`toolgen docs build` / `toolgen docs serve`: the static reference site."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from generator.cli import app
from generator.commands.common import project_root

docs_app = typer.Typer(help="Build or serve the static HTML reference site.", no_args_is_help=True)
app.add_typer(docs_app, name="docs")

SITE_DIR = "site"


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(1)


@docs_app.command("build")
def build(
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Site directory (default: <root>/site).")
    ] = None,
    provider: Annotated[
        list[str] | None,
        typer.Option("--provider", "-p", help="Only this provider (repeatable)."),
    ] = None,
    root: Annotated[
        Path | None,
        typer.Option("--root", help="Project root (default: found from the working directory)."),
    ] = None,
) -> None:
    """Render the HTML site from `specs/` and index it for search (only what changed)."""
    project = project_root(root)
    site = out if out is not None else project / SITE_DIR
    ids = list(dict.fromkeys(provider or []))
    typer.echo(_build(project, site, ids))


def _build(project: Path, site: Path, ids: list[str]) -> str:
    """One incremental build; the summary line, or a clean exit with the problem printed."""
    import jinja2

    from generator.output import pipeline
    from generator.output.site_pipeline import site_owners
    from generator.render.site_build import SiteDirError, write_site
    from generator.render.site_search import SearchIndexError

    try:
        plan = site_owners(project, ids)
    except pipeline.UnknownProvider as exc:
        raise typer.BadParameter(str(exc), param_hint="--provider") from exc
    except pipeline.SpecErrors as exc:
        for diagnostic in exc.diagnostics:
            typer.echo(str(diagnostic), err=True)
        raise typer.Exit(1) from exc
    for warning in plan.diagnostics:
        typer.echo(str(warning), err=True)
    try:
        done = write_site(site, plan.owners)
    except (SiteDirError, SearchIndexError) as exc:
        raise _fail(str(exc)) from exc
    except (pipeline.RenderError, ValueError, jinja2.TemplateError) as exc:
        raise _fail(f"rendering the site failed: {exc}") from exc
    pages = sum(path.endswith(".html") for path in done.files)
    changed = len(done.written) + len(done.removed)
    index = "search index updated" if done.indexed else "search index unchanged"
    return (
        f"Built {pages} pages for {plan.providers} provider(s) in {site}: "
        f"{changed} file(s) changed, {index}"
    )


@docs_app.command("serve")
def serve(
    port: Annotated[
        int, typer.Option("--port", help="Port on 127.0.0.1 (0: any free one).")
    ] = 8000,
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Site directory (default: <root>/site).")
    ] = None,
) -> None:
    """Serve a built site on 127.0.0.1 until interrupted."""
    from generator.render.site_serve import server_url, site_server

    site = out if out is not None else project_root(None) / SITE_DIR
    if not (site / "index.html").is_file():
        raise _fail(f"no site in {site}; run `toolgen docs build` first")
    try:
        server = site_server(site, port)
    except OSError as exc:
        raise _fail(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from exc
    typer.echo(f"Serving {site} at {server_url(server)} (Ctrl-C to stop)")
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
