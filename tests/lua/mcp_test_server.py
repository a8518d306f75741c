"""A small MCP server for the Lua host tests, written with the official SDK.

`python mcp_test_server.py PORT` serves streamable HTTP on 127.0.0.1:PORT/mcp;
`python mcp_test_server.py stdio DIR` serves stdio and leaves DIR/started and
DIR/stopped behind.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import anyio
from mcp.server.mcpserver import MCPServer
from pydantic import BaseModel, Field

server = MCPServer("lua-test-notes")


class Sum(BaseModel):
    total: int
    terms: list[int]


@server.tool()
def add(a: int, b: int) -> Sum:
    """Add two whole numbers (structured result)."""
    return Sum(total=a + b, terms=[a, b])


@server.tool(structured_output=False)
def shout(text: str) -> str:
    """The text in capitals (text result only)."""
    return text.upper() + "!"


@server.tool()
def sign(
    text: str,
    key: Annotated[str, Field(json_schema_extra={"format": "password"})],
) -> str:
    """Signs the text with a key the schema marks secret."""
    return f"{text}:{len(key)}"


@server.tool()
def refuse(reason: str) -> str:
    """Always fails with the given reason."""
    raise ValueError(f"refused: {reason}")


@server.tool()
async def nap(seconds: float) -> str:
    """Sleeps, then answers (for time limits)."""
    await anyio.sleep(seconds)
    return "rested"


@server.resource("notes://today", mime_type="text/plain")
def today() -> str:
    """Today's note."""
    return "water the plants"


@server.prompt()
def review(code: str) -> str:
    """Ask for a review of some code."""
    return f"Please review: {code}"


if __name__ == "__main__":
    if sys.argv[1] == "stdio":  # `stdio DIR`: marks DIR/started and DIR/stopped
        marks = Path(sys.argv[2])
        (marks / "started").touch()
        try:
            server.run("stdio")
        finally:
            (marks / "stopped").touch()
    else:
        server.run("streamable-http", host="127.0.0.1", port=int(sys.argv[1]))
