"""`tools/call` results: JSON text equal to `structuredContent`, tool errors, protocol errors."""

from __future__ import annotations

import json
from typing import Any

import mcp_types as types
from mcp.shared.exceptions import MCPError

MAX_ERROR_CHARS = 2000


def success(
    value: Any, structured: Any, *, has_output_schema: bool, is_error: bool = False
) -> types.CallToolResult:
    """The text block is the JSON of exactly what goes out as `structuredContent`
    (tools that declare an outputSchema), else of the value."""
    shown = structured if has_output_schema else value
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=json.dumps(shown, ensure_ascii=False))],
        structured_content=structured if has_output_schema else None,
        is_error=is_error,
    )


def failure(message: str) -> types.CallToolResult:
    """An error the calling model can read and act on (`isError: true`)."""
    if len(message) > MAX_ERROR_CHARS:
        message = message[:MAX_ERROR_CHARS] + " [truncated]"
    return types.CallToolResult(
        content=[types.TextContent(type="text", text=message)], is_error=True
    )


def unknown_tool(message: str) -> MCPError:
    """A call of a tool the server does not offer: a protocol error (invalid params)."""
    return MCPError(types.INVALID_PARAMS, message)
