"""Serve an MCP `Server` over stdio (the default) or streamable HTTP, with the start-up line.

HTTP: the socket is bound here (so `--port 0` works and the line names the real
port), then served by one uvicorn process or by `--workers` forked ones.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

from attrs import frozen
from mcp.server import Server

from generator.hosts.mcp.http_app import (
    HEALTH_PATH,
    MCP_PATH,
    HttpOptions,
    RefusedBind,
    check_exposure,
    create_app,
)
from generator.hosts.mcp.listing import PreserializedStream, ToolListing

BACKLOG = 1024


class ServeError(Exception):
    """The HTTP options are unusable or the address cannot be bound; the message says why."""


def http_options(
    host: str,
    port: int,
    stateless: bool,
    workers: int,
    tokens_file: Path | None,
    account: str | None,
    access_log: bool = True,
) -> HttpOptions:
    """Checked options: tokens readable, none mixed with --account, exposure authenticated."""
    from generator.hosts.mcp.auth import TokensError, load_tokens

    try:
        tokens = load_tokens(tokens_file)
    except TokensError as exc:
        raise ServeError(str(exc)) from None
    if tokens is not None and account is not None:
        raise ServeError("--account cannot be combined with tokens: each token names its account")
    if workers > 1 and not stateless:
        raise ServeError(
            "--workers needs --stateless: a session lives in the process that opened it, "
            "and another worker could receive its next request"
        )
    options = HttpOptions(host, port, stateless, workers, tokens, access_log)
    try:
        check_exposure(options)
    except RefusedBind as exc:
        raise ServeError(str(exc)) from None
    return options


@frozen
class Summary:
    """What the start-up line and `/healthz` report about the served catalog."""

    mode: str
    providers: int
    tools: int
    read_only: bool

    def fields(self) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "providers": self.providers,
            "tools": self.tools,
            "read_only": self.read_only,
        }


def startup_line(endpoint: str, transport: str, summary: Summary, **extra: object) -> str:
    """`toolgen mcp: serving <endpoint> transport=... mode=... providers=N tools=N read_only=...`"""
    fields: dict[str, object] = {"transport": transport, **extra, **summary.fields()}
    words = [f"{k}={_word(v)}" for k, v in fields.items()]
    return f"toolgen mcp: serving {endpoint} " + " ".join(words)


def _word(value: object) -> str:
    return ("yes" if value else "no") if isinstance(value, bool) else str(value)


def announce(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


async def serve_stdio(server: Server[Any], listing: ToolListing, summary: Summary) -> None:
    """Until stdin closes. The SDK points fd 1 at stderr meanwhile, so stray prints miss the wire."""
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read_stream, write_stream):
        announce(startup_line("stdio", "stdio", summary))
        writer = PreserializedStream(write_stream, listing)
        await server.run(read_stream, writer, server.create_initialization_options())


def serve_http(server: Server[Any], options: HttpOptions, summary: Summary) -> int:
    """Streamable HTTP at `http://<host>:<port>/mcp` until interrupted; returns the exit status.

    Raises ServeError when the address cannot be bound.
    """
    import uvicorn

    from generator.hosts.mcp.workers import run_workers

    forked = options.workers > 1
    try:  # workers each listen on their own socket; this one only holds the port then
        listener = bind(options.host, options.port, reuse_port=forked, listen=not forked)
    except OSError as exc:
        raise ServeError(
            f"cannot listen on {options.host}:{options.port}: {exc.strerror}"
        ) from None
    port = listener.getsockname()[1]
    origin = f"http://{_url_host(options.host)}:{port}"
    health = {"transport": "streamable-http", "stateless": options.stateless, **summary.fields()}
    app = create_app(server, options, health)
    auth = {"auth": "bearer", "tokens": len(options.tokens)} if options.tokens else {"auth": "none"}
    state = "stateless" if options.stateless else "sessions"
    announce(
        startup_line(
            origin + MCP_PATH, "streamable-http", summary,
            state=state, workers=options.workers, **auth, health=origin + HEALTH_PATH,
        )
    )  # fmt: skip
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="on", timeout_graceful_shutdown=5
    )

    if not forked:
        uvicorn.Server(config).run(sockets=[listener])
        return 0

    def serve_worker() -> None:
        own = bind(options.host, port, reuse_port=True, listen=True)
        uvicorn.Server(config).run(sockets=[own])

    return run_workers(options.workers, serve_worker)


def bind(host: str, port: int, *, reuse_port: bool = False, listen: bool = True) -> socket.socket:
    """A TCP socket on `host:port`; accepted connections inherit TCP_NODELAY (no Nagle delays).

    With `reuse_port`, every process binding the same port gets its own accept
    queue and the kernel spreads new connections across them. (One socket shared
    by forked workers lets whichever wakes first accept a whole burst.)
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        if reuse_port:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        if family == socket.AF_INET6:
            sock.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
        if listen:
            sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    return sock


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
