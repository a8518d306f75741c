"""Reading JSON Schemas as published (OpenAPI 3.0 `nullable`, 3.1 / draft-04 type lists, combinators)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from generator.upstream.model import Schema, UpstreamParam
from generator.upstream.refs import Resolver

JSON_TYPES = ("string", "integer", "number", "boolean", "array", "object")
COMBINATORS = ("allOf", "oneOf", "anyOf")
MAX_BODY_DEPTH = 4


def json_type(schema: Any, resolver: Resolver) -> str:
    """The one JSON type a schema describes (`null` ignored), or "" when it is open or ambiguous."""
    schema = resolver.deref(schema)
    declared = schema.get("type")
    kinds = [declared] if isinstance(declared, str) else list(declared or ())
    kinds = [k for k in kinds if k != "null"]
    if kinds:
        return kinds[0] if len(kinds) == 1 else ""
    for key in COMBINATORS:
        alternatives = {json_type(s, resolver) for s in schema.get(key, ())} - {"null"}
        if len(alternatives) == 1:
            return alternatives.pop()
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return ""


def items_schema(schema: Any, resolver: Resolver) -> Schema:
    return resolver.deref(resolver.deref(schema).get("items", {}))


def enum_values(schema: Any, resolver: Resolver) -> tuple[Any, ...]:
    """Allowed values (of the items, for arrays); empty when unrestricted."""
    schema = resolver.deref(schema)
    if json_type(schema, resolver) == "array":
        return enum_values(schema.get("items", {}), resolver)
    if "enum" in schema:
        return tuple(v for v in schema["enum"] if v is not None)
    for key in ("oneOf", "anyOf"):
        values = [enum_values(s, resolver) for s in schema.get(key, ())]
        if values and all(values):
            return tuple(dict.fromkeys(v for vs in values for v in vs))
    return ()


def object_properties(schema: Any, resolver: Resolver) -> Iterator[tuple[str, Schema, bool]]:
    """(name, schema, required) of every property, merged across `allOf`/`oneOf`/`anyOf`.

    Properties of `oneOf`/`anyOf` alternatives are never required: no single
    alternative's requirement applies to every request.
    """
    seen: set[str] = set()
    for name, prop, required in _properties(resolver.deref(schema), resolver, True, 0):
        if name not in seen:
            seen.add(name)
            yield name, prop, required


def _properties(
    schema: Schema, resolver: Resolver, binding: bool, depth: int
) -> Iterator[tuple[str, Schema, bool]]:
    required = set(schema.get("required", ())) if binding else set()
    for name, prop in (schema.get("properties") or {}).items():
        yield name, prop, name in required
    if depth > 8:
        return
    for key in COMBINATORS:
        for alternative in schema.get(key, ()):
            inner = resolver.deref(alternative)
            yield from _properties(inner, resolver, binding and key == "allOf", depth + 1)


def body_params(body: Schema, resolver: Resolver, body_required: bool) -> tuple[UpstreamParam, ...]:
    """The whole body (`$`) and every property, nested ones as dotted paths (`config.image`)."""
    whole = UpstreamParam("$", "body", resolver.deref(body), body_required)
    return (whole, *_flatten(body, resolver, "", body_required, 0, frozenset()))


def _flatten(
    schema: Schema,
    resolver: Resolver,
    prefix: str,
    required: bool,
    depth: int,
    refs: frozenset[str],
) -> Iterator[UpstreamParam]:
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if depth >= MAX_BODY_DEPTH or (isinstance(ref, str) and ref in refs):
        return
    refs = refs | {ref} if isinstance(ref, str) else refs
    for name, prop, prop_required in object_properties(schema, resolver):
        path = f"{prefix}{name}"
        resolved = resolver.deref(prop)
        description = str(resolved.get("description", ""))
        yield UpstreamParam(path, "body", resolved, required and prop_required, description)
        if json_type(resolved, resolver) == "object":
            yield from _flatten(
                prop, resolver, f"{path}.", required and prop_required, depth + 1, refs
            )
