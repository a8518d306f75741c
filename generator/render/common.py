"""Small helpers shared by the surface renderers.

`ToolDoc` gathers what the Markdown surfaces (Lua docs, reference pages) show
for one tool, as plain text; templates escape every value for their sink.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from generator import naming
from generator.render import json_out
from generator.render.lua_example import example_code
from generator.render.schema import is_required, param_description
from generator.render.types_index import find_type
from generator.spec.model import Param, Provider, Tool, TypeRef

ACCESS_LABELS = {"read": "Read", "write": "Write", "destructive": "Destructive"}
AUTH_LABELS = {
    "bearer": "Bearer token auth",
    "header": "API key auth",
    "basic": "Basic auth",
    "oauth2": "OAuth 2.0",
    "none": "No auth",
}
NO_DESCRIPTION = "—"  # keeps a table cell from being empty


def banner(source: str) -> str:
    """The do-not-edit line every generated file carries where its format allows."""
    return f"generated from {source}; do not edit"


def spec_source(provider: Provider) -> str:
    """The spec file a provider came from, relative to the project root."""
    return provider.source or f"specs/{provider.id}.yaml"


def tool_title(tool: Tool) -> str:
    """`list_apps` -> `List apps`: the display title of a tool."""
    return tool.name.replace("_", " ").capitalize()


@frozen
class ParamRow:
    name: str
    type: str
    required: bool
    description: str
    enum: tuple[str, ...]
    default: str  # JSON text; "" when there is none


@frozen
class FieldRow:
    key: str
    type: str
    always: bool  # the server always sends it
    description: str


@frozen
class ToolDoc:
    tool: Tool
    title: str
    description: str
    access: str
    lua_path: str
    full_name: str
    mcp_name: str
    example: str
    params: tuple[ParamRow, ...]
    returns_type: str  # "" for tools that return nothing
    returns_fields: tuple[FieldRow, ...]
    response_example: str  # JSON text; "" when the spec has none


def tool_description(tool: Tool) -> str:
    """The description every surface shows; a deprecated tool's starts with the deprecation."""
    text = (tool.description or tool.summary).strip()
    return f"{tool.deprecated.sentence('tool')}\n\n{text}" if tool.deprecated else text


def tool_doc(tool: Tool, provider: Provider) -> ToolDoc:
    returns = tool.returns.type
    return ToolDoc(
        tool=tool,
        title=tool_title(tool),
        description=tool_description(tool),
        access=ACCESS_LABELS[tool.access],
        lua_path=naming.lua_path(provider.namespace, tool.name),
        full_name=naming.full_name(provider.id, tool.name),
        mcp_name=naming.mcp_name(provider.namespace, tool.name),
        example=example_code(tool, provider),
        params=tuple(param_row(p) for p in tool.params),
        returns_type="" if returns is None else str(returns),
        returns_fields=() if returns is None else field_rows(returns, provider),
        response_example=json_text(tool.response_example),
    )


def param_row(param: Param) -> ParamRow:
    return ParamRow(
        name=param.name,
        type=str(param.type),
        required=is_required(param),
        description=_with_file_form(param),
        enum=tuple(str(v) for v in param.enum),
        default="" if param.default is None else json_text(param.default),
    )


FILE_FORM = (
    "A file: a string (its text), or a table with `content` (text) or `content_base64`,"
    " and optional `filename` and `content_type`."
)


def _with_file_form(param: Param) -> str:
    """File params say how Lua and MCP callers pass a file."""
    description = param_description(param)
    if param.type.base.name != "file":
        return description
    form = f"A list, each item a file: {FILE_FORM[8:]}" if param.type.is_list else FILE_FORM
    return f"{description.rstrip()} {form}".strip()


def field_rows(ref: TypeRef, provider: Provider) -> tuple[FieldRow, ...]:
    """The fields of the named type a tool returns (one level deep)."""
    typedef = find_type(provider, ref.base.name)
    if typedef is None:
        return ()
    return tuple(
        FieldRow(
            key=f.key,
            type=f"{f.type} or null" if f.nullable else str(f.type),
            always=f.required,
            description=f.description.strip() or NO_DESCRIPTION,
        )
        for f in typedef.fields
    )


def finish(text: str) -> str:
    """One trailing newline, whatever the template's last blocks left."""
    return text.rstrip() + "\n"


def json_text(value: Any) -> str:
    return "" if value is None else json_out.dumps(value)


def access_counts(provider: Provider) -> dict[str, int]:
    counts = {access: 0 for access in ACCESS_LABELS}
    for tool in provider.tools:
        counts[tool.access] += 1
    return counts
