"""`tools/list` answered from its wire form, built once per protocol version.

Through the SDK's normal path every `tools/list` re-validates and re-dumps each
definition, then serialises the response: seconds for thousands of tools.
Here the SDK's own per-version serialisation runs once; the middleware answers
from that cache, and `PreserializedStream` (stdio) writes its cached JSON text
instead of dumping it again. The 2026 era, whose results carry a per-request
envelope, keeps the normal path. (The cache also answers a `tools/list` sent
before `initialize`: the list is the same for every client.)
"""

from __future__ import annotations

import json
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import mcp_types as types
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.shared.message import SessionMessage
from mcp_types.methods import serialize_server_result
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS, LATEST_HANDSHAKE_VERSION
from pydantic import PrivateAttr, ValidationError

from generator.hosts.mcp.catalog import CatalogError, Definition

if TYPE_CHECKING:
    from mcp.shared._stream_protocols import WriteStream  # the type of Server.run's stream

METHOD = "tools/list"


class ToolListing:
    """The `tools/list` result; also a `Server.middleware` serving it from cache."""

    def __init__(self, definitions: list[Definition]) -> None:
        self.result: dict[str, Any] = {"tools": definitions}
        self._wire: dict[str, dict[str, Any]] = {}
        self._text: dict[int, tuple[dict[str, Any], str]] = {}  # id(tools) -> (wire, its JSON)
        self.wire(LATEST_HANDSHAKE_VERSION)  # checks every definition at start-up

    def wire(self, version: str) -> dict[str, Any]:
        if version not in self._wire:
            try:
                wire = serialize_server_result(METHOD, version, self.result)
            except ValidationError as exc:
                raise CatalogError(f"invalid tool definition: {exc}") from None
            text = json.dumps(wire, ensure_ascii=False, separators=(",", ":"))
            self._text[id(wire["tools"])] = (wire, text)
            self._wire[version] = wire
        return self._wire[version]

    @cached_property
    def model(self) -> types.ListToolsResult:
        """The result as the SDK's model, for the protocol versions the cache does not serve."""
        return types.ListToolsResult.model_validate(self.result, by_name=False)

    def text_of(self, result: dict[str, Any]) -> str | None:
        """The cached JSON text when `result` is a (shallow) copy of a cached wire result."""
        wire, text = self._text.get(id(result.get("tools")), (None, None))
        return text if wire is not None and result == wire else None

    async def __call__(
        self, ctx: ServerRequestContext[Any, Any], call_next: CallNext
    ) -> HandlerResult:
        if ctx.method == METHOD and ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS:
            return self.wire(ctx.protocol_version)
        return await call_next(ctx)


class _Preserialized(types.JSONRPCResponse):
    """A response whose JSON text is known; the stdio writer calls `model_dump_json`."""

    _text: str = PrivateAttr(default="")

    def model_dump_json(self, **_: Any) -> str:
        return self._text


class PreserializedStream:
    """Wraps a transport's write stream; a cached `tools/list` result goes out as text."""

    def __init__(self, inner: WriteStream[SessionMessage], listing: ToolListing) -> None:
        self.inner = inner
        self.listing = listing

    async def send(self, item: SessionMessage, /) -> None:
        message = item.message
        if isinstance(message, types.JSONRPCResponse):
            text = self.listing.text_of(message.result)
            if text is not None:
                fast = _Preserialized(jsonrpc="2.0", id=message.id, result=message.result)
                fast._text = f'{{"jsonrpc":"2.0","id":{json.dumps(message.id)},"result":{text}}}'
                item = SessionMessage(fast, item.metadata)
        await self.inner.send(item)

    async def aclose(self) -> None:
        await self.inner.aclose()

    async def __aenter__(self) -> Self:
        await self.inner.__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> bool | None:
        return await self.inner.__aexit__(exc_type, exc, tb)
