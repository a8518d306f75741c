"""One spec `tools:` entry (plain data) from an upstream operation."""

from __future__ import annotations

import re
from typing import Any

from generator.importer.paging import detect_pagination
from generator.importer.types import TypeCollector, pascal, unique_name
from generator.upstream import Operation, UpstreamError, UpstreamParam
from generator.upstream.schemas import enum_values, json_type, object_properties

_QUERY_BY_DEFAULT = ("GET", "DELETE", "HEAD")
DEPRECATED = "Deprecated by the provider."
_ACCESS = {"GET": "read", "HEAD": "read", "DELETE": "destructive"}
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"


def body_kind(media: str) -> str:
    """`json`, `form`, `multipart` or `binary` for a request media type ("" when no body)."""
    base = media.split(";")[0].strip().lower()
    if not base:
        return ""
    if "json" in base:
        return "json"
    return {_FORM: "form", _MULTIPART: "multipart"}.get(base, "binary")


def tool_entry(op: Operation, types: TypeCollector, name: str, notes: list[str]) -> dict[str, Any]:
    summary = op.summary.strip() or _first_sentence(op.description) or f"{op.method} {op.path}"
    summary = " ".join(summary.split())
    entry: dict[str, Any] = {"name": name, "summary": summary}
    description = op.description.strip()
    if description and description != summary:
        entry["description"] = description
    entry["access"] = _ACCESS.get(op.method, "write")
    if op.deprecated:
        entry["deprecated"] = DEPRECATED
    http: dict[str, Any] = {"method": op.method, "path": op.path}
    kind = body_kind(op.body_media)
    if kind and kind != "json":
        http["body"] = kind
        base = op.body_media.split(";")[0].strip()
        if kind == "binary" and base != "application/octet-stream":
            http["content_type"] = base
    accept = _accept(op, types)
    if accept:
        http["accept"] = accept
    entry["http"] = http
    params = _params(op, name, types, kind, notes)
    if params:
        entry["params"] = params
    returns = _returns(op, name, types)
    pagination = detect_pagination(op, types.resolver, params, notes) if returns else None
    if pagination is not None:
        returns = pagination.returns(types, name) or returns
        entry["pagination"] = pagination.spec
        if pagination.unwrap:
            returns["unwrap"] = pagination.unwrap
    if returns:
        entry["returns"] = returns
    return entry


def _first_sentence(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first.split(". ", 1)[0].rstrip(".")


def _accept(op: Operation, types: TypeCollector) -> str:
    """The media type an `Accept` header param asks for (its default or only value)."""
    param = op.find("header", "Accept")
    if param is None:
        return ""
    schema = types.resolver.deref(param.schema)
    values = [str(v) for v in enum_values(schema, types.resolver)]
    return str(schema.get("default") or (values[0] if values else ""))


def _params(
    op: Operation, tool: str, types: TypeCollector, kind: str, notes: list[str]
) -> list[dict[str, Any]]:
    taken: set[str] = set()
    entries = [
        _param(p, tool, types, taken, op.method, notes=notes)
        for p in op.params
        if p.location != "body"
        and not (p.location == "header" and p.name.lower() in ("accept", "content-type"))
    ]
    declared = {p.name for p in op.params if p.location == "path"}
    for placeholder in _PLACEHOLDER.findall(op.path):
        if placeholder not in declared:  # the document forgot to declare it
            missing = UpstreamParam(placeholder, "path", {"type": "string"}, True)
            entries.append(_param(missing, tool, types, taken, op.method, notes=notes))
            notes.append(f"path parameter '{placeholder}' is not declared; imported as a string")
    if op.body is None:
        return entries
    whole = next(p for p in op.params if p.location == "body" and p.name == "$")
    if kind == "binary":
        file = UpstreamParam("$", "body", {"type": "string", "format": "binary"}, whole.required)
        return [
            *entries,
            _param(file, tool, types, taken, op.method, name="file", form=True, notes=notes),
        ]
    resolver = types.resolver
    body = resolver.deref(op.body)
    is_object = json_type(body, resolver) in ("object", "") and any(
        object_properties(body, resolver)
    )
    if not is_object:
        if kind in ("form", "multipart"):
            raise UpstreamError(f"{op.body_media} body without named fields")
        return [*entries, _param(whole, tool, types, taken, op.method, name="body", notes=notes)]
    top_level = (
        p for p in op.params if p.location == "body" and p.name != "$" and "." not in p.name
    )
    body_entries = [
        _param(p, tool, types, taken, op.method, form=kind != "json", notes=notes)
        for p in top_level
    ]
    placeholders = set(_PLACEHOLDER.findall(op.path))
    for entry in body_entries:
        if {entry["name"], entry.get("wire", "")} & placeholders:
            entry["in"] = "body"  # not the path param of the same name
    return [*entries, *body_entries]


def _is_file(schema: Any, types: TypeCollector) -> bool:
    resolved = types.resolver.deref(schema)
    return resolved.get("format") == "binary" or resolved.get("type") == "file"


def _param(
    param: UpstreamParam,
    tool: str,
    types: TypeCollector,
    taken: set[str],
    method: str,
    name: str = "",
    form: bool = False,
    notes: list[str] | None = None,
) -> dict[str, Any]:
    python_name = unique_name(name or param.name, taken)
    entry: dict[str, Any] = {"name": python_name}
    is_file = (
        (form or name == "file") and param.location == "body" and _is_file(param.schema, types)
    )
    if is_file:
        entry["type"] = "file"
    else:
        entry["type"] = types.expr(param.schema, f"{pascal(tool)}{pascal(python_name)}", depth=1)
    if param.required and param.location != "path":
        entry["required"] = True
    default_location = "query" if method in _QUERY_BY_DEFAULT else "body"
    if param.location not in ("path", default_location):
        entry["in"] = param.location
    if param.name != python_name:
        entry["wire"] = param.name
    schema = types.resolver.deref(param.schema)
    values = [v for v in enum_values(schema, types.resolver) if not isinstance(v, dict | list)]
    if values and not is_file:
        entry["enum"] = values
    for key in ("default", "minimum", "maximum"):
        value = schema.get(key)
        expected = entry["type"] if key == "default" else "number"
        if not is_file and isinstance(value, bool | int | float | str) and _fits(value, expected):
            entry[key] = value
        elif value is not None and notes is not None:
            notes.append(
                f"{key} {value!r:.60} of param '{param.name}' is not of type {expected}; left out"
            )
    if param.deprecated or schema.get("deprecated") is True:
        entry["deprecated"] = DEPRECATED
    if param.location == "query" and entry["type"].endswith("[]") and not param.explode:
        entry["explode"] = False
    description = (param.description or str(schema.get("description", ""))).strip()
    if description:
        entry["description"] = description
    return entry


def _fits(value: Any, type_expr: str) -> bool:
    """Whether a published default/bound is a value of the param's type (some are prose)."""
    kinds: dict[str, type | tuple[type, ...]] = {
        "string": str,
        "integer": int,
        "number": (int, float),
        "boolean": bool,
    }
    expected = kinds.get(type_expr)
    if expected is None:
        return False
    return isinstance(value, expected) and (type_expr == "boolean" or not isinstance(value, bool))


def _returns(op: Operation, tool: str, types: TypeCollector) -> dict[str, Any]:
    schema = op.success_schema()
    if schema is None:
        return {}
    return {"type": types.expr(schema, f"{pascal(tool)}Result", depth=1)}
