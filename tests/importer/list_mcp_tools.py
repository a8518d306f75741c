"""Run as `python list_mcp_tools.py ROOT PROVIDER_ID`: every tool name `toolgen mcp serve` lists.

Starts the server over stdio with the official MCP client, the tool lists read
from `ROOT/generated/mcp`, follows `tools/list` cursors, prints a JSON list.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path

import mcp_types as types
from mcp.client.session import ClientSession
from mcp.client.stdio import StdioServerParameters, stdio_client


async def names(root: Path, provider_id: str) -> list[str]:
    toolgen = str(Path(sys.executable).parent / "toolgen")
    args = ["mcp", "serve", "--provider", provider_id, "--schemas-dir", str(root / "generated/mcp")]
    env = {k: os.environ[k] for k in ("PYTHONPATH", "TOOLGEN_CREDENTIALS") if k in os.environ}
    params = StdioServerParameters(command=toolgen, args=args, env=env, cwd=root)
    found: list[str] = []
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        cursor = None
        while True:
            params = types.PaginatedRequestParams(cursor=cursor) if cursor else None
            page = await session.list_tools(params=params)
            found += [tool.name for tool in page.tools]
            cursor = page.next_cursor
            if not cursor:
                return found


if __name__ == "__main__":
    print(json.dumps(asyncio.run(names(Path(sys.argv[1]), sys.argv[2]))))
