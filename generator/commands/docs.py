"""`toolgen docs build` / `toolgen docs serve`: the static reference site."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from generator.cli import Group, app
from generator.commands.common import project_root
from generator.commands.completing import complete_provider

docs_app = typer.Typer(
    cls=Group, help="Build or serve the static HTML reference site.", no_args_is_help=True
)
app.add_typer(docs_app, name="docs")

if TYPE_CHECKING:
    import threading

    from generator.render.site_serve import LiveReload

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
        typer.Option(
            "--provider",
            "-p",
            help="Only this provider (repeatable).",
            autocompletion=complete_provider,
        ),
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
    except (pipeline.RenderError, ValueError, jinja2.TemplateError) as exc:
        raise _fail(f"rendering the site failed: {exc}") from exc
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
    root: Annotated[
        Path | None,
        typer.Option("--root", help="Project root (default: found from the working directory)."),
    ] = None,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch/--no-watch",
            help="Rebuild after a spec or template is saved and reload open pages.",
        ),
    ] = True,
) -> None:
    """Serve a built site on 127.0.0.1 until interrupted, rebuilding it as specs change."""
    import threading

    from generator.render.site_serve import LiveReload, server_url, site_server

    project = project_root(root) if out is None or root is not None else _project_or_none()
    site = out if out is not None else (project or Path.cwd()) / SITE_DIR
    if not (site / "index.html").is_file():
        raise _fail(f"no site in {site}; run `toolgen docs build` first")
    live = LiveReload() if watch else None
    try:
        server = site_server(site, port, live=live)
    except OSError as exc:
        raise _fail(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from exc
    typer.echo(f"Serving {site} at {server_url(server)} (Ctrl-C to stop)")
    stop = threading.Event()
    if live is not None and project is not None:
        watcher = threading.Thread(
            target=_rebuild_on_change, args=(project, site, live, stop), daemon=True
        )
        watcher.start()
    with server:
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            stop.set()


def _project_or_none() -> Path | None:
    """The project around the working directory, if any: `--out` alone serves without one."""
    from generator.output.root import NoProject
    from generator.output.root import project_root as find

    try:
        return find(None)
    except NoProject:
        return None


def _rebuild_on_change(project: Path, site: Path, live: LiveReload, stop: threading.Event) -> None:
    """Rebuild the site after each batch of saved specs or templates; bump the live version."""
    import watchfiles

    from generator.output.cache import TEMPLATES

    specs = project / "specs"
    typer.echo(f"Watching {specs} and {TEMPLATES}")
    for changes in watchfiles.watch(specs, TEMPLATES, stop_event=stop, raise_interrupt=False):
        names = sorted({Path(path).name for _change, path in changes})
        typer.echo(f"Changed: {', '.join(names)}")
        try:
            typer.echo(_build(project, site, []))
        except typer.Exit:
            typer.echo("The site was not rebuilt; fix the spec and save it again.")
            continue
        except Exception as exc:  # noqa: BLE001 (a bug must not end the session)
            typer.echo(f"error: {type(exc).__name__}: {exc}")
            continue
        live.bump()
