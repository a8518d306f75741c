"""Compare a tool's declared return type with the response schema its provider publishes.

Rules, for every field of every named type a tool returns (nested types too):
- the field exists upstream (same wire key) and its JSON type agrees;
- every enum value is one upstream allows;
- a field upstream marks nullable is nullable here (a client must not choke on `null`);
- when the upstream object declares a `required` list, `required` here matches it
  (Fly's document declares none on its responses, so Fly's are not compared).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.spec.model import Provider, Tool, TypeRef
from generator.upstream import Resolver, Schema, Upstream
from generator.upstream.schemas import enum_values, items_schema, json_type, object_properties
from generator.verify.compare import schema_type_name, type_name
from generator.verify.match import OperationIndex, tool_path

MAX_DEPTH = 6


def response_problems(provider: Provider, upstream: Upstream) -> Iterator[str]:
    index = OperationIndex(upstream)
    for tool in provider.tools:
        if tool.http is None or tool.returns.type is None:
            continue
        op = index.find(tool.http.method, tool_path(provider, tool))
        if op is None:
            yield f"{tool.name}: no upstream operation"
            continue
        schema = op.success_schema()
        if schema is None:
            if not any(d.tool == tool.name and not d.param for d in provider.deviations):
                yield f"{tool.name}: upstream declares no response body and no deviation says why"
            continue
        found = returned_schema(tool, schema, upstream.resolver)
        if isinstance(found, str):
            yield f"{tool.name}: {found}"
            continue
        for problem in compare(provider, tool.returns.type, found, upstream.resolver, 0):
            yield f"{tool.name}: {problem}"


def returned_schema(tool: Tool, schema: Schema, resolver: Resolver) -> Schema | str:
    """The schema of the value a caller gets, or a message saying why it cannot be found."""
    if tool.returns.unwrap:
        props = _property_schemas(schema, resolver)
        if tool.returns.unwrap not in props:
            return f"upstream response has no {tool.returns.unwrap!r} to unwrap"
        schema = props[tool.returns.unwrap]
    item_key = tool.pagination.item_key
    if item_key:
        wrapper = _property_schemas(items_schema(schema, resolver), resolver)
        if not {"cursor", item_key} <= set(wrapper):
            return f"upstream list items are not {{cursor, {item_key}}} wrappers: {sorted(wrapper)}"
        return {"type": "array", "items": wrapper[item_key]}
    return schema


def compare(
    provider: Provider,
    ref: TypeRef,
    schema: Schema,
    resolver: Resolver,
    depth: int,
    where: str = "",
) -> Iterator[str]:
    upstream_type = json_type(schema, resolver)
    if ref.item is not None:
        if upstream_type not in ("array", ""):
            yield f"{where or 'value'}: a list here, {upstream_type} upstream"
        else:
            yield from compare(
                provider, ref.item, items_schema(schema, resolver), resolver, depth, where + "[]"
            )
        return
    if ref.is_primitive:
        ours, theirs = type_name(ref), schema_type_name(schema, resolver)
        if ours and theirs and ours != theirs and (ours, theirs) != ("number", "integer"):
            yield f"{where or 'value'}: {ours} here, {theirs} upstream"
        return
    typedef = provider.type(ref.name)
    assert typedef is not None
    upstream = {name: (prop, required) for name, prop, required in _properties(schema, resolver)}
    if not upstream:
        yield f"{where or 'value'}: {ref.name} here, upstream declares no properties"
        return
    declares_required = any(required for _, required in upstream.values())
    for field in typedef.fields:
        path = f"{where}.{field.key}"
        if field.key not in upstream:
            yield f"{path}: not in upstream's {ref.name}"
            continue
        prop, required = upstream[field.key]
        if declares_required and field.required != required:
            yield f"{path}: required {field.required} here, {required} upstream"
        if is_nullable(prop, resolver) and not field.nullable:
            yield f"{path}: nullable upstream but not here"
        allowed = enum_values(prop, resolver)
        extra = [value for value in field.enum if allowed and value not in allowed]
        if extra:
            yield f"{path}: enum values {extra} are not upstream's"
        if depth < MAX_DEPTH:
            yield from compare(provider, field.type, prop, resolver, depth + 1, path)


def is_nullable(schema: Any, resolver: Resolver) -> bool:
    """OpenAPI 3.0 `nullable`, a `null` in a type list, or a nullable `anyOf`/`oneOf` branch."""
    schema = resolver.deref(schema)
    kinds = schema.get("type")
    if schema.get("nullable") is True or (isinstance(kinds, list) and "null" in kinds):
        return True
    return any(is_nullable(s, resolver) for key in ("anyOf", "oneOf") for s in schema.get(key, ()))


def _properties(schema: Schema, resolver: Resolver) -> Iterator[tuple[str, Schema, bool]]:
    return object_properties(resolver.deref(schema), resolver)


def _property_schemas(schema: Schema, resolver: Resolver) -> dict[str, Schema]:
    return {name: prop for name, prop, _ in _properties(schema, resolver)}
