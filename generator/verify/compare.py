"""Parameter-level comparison of one tool with its upstream operation."""

from __future__ import annotations

from collections.abc import Iterator

from attrs import frozen

from generator.spec.model import Loc, Param, Tool, TypeRef
from generator.upstream import Operation, Resolver, UpstreamParam
from generator.upstream.schemas import enum_values, items_schema, json_type
from generator.verify.match import placeholders


@frozen
class Finding:
    """A mismatch before deviations are applied: `param` is the spec param or upstream wire name."""

    tool: str
    loc: Loc
    code: str
    message: str
    param: str = ""
    wire: str = ""


def compare_params(tool: Tool, op: Operation, resolver: Resolver) -> Iterator[Finding]:
    for param, upstream in _pairs(tool, op):
        label = f"{param.location} parameter '{param.wire_name}'"
        if upstream is None:
            elsewhere = [p.location for p in op.params if p.name == param.wire_name]
            hint = f" (upstream has it in {elsewhere[0]})" if elsewhere else ""
            message = f"{label} is not in upstream {op.method} {op.path}{hint}"
            yield Finding(
                tool.name, param.loc, "verify-param", message, param.name, param.wire_name
            )
            continue
        yield from _compare(tool.name, param, upstream, label, resolver)
    yield from _missing_required(tool, op)


def _pairs(tool: Tool, op: Operation) -> Iterator[tuple[Param, UpstreamParam | None]]:
    """Each spec param with its upstream counterpart (path params by position)."""
    assert tool.http is not None
    spec_order = placeholders(tool.http.path)
    upstream_path = op.path_params
    for param in tool.params:
        if param.location == "path":
            spelled = next((n for n in (param.wire_name, param.name) if n in spec_order), None)
            index = spec_order.index(spelled) if spelled else -1
            yield param, upstream_path[index] if 0 <= index < len(upstream_path) else None
        else:
            yield param, op.find(param.location, param.wire_name)


def _compare(
    tool: str, param: Param, upstream: UpstreamParam, label: str, resolver: Resolver
) -> Iterator[Finding]:
    def finding(code: str, message: str) -> Finding:
        return Finding(tool, param.loc, code, message, param.name, param.wire_name)

    ours, theirs = type_name(param.type), schema_type_name(upstream.schema, resolver)
    if ours and theirs and not _compatible(ours, theirs):
        yield finding("verify-type", f"{label} is {ours} here but {theirs} upstream")
    if param.location != "path" and upstream.required != param.required:
        if upstream.required:
            yield finding("verify-required", f"{label} is required upstream but optional here")
        else:
            yield finding("verify-not-required", f"{label} is required here but optional upstream")
    if param.location == "query" and param.type.is_list and upstream.explode != param.explode:
        yield finding(
            "verify-style",
            f"{label} {_style(param.explode)} here but {_style(upstream.explode)} upstream",
        )
    allowed = enum_values(upstream.schema, resolver)
    for value in param.enum if allowed else ():
        if value not in allowed:
            choices = ", ".join(map(str, allowed))
            yield finding(
                "verify-enum", f"{label}: enum value {value!r} is not upstream's ({choices})"
            )


def _style(explode: bool) -> str:
    return "repeats its key per value" if explode else "is sent comma-joined (explode: false)"


def _missing_required(tool: Tool, op: Operation) -> Iterator[Finding]:
    """Upstream requires a query/header/body param the tool cannot send."""
    assert tool.http is not None
    whole_body = any(p.location == "body" and p.wire == "$" for p in tool.params)
    for upstream in op.params:
        if not upstream.required or upstream.location == "path" or upstream.name == "$":
            continue
        if (upstream.location == "body" and (whole_body or "." in upstream.name)) or _declared(
            tool, upstream
        ):
            continue
        message = f"upstream requires {upstream.location} parameter '{upstream.name}', which the tool lacks"
        yield Finding(
            tool.name, tool.http.loc, "verify-missing", message, upstream.name, upstream.name
        )


def _declared(tool: Tool, upstream: UpstreamParam) -> bool:
    """Sent by some param: by name, or for a body object through one of its nested fields."""
    fold = str.lower if upstream.location == "header" else str
    wanted = fold(upstream.name)
    return any(
        p.location == upstream.location
        and (fold(p.wire_name) == wanted or p.wire_name.startswith(f"{wanted}."))
        for p in tool.params
    )


def type_name(ref: TypeRef) -> str:
    """`string`, `integer[]`, `object` for named types; "" for `any`."""
    if ref.item is not None:
        inner = type_name(ref.item)
        return f"{inner}[]" if inner else "array"
    if ref.is_primitive:
        return "" if ref.name == "any" else ref.name
    return "object"


def schema_type_name(schema: object, resolver: Resolver) -> str:
    kind = json_type(schema, resolver)
    if kind != "array":
        return kind
    inner = schema_type_name(items_schema(schema, resolver), resolver)
    return f"{inner}[]" if inner else "array"


def _compatible(ours: str, theirs: str) -> bool:
    """Equal, or an array whose item type one side leaves open."""
    if ours == theirs:
        return True
    return "array" in (ours, theirs) and (ours.endswith("[]") or theirs.endswith("[]"))
