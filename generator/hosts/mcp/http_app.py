"""The ASGI app of the HTTP transport: `/mcp` (streamable HTTP) and `/healthz`.

A plain ASGI dispatcher rather than a Starlette router: two fixed paths need
no routing table, and every request skips that layer. Around it, outermost
first: the access log, then bearer authentication of `/mcp` when tokens are
configured. `--stateless` answers each POST with one JSON body and keeps no
session, so any replica can serve any request.
"""

from __future__ import annotations

import json
from contextlib import AsyncExitStack
from typing import Any

from attrs import frozen
from mcp.server import Server
from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
from mcp.server.transport_security import TransportSecuritySettings
from starlette.types import ASGIApp, Receive, Scope, Send

from generator.hosts.mcp.access_log import AccessLog
from generator.hosts.mcp.auth import BearerAuth, TokenTable

MCP_PATH = "/mcp"
HEALTH_PATH = "/healthz"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


@frozen
class HttpOptions:
    """How the HTTP transport listens and who may call it."""

    host: str = "127.0.0.1"
    port: int = 8765
    stateless: bool = False
    workers: int = 1
    tokens: TokenTable | None = None
    access_log: bool = True

    @property
    def loopback(self) -> bool:
        return self.host in LOOPBACK_HOSTS or self.host.startswith("127.")


class RefusedBind(Exception):
    """The options would expose the server without authentication."""


def check_exposure(options: HttpOptions) -> None:
    if not options.loopback and options.tokens is None:
        raise RefusedBind(
            f"refusing to listen on {options.host} without authentication: pass --tokens-file "
            "or set TOOLGEN_MCP_TOKENS (see docs/deployment.md), or listen on 127.0.0.1"
        )


def create_app(server: Server[Any], options: HttpOptions, health: dict[str, Any]) -> ASGIApp:
    """The whole app; `health` is what `GET /healthz` reports besides `"status": "ok"`."""
    manager = StreamableHTTPSessionManager(
        app=server,
        json_response=options.stateless,  # one JSON body per POST: no SSE stream to keep open
        stateless=options.stateless,
        security_settings=_rebinding_protection() if options.loopback else None,
    )
    app: ASGIApp = McpHttpApp(manager, {"status": "ok", **health})
    if options.tokens is not None:
        app = BearerAuth(app, options.tokens, MCP_PATH)
    return AccessLog(app) if options.access_log else app


def _rebinding_protection() -> TransportSecuritySettings:
    """What the SDK applies on loopback: browsers' pages cannot reach the server by a DNS trick."""
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=["127.0.0.1:*", "localhost:*", "[::1]:*"],
        allowed_origins=["http://127.0.0.1:*", "http://localhost:*", "http://[::1]:*"],
    )


class McpHttpApp:
    """`/mcp` to the SDK's session manager, `/healthz` answered here, anything else 404."""

    def __init__(self, manager: StreamableHTTPSessionManager, health: dict[str, Any]) -> None:
        self.manager = manager
        self.health = json.dumps(health).encode()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.lifespan(receive, send)
        elif scope["type"] != "http":
            return
        elif scope["path"] in (MCP_PATH, MCP_PATH + "/"):
            await self.manager.handle_request(scope, receive, send)
        elif scope["path"] == HEALTH_PATH and scope["method"] in ("GET", "HEAD"):
            await _respond(send, 200, self.health)
        else:
            body = {"error": f"not found; the MCP endpoint is {MCP_PATH}"}
            await _respond(send, 404, json.dumps(body).encode())

    async def lifespan(self, receive: Receive, send: Send) -> None:
        """Runs the session manager (and with it the server's lifespan) for the app's lifetime."""
        async with AsyncExitStack() as stack:
            await receive()  # lifespan.startup
            await stack.enter_async_context(self.manager.run())  # uvicorn reports a failure
            await send({"type": "lifespan.startup.complete"})
            await receive()  # lifespan.shutdown
        await send({"type": "lifespan.shutdown.complete"})


async def _respond(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
