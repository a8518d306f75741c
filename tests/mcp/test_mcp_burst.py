"""One server survives 1,000 malformed or failing calls, concurrent, and still answers."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import anyio
import mcp_types as types
from mcp.client.session import ClientSession
from mcp_helpers import mcp_session, text_of

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
    results: list[tuple[str, types.CallToolResult]] = []
    limiter = anyio.CapacityLimiter(CONCURRENCY)

    async def call(
        session: ClientSession, tool: str, arguments: dict[str, Any], words: str
    ) -> None:
        async with limiter:
            results.append((words, await session.call_tool(tool, arguments)))

    async with mcp_session(credentials=credentials_file) as session:
        async with anyio.create_task_group() as group:
            for _ in range(PER_KIND):
                for tool, arguments, words in BAD_CALLS:
                    group.start_soon(call, session, tool, arguments, words)
        after = await session.call_tool("heroku__list_apps", {})

    assert len(results) == PER_KIND * len(BAD_CALLS)
    for words, result in results:
        assert result.is_error and words in text_of(result)
    assert not after.is_error
    statuses = [r["status"] for r in reset.requests()]
    assert statuses[:PER_KIND] == [500] * PER_KIND  # nothing else reached the provider
    assert statuses[PER_KIND:] and all(status < 300 for status in statuses[PER_KIND:])
