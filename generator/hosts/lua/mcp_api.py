"""What each `mcp.*` function does, as plain Python values the bridge hands to Lua.

A tool result is its structured content when the tool returns one (a value
the output schema only wraps as `{"result": ...}` comes unwrapped), else the
text of its content blocks (joined by newlines); a tool error is a Lua error
naming `<server>.<tool>`. A server that offers no resources (or prompts) lists
none, and reading one is an error saying so.
"""

from __future__ import annotations

from typing import Any

from generator.hosts.lua.mcp_client import McpFailure, McpServers
from generator.suggest import did_you_mean

MAX_PAGES = 100  # list pages followed per request


def _cursor(cursor: str | None) -> Any:
    import mcp_types as types

    return None if cursor is None else types.PaginatedRequestParams(cursor=cursor)


async def _all_pages(list_page: Any, field: str) -> list[Any]:
    items: list[Any] = []
    cursor: str | None = None
    for _ in range(MAX_PAGES):
        page = await list_page(params=_cursor(cursor))
        items += getattr(page, field)
        cursor = page.next_cursor
        if cursor is None:
            break
    return items


def _text_blocks(blocks: list[Any]) -> Any:
    texts = [block.text for block in blocks if getattr(block, "type", None) == "text"]
    if len(texts) == len(blocks):
        return "\n".join(texts)
    return [block.model_dump(mode="json", exclude_none=True) for block in blocks]


def _unwrapped(tool: Any, content: Any) -> Any:
    """`{"result": x}` -> x when the output schema only wraps a value (how SDKs
    return lists and plain values as structured content)."""
    properties = (tool.output_schema or {}).get("properties")
    wraps = isinstance(properties, dict) and list(properties) == ["result"]
    if wraps and isinstance(content, dict) and list(content) == ["result"]:
        return content["result"]
    return content


class McpApi:
    def __init__(self, servers: McpServers) -> None:
        self.servers = servers

    def servers_list(self) -> list[dict[str, Any]]:
        return [config.describe() for _, config in sorted(self.servers.configs.items())]

    def check(self, server: Any) -> None:
        self.servers.config(server)

    def _tools(self, server: str) -> dict[str, Any]:
        connection = self.servers.connection(server)
        if connection.tools is None:
            tools = self.servers.request(
                server, "tools/list", lambda s: _all_pages(s.list_tools, "tools")
            )
            connection.tools = {tool.name: tool for tool in tools}
        return connection.tools

    def _tool(self, server: Any, name: Any) -> Any:
        config = self.servers.config(server)
        tools = self._tools(config.name)
        if isinstance(name, str) and name in tools:
            return tools[name]
        hint = did_you_mean(str(name), list(tools))
        raise McpFailure(f"MCP server {config.name!r} has no tool {name!r}{hint}")

    def secret_params(self, server: Any, name: Any) -> frozenset[str]:
        """Arguments the tool's input schema marks secret (`format: password`, `writeOnly`)."""
        try:
            schema = self._tool(server, name).input_schema or {}
        except McpFailure:
            return frozenset()  # the call itself reports why
        properties = schema.get("properties") or {}
        return frozenset(
            key
            for key, prop in properties.items()
            if isinstance(prop, dict)
            and (prop.get("format") == "password" or prop.get("writeOnly"))
        )

    def tools(self, server: Any) -> list[dict[str, Any]]:
        config = self.servers.config(server)
        return [
            {"name": tool.name, "title": tool.title, "description": tool.description or ""}
            for tool in self._tools(config.name).values()
        ]

    def schema(self, server: Any, name: Any) -> dict[str, Any]:
        tool = self._tool(server, name)
        return {
            "name": tool.name,
            "description": tool.description or "",
            "input_schema": tool.input_schema,
            "output_schema": tool.output_schema,
        }

    def call(self, server: Any, name: Any, arguments: Any = None) -> Any:
        tool = self._tool(server, name)
        arguments = {} if arguments is None else arguments
        if not isinstance(arguments, dict):
            raise McpFailure(
                "arguments must be a table of named parameters", tool=f"{server}.{name}"
            )
        result = self.servers.request(
            server, f"tools/call {tool.name}", lambda s: s.call_tool(tool.name, arguments)
        )
        if result.is_error:
            raise McpFailure(str(_text_blocks(result.content)), tool=f"{server}.{tool.name}")
        if result.structured_content is not None:
            return _unwrapped(tool, result.structured_content)
        return _text_blocks(result.content)

    def _offered(self, server: Any, capability: str) -> str:
        name = self.servers.config(server).name
        if not self.servers.offers(name, capability):
            raise McpFailure(f"MCP server {name!r} offers no {capability}")
        return name

    def resources(self, server: Any) -> list[dict[str, Any]]:
        name = self.servers.config(server).name
        if not self.servers.offers(name, "resources"):
            return []
        found = self.servers.request(
            name, "resources/list", lambda s: _all_pages(s.list_resources, "resources")
        )
        return [
            {
                "uri": str(r.uri),
                "name": r.name,
                "description": r.description or "",
                "mime_type": r.mime_type,
            }
            for r in found
        ]

    def read_resource(self, server: Any, uri: Any) -> list[dict[str, Any]]:
        name = self._offered(server, "resources")
        if not isinstance(uri, str):
            raise McpFailure("mcp.read_resource expects (server, uri string)")
        result = self.servers.request(name, f"resources/read {uri}", lambda s: s.read_resource(uri))
        return [item.model_dump(mode="json", exclude_none=True) for item in result.contents]

    def prompts(self, server: Any) -> list[dict[str, Any]]:
        name = self.servers.config(server).name
        if not self.servers.offers(name, "prompts"):
            return []
        found = self.servers.request(
            name, "prompts/list", lambda s: _all_pages(s.list_prompts, "prompts")
        )
        return [
            {
                "name": p.name,
                "description": p.description or "",
                "arguments": [
                    a.model_dump(mode="json", exclude_none=True) for a in p.arguments or ()
                ],
            }
            for p in found
        ]

    def get_prompt(self, server: Any, prompt: Any, arguments: Any = None) -> dict[str, Any]:
        name = self._offered(server, "prompts")
        args = {str(k): str(v) for k, v in (arguments or {}).items()}
        result = self.servers.request(
            name, f"prompts/get {prompt}", lambda s: s.get_prompt(str(prompt), args)
        )
        return {
            "description": result.description or "",
            "messages": [
                {"role": m.role, "content": _text_blocks([m.content])} for m in result.messages
            ],
        }
