"""The server under abuse: 1,000 failing calls, malformed messages, a provider that hangs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
from anyio.streams.buffered import BufferedByteReceiveStream
from mcp.client.client import Client
from mcp.client.session import ClientSession
from mcp.shared.exceptions import MCPError
from mcp_helpers import SCHEMAS_DIR, TOOLGEN, mcp_session, text_of

from generator.hosts.mcp.server import ServerOptions, build_server, load_handlers
from generator.hosts.mock import MockServer

PER_KIND = 250
CONCURRENCY = 16
# (tool, arguments, words the error names)
BAD_CALLS: list[tuple[str, dict[str, Any], str]] = [
    ("fly_io__get_app", {"app_name": ["not", "a", "string"]}, "not of type 'string'"),
    ("fly_io__list_apps", {"org_slug": "personal", "extra": 1}, "'extra' was unexpected"),
    ("fly_io__no_such_tool", {"app_name": "x"}, "unknown tool 'fly_io__no_such_tool'"),
    ("heroku__list_apps", {}, "500"),  # the mock answers 500 (injected below)
]


async def test_burst_of_failing_calls(credentials_file: Path, reset: MockServer) -> None:
    reset.inject(status=500, times=PER_KIND, path="^/heroku/apps$", body={"message": "boom"})
    results: list[tuple[str, types.CallToolResult | MCPError]] = []
    limiter = anyio.CapacityLimiter(CONCURRENCY)

    async def call(
        session: ClientSession, tool: str, arguments: dict[str, Any], words: str
    ) -> None:
        async with limiter:
            try:
                results.append((words, await session.call_tool(tool, arguments)))
            except MCPError as exc:  # an unknown tool: a protocol error, not a tool result
                results.append((words, exc))

    async with mcp_session(credentials=credentials_file) as session:
        async with anyio.create_task_group() as group:
            for _ in range(PER_KIND):
                for tool, arguments, words in BAD_CALLS:
                    group.start_soon(call, session, tool, arguments, words)
        after = await session.call_tool("heroku__list_apps", {})

    assert len(results) == PER_KIND * len(BAD_CALLS)
    for words, result in results:
        if isinstance(result, MCPError):
            assert result.code == types.INVALID_PARAMS and words in result.message
        else:
            assert result.is_error and words in text_of(result)
    assert not after.is_error
    statuses = [r["status"] for r in reset.requests()]
    assert statuses[:PER_KIND] == [500] * PER_KIND  # nothing else reached the provider
    assert statuses[PER_KIND:] and all(status < 300 for status in statuses[PER_KIND:])


INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "raw", "version": "0"},
    },
}
MAX_LINE = 2**20
MALFORMED_LINES = [
    "this is not JSON",
    "[1, 2, 3]",
    '{"jsonrpc": "2.0", "id": 2, "method": "tools/call", "params": {"name": 5}}',
    '{"jsonrpc": "2.0", "id": 3, "method": "tools/call", "params": {"name": "x", "arguments": "x"}}',
    '{"jsonrpc": "2.0", "id": 4, "method": "no/such/method"}',
    '{"jsonrpc": "2.0", "id": 5, "method": "tools/call"}',
]
VALID_CALL = {
    "jsonrpc": "2.0",
    "id": 9,
    "method": "tools/call",
    "params": {"name": "fly_io__get_app", "arguments": {"app_name": "my-app"}},
}


async def test_malformed_messages_get_protocol_errors(
    credentials_file: Path, reset: MockServer
) -> None:
    """Raw lines on stdin, as a broken client might send them."""
    lines = [json.dumps(INITIALIZE), *MALFORMED_LINES, json.dumps(VALID_CALL)]
    answers: dict[int, dict[str, Any]] = {}
    env = {"TOOLGEN_CREDENTIALS": str(credentials_file), "PATH": str(Path(TOOLGEN).parent)}
    with anyio.fail_after(60):
        async with await anyio.open_process([TOOLGEN, "mcp", "serve"], env=env) as process:
            assert process.stdin is not None and process.stdout is not None
            await process.stdin.send("".join(line + "\n" for line in lines).encode())
            reader = BufferedByteReceiveStream(process.stdout)
            while VALID_CALL["id"] not in answers:
                message = json.loads(await reader.receive_until(b"\n", MAX_LINE))
                answers[message["id"]] = message
            await process.stdin.aclose()
    assert {answers[i]["error"]["code"] for i in (2, 3, 5)} == {-32602}  # invalid params
    assert answers[4]["error"]["code"] == -32601  # method not found
    result = answers[9]["result"]
    assert not result["isError"] and result["structuredContent"]["name"] == "my-app"


async def test_a_provider_that_never_answers_is_a_tool_error(
    credentials_file: Path, reset: MockServer
) -> None:
    reset.inject(status=200, delay=5, path="/apps/slow$")
    server = build_server(load_handlers(ServerOptions(schemas_dir=SCHEMAS_DIR, call_timeout=0.5)))
    async with Client(server) as client:
        slow = await client.call_tool("fly_io__get_app", {"app_name": "slow"})
        after = await client.call_tool("fly_io__get_app", {"app_name": "my-app"})
    assert slow.is_error and "no answer within 0.5 s" in text_of(slow)
    assert not after.is_error
