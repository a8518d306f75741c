"""`tools/list` answered from its wire form, built once per protocol version.

Through the SDK's normal path every `tools/list` re-validates and re-dumps each
definition (seconds for thousands of tools). The middleware answers it from a
cache instead: the SDK's own per-version serialisation, done once. The 2026
era, whose results carry a per-request envelope, keeps the normal path.
"""

from __future__ import annotations

from typing import Any

from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp_types.methods import serialize_server_result
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS, LATEST_HANDSHAKE_VERSION
from pydantic import ValidationError

from generator.hosts.mcp.catalog import CatalogError, Definition

METHOD = "tools/list"


class ToolListing:
    """Also a `Server.middleware`: `server.middleware.insert(0, listing)`."""

    def __init__(self, definitions: list[Definition]) -> None:
        self.result: dict[str, Any] = {"tools": definitions}
        self._wire: dict[str, dict[str, Any]] = {}
        self.wire(LATEST_HANDSHAKE_VERSION)  # checks every definition at start-up

    def wire(self, version: str) -> dict[str, Any]:
        if version not in self._wire:
            try:
                self._wire[version] = serialize_server_result(METHOD, version, self.result)
            except ValidationError as exc:
                raise CatalogError(f"invalid tool definition: {exc}") from None
        return self._wire[version]

    async def __call__(self, ctx: ServerRequestContext[Any, Any], call_next: CallNext) -> HandlerResult:
        if ctx.method == METHOD and ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS:
            return self.wire(ctx.protocol_version)
        return await call_next(ctx)
