"""`tools/call` results: the value as JSON text plus `structuredContent`, or an error."""

from __future__ import annotations

import json
from typing import Any

import mcp_types as types

MAX_ERROR_CHARS = 2000


def success(value: Any, structured: Any, *, has_output_schema: bool) -> types.CallToolResult:
    """`structured` goes out only for tools that declare an outputSchema."""
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=json.dumps(value, ensure_ascii=False))],
        structured_content=structured if has_output_schema else None,
    )


def failure(message: str) -> types.CallToolResult:
    """An error the calling model can read and act on (`isError: true`)."""
    if len(message) > MAX_ERROR_CHARS:
        message = message[:MAX_ERROR_CHARS] + " [truncated]"
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=message)], is_error=True
    )
