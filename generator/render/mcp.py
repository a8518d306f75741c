"""MCP tool schemas: `generated/mcp/<id>.json`, shaped like a `tools/list` result.

JSON is built as data and serialised with `json.dumps`, never templated; the
output writer's manifest records that the file is generated.
"""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.render.common import tool_title
from generator.render.schema import input_schema, output_schema
from generator.spec.model import Provider, Tool


def render_provider(provider: Provider) -> dict[str, str]:
    tools = [tool_definition(tool, provider) for tool in provider.tools]
    return {naming.mcp_path(provider.id): dumps({"tools": tools})}


def dumps(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False) + "\n"


def tool_definition(tool: Tool, provider: Provider) -> dict[str, Any]:
    """One entry of `tools/list`: name, title, description, schemas, annotations."""
    title = f"{provider.name}: {tool_title(tool)}"
    definition: dict[str, Any] = {
        "name": naming.mcp_name(provider.namespace, tool.name),
        "title": title,
        "description": (tool.description or tool.summary).strip(),
        "inputSchema": input_schema(tool, provider),
    }
    output = output_schema(tool, provider)
    if output is not None:
        definition["outputSchema"] = output
    definition["annotations"] = tool_annotations(tool, title)
    return definition


def tool_annotations(tool: Tool, title: str) -> dict[str, Any]:
    return {
        "title": title,
        "readOnlyHint": tool.access == "read",
        "destructiveHint": tool.access == "destructive",
        "idempotentHint": tool.idempotent,
        "openWorldHint": True,
    }
