"""`toolgen mcp serve`: the generated MCP tools, served with the official `mcp` SDK.

- `catalog`: the tool definitions from `generated/mcp/*.json`, filtered once at start-up.
- `listing`: the `tools/list` answer, serialised once.
- `schemas`: argument and result checks against the tools' JSON Schemas.
- `results`: `tools/call` results and tool errors.
- `server`: the `tools/list` and `tools/call` handlers and the SDK `Server` around them.
- `transports`: stdio and streamable HTTP.

Nothing is imported here, so `generator.hosts.mcp.schemas` loads without the SDK.
"""
