"""The MCP surface never shows a credential a provider echoed back (see
tests/clients/test_redaction.py for the other surfaces)."""

from __future__ import annotations

from pathlib import Path

from mcp_helpers import mcp_session, text_of

from generator.hosts.mock import MockServer
from generator.runtime.redact import MASK
from tests.conftest import TEST_TOKEN


async def test_tool_errors_and_results_are_redacted(
    credentials_file: Path, reset: MockServer
) -> None:
    reset.inject(status=401, echo_auth=True, path="/apps/web")
    reset.inject(status=200, echo_auth=True, path="/user")
    async with mcp_session(credentials=credentials_file) as session:
        failed = await session.call_tool("fly_io__get_app", {"app_name": "web"})
        echoed = await session.call_tool("buildkite__api_get", {"path": "/user"})
    assert failed.is_error
    for result in (failed, echoed):
        text = text_of(result)
        assert TEST_TOKEN not in text and MASK in text, text
        assert TEST_TOKEN not in str(result.structured_content)
