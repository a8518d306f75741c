"""One spec `tools:` entry (plain data) from an upstream operation."""

from __future__ import annotations

from typing import Any

from generator.importer.types import TypeCollector, pascal, unique_name
from generator.naming import snake
from generator.upstream import Operation, UpstreamParam
from generator.upstream.schemas import enum_values, items_schema, json_type, object_properties

_QUERY_BY_DEFAULT = ("GET", "DELETE", "HEAD")
_ACCESS = {"GET": "read", "HEAD": "read", "DELETE": "destructive"}


def tool_name(op: Operation) -> str:
    return snake(op.operation_id) or snake(f"{op.method} {op.path}")


def tool_entry(op: Operation, types: TypeCollector) -> dict[str, Any]:
    name = tool_name(op)
    summary = op.summary.strip() or _first_sentence(op.description) or f"{op.method} {op.path}"
    entry: dict[str, Any] = {"name": name, "summary": summary}
    description = op.description.strip()
    if description and description != summary:
        entry["description"] = description
    entry["access"] = _ACCESS.get(op.method, "write")
    entry["http"] = {"method": op.method, "path": op.path}
    params = _params(op, name, types)
    if params:
        entry["params"] = params
    returns, pagination = _returns(op, name, types)
    if returns:
        entry["returns"] = returns
    if pagination:
        entry["pagination"] = pagination
    return entry


def _first_sentence(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first.split(". ", 1)[0].rstrip(".")


def _params(op: Operation, tool: str, types: TypeCollector) -> list[dict[str, Any]]:
    taken: set[str] = set()
    entries = [_param(p, tool, types, taken, op.method) for p in op.params if p.location != "body"]
    if op.body is None:
        return entries
    body = types.resolver.deref(op.body)
    if json_type(body, types.resolver) != "object" or not any(
        object_properties(body, types.resolver)
    ):
        whole = UpstreamParam(
            "$", "body", op.body, next(p.required for p in op.params if p.name == "$")
        )
        return [*entries, _param(whole, tool, types, taken, op.method, name="body")]
    top_level = (
        p for p in op.params if p.location == "body" and p.name != "$" and "." not in p.name
    )
    return [*entries, *(_param(p, tool, types, taken, op.method) for p in top_level)]


def _param(
    param: UpstreamParam,
    tool: str,
    types: TypeCollector,
    taken: set[str],
    method: str,
    name: str = "",
) -> dict[str, Any]:
    python_name = unique_name(name or param.name, taken)
    entry: dict[str, Any] = {"name": python_name}
    entry["type"] = types.expr(param.schema, f"{pascal(tool)}{pascal(python_name)}", depth=1)
    if param.required and param.location != "path":
        entry["required"] = True
    default_location = "query" if method in _QUERY_BY_DEFAULT else "body"
    if param.location not in ("path", default_location):
        entry["in"] = param.location
    if param.name != python_name:
        entry["wire"] = param.name
    schema = types.resolver.deref(param.schema)
    values = list(enum_values(schema, types.resolver))
    if values:
        entry["enum"] = values
    for key in ("default", "minimum", "maximum"):
        value = schema.get(key)
        if isinstance(value, bool | int | float | str):
            entry[key] = value
    if param.location == "query" and entry["type"].endswith("[]") and not param.explode:
        entry["explode"] = False
    description = (param.description or str(schema.get("description", ""))).strip()
    if description:
        entry["description"] = description
    return entry


def _returns(
    op: Operation, tool: str, types: TypeCollector
) -> tuple[dict[str, Any], dict[str, Any]]:
    """`returns` and, for lists of `{cursor, <item>}` wrappers, cursor `pagination`."""
    schema = op.success_schema()
    if schema is None:
        return {}, {}
    resolver = types.resolver
    if json_type(schema, resolver) == "array":
        wrapper = [
            (k, s) for k, s, _ in object_properties(items_schema(schema, resolver), resolver)
        ]
        keys = [k for k, _ in wrapper]
        if len(keys) == 2 and "cursor" in keys:
            item_key, item_schema = next((k, s) for k, s in wrapper if k != "cursor")
            item = types.expr(item_schema, f"{pascal(tool)}{pascal(item_key)}", depth=1)
            return {"type": f"{item}[]"}, {"style": "cursor", "item_key": item_key}
    return {"type": types.expr(schema, f"{pascal(tool)}Result", depth=1)}, {}
