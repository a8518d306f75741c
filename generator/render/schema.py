"""JSON Schema (2020-12) from model types, for the MCP tools, the OpenAPI export and
the mock server's request checks.

Named types are inlined, which every MCP client understands; a type that
contains itself is emitted once under `$defs` and referenced with `$ref`.
Output objects allow unknown fields (servers add fields); inputs do not at the root,
nor anywhere when the builder is `closed` (what the mock accepts from a client).

MCP requires `type: object` at the root of an output schema, so a tool that
returns a list or a primitive, or whose answer may be empty (`returns.optional`),
gets its value wrapped as `{"result": value}`:
`output_schema` describes that shape; the MCP server wraps values to match it.
"""

from __future__ import annotations

import copy
from typing import Any

from generator.render.types_index import type_index
from generator.spec.model import Field, Param, Provider, Tool, TypeDef, TypeRef

Schema = dict[str, Any]

_PRIMITIVE_SCHEMAS: dict[str, Schema] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "object": {"type": "object"},
    "any": {},
}
RESULT_KEY = "result"
# How MCP and Lua callers pass a `file` param: its text, or an object (docs/spec-format.md).
FILE_JSON_SCHEMA: Schema = {
    "anyOf": [
        {"type": "string", "description": "The file's content as UTF-8 text."},
        {
            "type": "object",
            "properties": {
                "content": {"type": "string", "description": "The content as UTF-8 text."},
                "content_base64": {
                    "type": "string",
                    "contentEncoding": "base64",
                    "description": "The content, base64-encoded (for binary files).",
                },
                "filename": {"type": "string"},
                "content_type": {"type": "string"},
            },
            "oneOf": [{"required": ["content"]}, {"required": ["content_base64"]}],
            "additionalProperties": False,
        },
    ]
}
FILE_BINARY_SCHEMA: Schema = {"type": "string", "format": "binary"}  # OpenAPI: raw bytes


class SchemaBuilder:
    """Builds schemas for one provider and one direction (input or output).

    `inline=False` makes every named type a `$ref` to `ref_prefix + name`
    (the OpenAPI export's `#/components/schemas/`); `defs` collects the
    definitions the schemas built so far refer to. `closed` input objects
    reject keys their type does not list.
    """

    def __init__(
        self,
        provider: Provider,
        *,
        output: bool,
        closed: bool = False,
        inline: bool = True,
        ref_prefix: str = "#/$defs/",
        binary_files: bool = False,
    ) -> None:
        self.provider = provider
        self.file_schema = FILE_BINARY_SCHEMA if binary_files else FILE_JSON_SCHEMA
        self.output = output
        self.closed = closed and not output
        self.inline = inline
        self.ref_prefix = ref_prefix
        self.defs: dict[str, Schema] = {}
        self._index = type_index(provider)

    def type_schema(self, ref: TypeRef) -> Schema:
        if ref.item is not None:
            return {"type": "array", "items": self.type_schema(ref.item)}
        if ref.name == "file":
            return copy.deepcopy(self.file_schema)
        if ref.is_primitive:
            schema = dict(_PRIMITIVE_SCHEMAS[ref.name])
            if ref.name == "object" and self.output:
                schema["additionalProperties"] = True
            return schema
        typedef = self.typedef(ref.name)
        if self.inline and typedef.name not in self._index.recursive:
            return self.object_schema(typedef)
        if typedef.name not in self.defs:
            self.defs[typedef.name] = {}  # reserved while its own fields refer back to it
            self.defs[typedef.name] = self.object_schema(typedef)
        return {"$ref": self.ref_prefix + typedef.name}

    def typedef(self, name: str) -> TypeDef:
        typedef = self._index.by_name.get(name)
        if typedef is None:
            raise ValueError(f"{self.provider.id}: unknown type {name!r}")
        return typedef

    def object_schema(self, typedef: TypeDef) -> Schema:
        properties = {f.key: self.field_schema(f) for f in typedef.fields}
        schema: Schema = {"type": "object"}
        if typedef.description:
            schema["description"] = typedef.description
        schema["properties"] = properties
        required = [f.key for f in typedef.fields if f.required]
        if required:
            schema["required"] = required
        if self.output or self.closed:
            schema["additionalProperties"] = self.output
        return schema

    def field_schema(self, field: Field) -> Schema:
        schema = self.type_schema(field.type)
        description = field.description
        if field.enum and self.output:
            # Servers add values over time: outputs document them, never reject.
            known = ", ".join(f"`{v}`" for v in field.enum)
            description = f"{description} Known values: {known}.".strip()
        elif field.enum:
            schema = with_enum(schema, field.enum)
        if field.nullable:
            schema = nullable(schema)
        if description:
            schema["description"] = description
        return schema

    def param_schema(self, param: Param) -> Schema:
        schema = self.type_schema(param.type)
        description = param_description(param)
        if description:
            schema["description"] = description
        if param.enum:
            schema = with_enum(schema, param.enum)
        if param.default is not None:
            schema["default"] = param.default
        bounds = {"minimum": param.minimum, "maximum": param.maximum}
        bounds = {key: _number(value) for key, value in bounds.items() if value is not None}
        if bounds:  # for a list they bound its items
            (schema["items"] if param.type.is_list else schema).update(bounds)
        return schema

    def with_defs(self, schema: Schema) -> Schema:
        if self.defs and self.inline:
            schema["$defs"] = dict(sorted(self.defs.items()))
        return schema


def _number(value: float) -> float | int:
    """`1.0` -> `1`, so integer bounds read as integers."""
    return int(value) if float(value).is_integer() else value


def recursive_types(provider: Provider) -> frozenset[str]:
    """Named types that contain themselves, directly or through other types."""
    return type_index(provider).recursive


def with_enum(schema: Schema, values: tuple[Any, ...]) -> Schema:
    """Allowed values; for a list they constrain its items."""
    if schema.get("type") == "array":
        return dict(schema, items=with_enum(schema["items"], values))
    return dict(schema, enum=list(values))


def nullable(schema: Schema) -> Schema:
    """`{"type": "string"}` -> `{"type": ["string", "null"]}`; refs and `any` via `anyOf`."""
    if not schema:
        return schema
    kind = schema.get("type")
    if isinstance(kind, str):
        out = dict(schema, type=[kind, "null"])
        if "enum" in out:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [schema, {"type": "null"}]}


def param_description(param: Param) -> str:
    """The param's description, plus where its default comes from and its aliases."""
    text = param.description
    if param.credential and f"`{param.credential}` credential" not in text:
        text = f"{text.rstrip()} Defaults to the account's `{param.credential}` credential."
    if param.aliases:
        names = ", ".join(f"`{alias}`" for alias in param.aliases)
        text = f"{text.rstrip()} Also accepted as {names}."
    if param.deprecated:
        text = f"{text.rstrip()} {param.deprecated.sentence('param')}"
    return text.strip() if text != param.description else text


def is_required(param: Param) -> bool:
    """Required from callers: a credential default fills it otherwise."""
    return param.required and not param.credential


def input_schema(tool: Tool, provider: Provider) -> Schema:
    builder = SchemaBuilder(provider, output=False)
    schema: Schema = {
        "type": "object",
        "properties": {p.name: builder.param_schema(p) for p in tool.params},
    }
    required = [p.name for p in tool.params if is_required(p)]
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    return builder.with_defs(schema)


def needs_wrapping(tool: Tool) -> bool:
    """True when the tool's value is not an object, so MCP sends `{"result": value}`."""
    ref = tool.returns.type
    if ref is None:
        return False
    return tool.returns.optional or ref.is_list or (ref.is_primitive and ref.name != "object")


def output_schema(tool: Tool, provider: Provider) -> Schema | None:
    """Schema of the tool's MCP `structuredContent`; None when it returns nothing."""
    ref = tool.returns.type
    if ref is None:
        return None
    builder = SchemaBuilder(provider, output=True)
    if ref.is_list or ref.is_primitive:
        value = builder.type_schema(ref)
    else:  # the root must be an object, never a $ref
        value = builder.object_schema(builder.typedef(ref.name))
    if tool.returns.description:
        value["description"] = tool.returns.description
    if not needs_wrapping(tool):
        return builder.with_defs(value)
    if tool.returns.optional:  # an empty answer is `{"result": null}`
        value = nullable(value)
    wrapped: Schema = {
        "type": "object",
        "properties": {RESULT_KEY: value},
        "required": [RESULT_KEY],
        "additionalProperties": False,
    }
    return builder.with_defs(wrapped)
