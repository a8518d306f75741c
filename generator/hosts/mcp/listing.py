"""`tools/list` answered from its wire form, a page at a time, built once per protocol version.

Pages hold `page_size` tools (`DEFAULT_PAGE_SIZE` unless `--page-size`); the
`nextCursor` of a page is the (opaque) number of the next one, and a cursor the
server did not hand out is a protocol error (invalid params).

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
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self

import mcp_types as types
from mcp.server.context import CallNext, HandlerResult, ServerRequestContext
from mcp.shared.exceptions import MCPError
from mcp.shared.message import SessionMessage
from mcp_types.methods import serialize_server_result
from mcp_types.version import HANDSHAKE_PROTOCOL_VERSIONS, LATEST_HANDSHAKE_VERSION
from pydantic import PrivateAttr, ValidationError

from generator.hosts.mcp.catalog import CatalogError, Definition

if TYPE_CHECKING:
    from mcp.shared._stream_protocols import WriteStream  # the type of Server.run's stream

METHOD = "tools/list"
DEFAULT_PAGE_SIZE = 100  # tools per `tools/list` answer


class ToolListing:
    """The `tools/list` pages; also a `Server.middleware` serving them from cache."""

    def __init__(self, definitions: list[Definition], page_size: int = DEFAULT_PAGE_SIZE) -> None:
        size = max(1, page_size)
        self.pages: list[dict[str, Any]] = [
            {"tools": definitions[start : start + size]}
            for start in range(0, max(1, len(definitions)), size)
        ]
        for number, page in enumerate(self.pages[:-1]):
            page["nextCursor"] = str(number + 1)
        self._wire: dict[tuple[str, int], dict[str, Any]] = {}
        self._text: dict[int, tuple[dict[str, Any], str]] = {}  # id(tools) -> (wire, its JSON)
        for number in range(len(self.pages)):  # checks every definition at start-up
            self.wire(LATEST_HANDSHAKE_VERSION, number)

    def page_number(self, cursor: str | None) -> int:
        """The page a cursor names; MCPError (invalid params) for one never handed out."""
        if cursor is None:
            return 0
        if (
            not isinstance(cursor, str)
            or not cursor.isdigit()
            or not 0 < int(cursor) < len(self.pages)
        ):
            raise MCPError(types.INVALID_PARAMS, f"invalid tools/list cursor {str(cursor)[:40]!r}")
        return int(cursor)

    def wire(self, version: str, number: int = 0) -> dict[str, Any]:
        key = (version, number)
        if key not in self._wire:
            try:
                wire = serialize_server_result(METHOD, version, self.pages[number])
            except ValidationError as exc:
                raise CatalogError(f"invalid tool definition: {exc}") from None
            text = json.dumps(wire, ensure_ascii=False, separators=(",", ":"))
            self._text[id(wire["tools"])] = (wire, text)
            self._wire[key] = wire
        return self._wire[key]

    def model(self, cursor: str | None = None) -> types.ListToolsResult:
        """A page as the SDK's model, for the protocol versions the cache does not serve."""
        page = self.pages[self.page_number(cursor)]
        return types.ListToolsResult.model_validate(page, by_name=False)

    def text_of(self, result: dict[str, Any]) -> str | None:
        """The cached JSON text when `result` is a (shallow) copy of a cached wire result."""
        wire, text = self._text.get(id(result.get("tools")), (None, None))
        return text if wire is not None and result == wire else None

    async def __call__(
        self, ctx: ServerRequestContext[Any, Any], call_next: CallNext
    ) -> HandlerResult:
        if ctx.method == METHOD and ctx.protocol_version in HANDSHAKE_PROTOCOL_VERSIONS:
            cursor = (ctx.params or {}).get("cursor")
            return self.wire(ctx.protocol_version, self.page_number(cursor))
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
