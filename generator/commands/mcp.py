"""`toolgen mcp serve`: serve the generated MCP tools over stdio or streamable HTTP."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import Annotated

import typer

from generator.cli import Group, app
from generator.commands.completing import complete_provider

mcp_app = typer.Typer(
    cls=Group, name="mcp", help="Serve the generated tools to MCP clients.", no_args_is_help=True
)
app.add_typer(mcp_app)


class Mode(str, enum.Enum):
    direct = "direct"
    code = "code"


class Access(str, enum.Enum):
    read = "read"
    write = "write"
    destructive = "destructive"


class Transport(str, enum.Enum):
    stdio = "stdio"
    http = "http"


@mcp_app.command("serve")
def serve(
    provider: Annotated[
        list[str] | None,
        typer.Option(
            "--provider",
            "-p",
            help="Serve only providers matching this id or glob (repeatable).",
            autocompletion=complete_provider,
        ),
    ] = None,
    mode: Annotated[
        Mode,
        typer.Option(help="direct: one tool per function; code: search_docs, read_docs, run_lua."),
    ] = Mode.direct,
    access: Annotated[
        list[Access] | None,
        typer.Option(help="direct: serve only tools of this access (repeatable)."),
    ] = None,
    category: Annotated[
        list[str] | None,
        typer.Option(help="direct: serve only providers of this spec category (repeatable)."),
    ] = None,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="code: run_lua may call write tools; direct: destructive calls run "
            "when the client cannot confirm them.",
        ),
    ] = False,
    page_size: Annotated[
        int, typer.Option(min=1, max=10_000, help="direct: tools per tools/list page.")
    ] = 100,
    max_result_bytes: Annotated[
        int, typer.Option(min=1_000, help="direct: cut tool results larger than this (JSON bytes).")
    ] = 100_000,
    account: Annotated[
        str | None, typer.Option(help="Credentials account used for every call (default: default).")
    ] = None,
    read_only: Annotated[
        bool, typer.Option("--read-only", help="Offer no tool that changes data.")
    ] = False,
    transport: Annotated[Transport, typer.Option(help="Protocol transport.")] = Transport.stdio,
    host: Annotated[
        str,
        typer.Option(help="http: interface to listen on; other than loopback needs tokens."),
    ] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(min=0, max=65535, help="http: port (0 picks a free one).")
    ] = 8765,
    stateless: Annotated[
        bool, typer.Option("--stateless", help="http: no sessions; any replica serves any call.")
    ] = False,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="http: processes sharing the port.")
    ] = 1,
    tokens_file: Annotated[
        Path | None,
        typer.Option(
            "--tokens-file",
            dir_okay=False,
            help="http: TOML of bearer token -> credentials account (docs/deployment.md).",
        ),
    ] = None,
    access_log: Annotated[
        bool, typer.Option(help="http: one JSON line per request on stderr.")
    ] = True,
    schemas_dir: Annotated[
        Path | None,
        typer.Option(
            "--schemas-dir",
            file_okay=False,
            help="Directory of <provider>.json tool lists (default: generated/mcp).",
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log every call.")] = False,
) -> None:
    """Serve tools/list and tools/call; logs go to stderr, stdout carries only the protocol.

    Destructive calls ask the user when the client supports elicitation, else need
    --allow-writes; --read-only offers no tool that changes data (docs/commands.md).
    """
    import logging

    import anyio

    from generator.hosts.mcp.catalog import CatalogError
    from generator.hosts.mcp.server import (
        DEFAULT_SCHEMAS_DIR,
        ServerOptions,
        build_server,
        load_handlers,
    )
    from generator.hosts.mcp.transports import (
        ServeError,
        Summary,
        http_options,
        serve_http,
        serve_stdio,
    )

    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )  # the default stream is stderr
    logging.getLogger("httpx").setLevel(logging.WARNING)  # one line per call comes from us
    if read_only and allow_writes:
        typer.echo("error: --read-only and --allow-writes cannot be combined", err=True)
        raise typer.Exit(2)
    options = ServerOptions(
        providers=tuple(provider or ()),
        account=account,
        read_only=read_only,
        schemas_dir=schemas_dir or DEFAULT_SCHEMAS_DIR,
        mode=mode.value,
        allow_writes=allow_writes,
        access=tuple(a.value for a in access or ()),
        categories=tuple(category or ()),
        page_size=page_size,
        max_result_bytes=max_result_bytes,
    )
    try:
        handlers = load_handlers(options)
    except CatalogError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    server = build_server(handlers)
    summary = Summary(
        mode=mode.value,
        providers=len(handlers.provider_ids),
        tools=handlers.tool_count,
        read_only=read_only,
    )
    try:
        if transport is Transport.http:
            http = http_options(host, port, stateless, workers, tokens_file, account, access_log)
            raise typer.Exit(serve_http(server, http, summary))
        anyio.run(serve_stdio, server, handlers.listing, summary)
    except ServeError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except KeyboardInterrupt:
        pass


@mcp_app.command("token")
def token(
    account: Annotated[str, typer.Argument(help="Credentials account the token acts as.")],
    tokens_file: Annotated[
        Path | None,
        typer.Option(
            "--tokens-file",
            dir_okay=False,
            help="Append the token's SHA-256 to this [tokens] file (created mode 0600).",
        ),
    ] = None,
) -> None:
    """Make a bearer token for `mcp serve --transport http`; stdout carries only the token.

    The tokens file keeps only its SHA-256; without --tokens-file, the line to add
    goes to stderr. See docs/deployment.md.
    """
    from generator.hosts.mcp.auth import TokensError
    from generator.hosts.mcp.token_file import add_entry, new_token

    try:
        secret, line = new_token(account)
        if tokens_file is not None:
            add_entry(tokens_file, line)
    except (TokensError, OSError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(secret)
    where = f"added to {tokens_file}" if tokens_file else "add to the [tokens] table"
    typer.echo(f"{where}: {line}", err=True)
