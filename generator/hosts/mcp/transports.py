"""Serve an MCP `Server` over stdio (the default) or streamable HTTP on loopback."""

from __future__ import annotations

from typing import Any

from mcp.server import Server

from generator.hosts.mcp.listing import PreserializedStream, ToolListing

HTTP_HOST = "127.0.0.1"
HTTP_PATH = "/mcp"


async def serve_stdio(server: Server[Any], listing: ToolListing) -> None:
    """Until stdin closes. The SDK points fd 1 at stderr meanwhile, so stray prints miss the wire."""
    from mcp.server.stdio import stdio_server

    async with stdio_server() as (read_stream, write_stream):
        writer = PreserializedStream(write_stream, listing)
        await server.run(read_stream, writer, server.create_initialization_options())


def serve_http(server: Server[Any], port: int) -> None:
    """Streamable HTTP at `http://127.0.0.1:<port>/mcp` until interrupted."""
    import uvicorn

    app = server.streamable_http_app(streamable_http_path=HTTP_PATH, host=HTTP_HOST)
    uvicorn.run(app, host=HTTP_HOST, port=port, log_level="warning")
