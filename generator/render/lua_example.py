"""A Lua example derived from a tool's params, for tools without a hand-written one.

The call passes every param a caller must give (required, no credential
default) with a plausible value: its default, its first enum value, its
minimum, or a placeholder of its type.
"""

from __future__ import annotations

import math
from typing import Any

from generator import naming
from generator.render.escape import lua_str
from generator.render.schema import is_required
from generator.render.types_index import find_type
from generator.spec.model import Param, Provider, Tool, TypeRef

INDENT = "  "


def example_code(tool: Tool, provider: Provider) -> str:
    """The tool's hand-written example, else a derived one."""
    if tool.example is not None:
        return tool.example.code
    return derived_example(tool, provider)


def derived_example(tool: Tool, provider: Provider) -> str:
    call = call_expr(tool, provider)
    if tool.returns.type is None:
        return call + "\n"
    return f"local result = {call}\ndump(result)\n"


def call_expr(tool: Tool, provider: Provider, function: str = "", *, one_line: bool = False) -> str:
    """`app.integrations.fly_io.get_app({ app_name = "my-app-name" })`: required args only."""
    args = {p.name: param_sample(p, provider) for p in tool.params if is_required(p)}
    function = function or naming.lua_path(provider.namespace, tool.name)
    return f"{function}({lua_value(args, one_line=one_line)})"


def showcase_tool(provider: Provider) -> Tool | None:
    """The tool the overview examples call: a read needing no arguments if there is one."""
    reads = [t for t in provider.tools if t.access == "read"]
    simple = [t for t in reads if not any(is_required(p) for p in t.params)]
    return next(iter(simple or reads or provider.tools), None)


def accounts_example(tool: Tool, provider: Provider) -> str:
    """The same call on the default account, the explicit default, and a named account."""

    def on(account: str) -> str:
        return call_expr(
            tool, provider, naming.account_lua_path(provider.namespace, account, tool.name)
        )

    return (
        f"-- The default account\n{call_expr(tool, provider)}\n\n"
        f"-- The default account, named explicitly\n{on('default')}\n\n"
        f"-- A named account: its [{provider.id}.production] section in the credentials file\n"
        f"{on('production')}\n"
    )


def workflow_example(tool: Tool, provider: Provider) -> str:
    """A `workflow.lua` file that calls the tool through a local alias."""
    namespace = provider.namespace
    call = call_expr(tool, provider, naming.local_lua_path(namespace, tool.name))
    table = naming.namespace_path(namespace)
    return f"local {namespace} = {table}\nlocal result = {call}\n\ndump(result)\n"


def param_sample(param: Param, provider: Provider) -> Any:
    if param.default is not None:
        return param.default
    if param.enum:
        return param.enum[0]
    if param.minimum is not None and param.type.name in ("integer", "number"):
        return int(param.minimum) if param.type.name == "integer" else param.minimum
    return type_sample(param.type, param.name, provider, ())


def type_sample(ref: TypeRef, name: str, provider: Provider, seen: tuple[str, ...]) -> Any:
    if ref.item is not None:
        return [type_sample(ref.item, name, provider, seen)]
    placeholders: dict[str, Any] = {
        "string": "my-" + name.replace("_", "-"),
        "integer": 1,
        "number": 1.5,
        "boolean": True,
        "object": {},
        "any": "value",
        "file": {"filename": f"{name}.txt", "content": "hello"},
    }
    if ref.name in placeholders:
        return placeholders[ref.name]
    typedef = find_type(provider, ref.name)
    if typedef is None or ref.name in seen:
        return {}
    return {
        f.key: type_sample(f.type, f.name, provider, (*seen, ref.name))
        for f in typedef.fields
        if f.required and not f.nullable
    }


def lua_value(value: Any, depth: int = 0, *, one_line: bool = False) -> str:
    """Lua source for JSON-like data; tables with several entries span lines."""
    if value is None:
        return "nil"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "(0/0)" if math.isnan(value) else ("math.huge" if value > 0 else "-math.huge")
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return str(lua_str(value))
    if isinstance(value, dict):
        entries = [
            f"{_lua_key(str(k))} = {lua_value(v, depth + 1, one_line=one_line)}"
            for k, v in value.items()
        ]
    else:
        entries = [lua_value(v, depth + 1, one_line=one_line) for v in value]
    if not entries:
        return "{}"
    if one_line or (len(entries) == 1 and "\n" not in entries[0]):
        return "{ " + ", ".join(entries) + " }"
    inner = INDENT * (depth + 1)
    lines = "".join(f"{inner}{entry},\n" for entry in entries)
    return "{\n" + lines + INDENT * depth + "}"


def _lua_key(key: str) -> str:
    if naming.IDENT_RE.match(key) and key not in naming.LUA_KEYWORDS:
        return key
    return f"[{lua_str(key)}]"
