"""JSON Schemas for spec types, used to check request bodies and (in tests) responses.

Named types become `$defs` entries referenced by `$ref`, so types that refer to
each other need no special handling. `strict` schemas reject unknown object keys
(what a client may send); lenient ones allow them (what a server may add).
"""

from __future__ import annotations

from typing import Any

from generator.spec.model import Field, Param, Provider, TypeRef

Schema = dict[str, Any]

_PRIMITIVES: dict[str, Schema] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "object": {"type": "object"},
    "any": {},
}


def ref_schema(ref: TypeRef) -> Schema:
    """The schema of a type expression; named types point into `$defs`."""
    if ref.item is not None:
        return {"type": "array", "items": ref_schema(ref.item)}
    if ref.name in _PRIMITIVES:
        return dict(_PRIMITIVES[ref.name])
    return {"$ref": f"#/$defs/{ref.name}"}


def field_schema(field: Field) -> Schema:
    schema = ref_schema(field.type)
    if field.enum:
        schema = _with_enum(schema, field.enum)
    return {"anyOf": [schema, {"type": "null"}]} if field.nullable else schema


def param_schema(param: Param) -> Schema:
    """The schema of a param's value, with its enum and bounds."""
    schema = ref_schema(param.type)
    if param.enum:
        schema = _with_enum(schema, param.enum)
    bounds = {"minimum": param.minimum, "maximum": param.maximum}
    bounds = {key: value for key, value in bounds.items() if value is not None}
    if bounds:
        target = schema["items"] if param.type.item is not None else schema
        target.update(bounds)
    return schema


def definitions(provider: Provider, *, strict: bool) -> Schema:
    """`$defs` for every named type of the provider."""
    return {
        typedef.name: {
            "type": "object",
            "properties": {f.key: field_schema(f) for f in typedef.fields},
            "required": [f.key for f in typedef.fields if f.required],
            "additionalProperties": not strict,
        }
        for typedef in provider.types
    }


def with_definitions(schema: Schema, provider: Provider, *, strict: bool) -> Schema:
    return {**schema, "$defs": definitions(provider, strict=strict)}


def _with_enum(schema: Schema, values: tuple[Any, ...]) -> Schema:
    if schema.get("type") == "array":
        return {**schema, "items": {**schema["items"], "enum": list(values)}}
    return {**schema, "enum": list(values)}
