"""MCP tool schemas: `generated/mcp/<id>.json`, shaped like a `tools/list` result.

JSON is built as data and serialised with `json.dumps`, never templated. JSON has
no comments, so the do-not-edit banner goes in the result's `_meta`, which MCP
reserves for such metadata.
"""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.render import json_out
from generator.render.common import banner, spec_source, tool_description, tool_title
from generator.render.schema import input_schema, output_schema
from generator.spec.model import Param, Provider, Tool

BANNER_KEY = "toolgen/generated"
CATEGORY_KEY = "toolgen/category"  # the server's --category filter reads it
CREDENTIAL_KEY = "x-toolgen-credential"  # on an input property a credential fills when omitted


def render_provider(provider: Provider) -> dict[str, str]:
    tools = [tool_definition(tool, provider) for tool in provider.tools]
    meta = {BANNER_KEY: banner(spec_source(provider)), CATEGORY_KEY: provider.category}
    return {naming.mcp_path(provider.id): dumps({"_meta": meta, "tools": tools})}


def dumps(value: Any) -> str:
    return json_out.dumps(value) + "\n"


def tool_definition(tool: Tool, provider: Provider) -> dict[str, Any]:
    """One entry of `tools/list`: name, title, description, schemas, annotations."""
    title = f"{provider.name}: {tool_title(tool)}"
    schema = input_schema(tool, provider)
    defaulted = [p for p in tool.params if p.credential and p.name in schema["properties"]]
    for param in defaulted:
        schema["properties"][param.name][CREDENTIAL_KEY] = param.credential
    definition: dict[str, Any] = {
        "name": naming.mcp_name(provider.namespace, tool.name),
        "title": title,
        "description": " ".join([tool_description(tool), *map(credential_note, defaulted)]),
        "inputSchema": schema,
    }
    output = output_schema(tool, provider)
    if output is not None:
        definition["outputSchema"] = output
    definition["annotations"] = tool_annotations(tool, title)
    return definition


def credential_note(param: Param) -> str:
    """What a client must know when it leaves out a credential-defaulted argument."""
    return (
        f"Omitting `{param.name}` uses the `{param.credential}` credential of the account, "
        "which must then be configured."
    )


def tool_annotations(tool: Tool, title: str) -> dict[str, Any]:
    return {
        "title": title,
        "readOnlyHint": tool.access == "read",
        "destructiveHint": tool.access == "destructive",
        "idempotentHint": tool.idempotent,
        "openWorldHint": True,
    }
