"""`toolgen mcp serve`: the generated MCP tools, served with the official `mcp` SDK.

- `catalog`: the tool definitions from `generated/mcp/*.json`, filtered once at start-up.
- `schemas`: argument and result checks against the tools' JSON Schemas.
- `server`: the `tools/list` and `tools/call` handlers and the SDK `Server` around them.
- `transports`: stdio and streamable HTTP.
"""

from generator.hosts.mcp.catalog import CatalogError, ToolCatalog
from generator.hosts.mcp.server import ServerOptions, ToolHandlers, build_server, load_handlers

__all__ = [
    "CatalogError",
    "ServerOptions",
    "ToolCatalog",
    "ToolHandlers",
    "build_server",
    "load_handlers",
]
