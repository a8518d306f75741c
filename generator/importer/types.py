"""Spec type expressions and `types:` entries from published JSON Schemas.

Referenced schemas become types named after the reference (`#/components/schemas/Machine`
-> `Machine`); inline objects are named after where they appear (`Machine` field
`config` -> `MachineConfig`). Nesting deeper than `max_depth` is typed `object`.
"""

from __future__ import annotations

import re
from typing import Any

from generator.naming import (
    ANNOTATION_BUILTINS,
    MODEL_MEMBERS,
    MODULE_NAMES,
    RESERVED_PARAMS,
    is_reserved_word,
    snake,
)
from generator.upstream import Resolver, Schema
from generator.upstream.schemas import enum_values, json_type, object_properties

MAX_DEPTH = 4
_PRIMITIVES = ("string", "integer", "number", "boolean")


def pascal(text: str) -> str:
    """`flydv1.ExecResponse` -> `Flydv1ExecResponse`, `service` -> `Service`."""
    parts = re.split(r"[^A-Za-z0-9]+", text)
    name = "".join(p[:1].upper() + p[1:] for p in parts if p)
    return name if name[:1].isalpha() else f"T{name}"


# `self`: the generated models' __init__ takes every field as a keyword argument.
FIELD_RESERVED = ANNOTATION_BUILTINS | MODEL_MEMBERS | {"self"}


def unique_name(wanted: str, taken: set[str], reserved: frozenset[str] = RESERVED_PARAMS) -> str:
    """A snake_case identifier, not a keyword nor `reserved`, not in `taken` (which it joins)."""
    name = snake(wanted) or "value"
    if not name[0].isalpha():
        name = f"n_{name}"
    if is_reserved_word(name) or name in reserved:
        name = f"{name}_"
    candidate, counter = name, 2
    while candidate in taken:
        candidate, counter = f"{name}_{counter}", counter + 1
    taken.add(candidate)
    return candidate


def is_nullable(schema: Schema) -> bool:
    kind = schema.get("type")
    return bool(schema.get("nullable")) or (isinstance(kind, list) and "null" in kind)


class TypeCollector:
    """Collects the `types:` a set of operations needs, as plain data for YAML."""

    def __init__(
        self, resolver: Resolver, max_depth: int = MAX_DEPTH, reserved: frozenset[str] = frozenset()
    ) -> None:
        self.resolver = resolver
        self.max_depth = max_depth
        self.reserved = MODULE_NAMES | reserved  # names the client module defines itself
        self.types: dict[str, dict[str, Any]] = {}
        self._by_ref: dict[str, str] = {}

    def expr(self, schema: Any, context: str, depth: int = 0) -> str:
        """The type expression for `schema`; `context` names an inline object type."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        resolved = self.resolver.deref(schema)
        kind = json_type(resolved, self.resolver)
        if kind in _PRIMITIVES:
            return kind
        if kind == "array":
            item = self.expr(resolved.get("items", {}), f"{context}Item", depth)
            return f"{item}[]"
        if kind == "object" or (kind == "" and any(object_properties(resolved, self.resolver))):
            properties = list(object_properties(resolved, self.resolver))
            if not properties or depth >= self.max_depth:
                return "object"
            name = self._by_ref.get(ref) if isinstance(ref, str) else None
            if name is None:
                name = self._claim(
                    pascal(Resolver.ref_name(schema)) if isinstance(ref, str) else pascal(context)
                )
                if isinstance(ref, str):
                    self._by_ref[ref] = name
                self.types[name] = {}  # reserved while its fields refer back to it
                self.types[name] = self._typedef(name, resolved, properties, depth)
            return name
        return "any"

    def _claim(self, wanted: str) -> str:
        name, counter = wanted, 2
        if name in self.reserved:
            name = f"{wanted}Type"
        while name in self.types or name in self.reserved:
            name, counter = f"{wanted}{counter}", counter + 1
        return name

    def _typedef(
        self, name: str, schema: Schema, properties: list[tuple[str, Schema, bool]], depth: int
    ) -> dict[str, Any]:
        entry: dict[str, Any] = {}
        if schema.get("description"):
            entry["description"] = str(schema["description"]).strip()
        fields: dict[str, Any] = {}
        taken: set[str] = set()
        for key, prop, required in properties:
            field = self._field(name, key, prop, required, depth)
            python_name = unique_name(field.get("name", key), taken, FIELD_RESERVED)
            if python_name != key:
                field["name"] = python_name
            fields[key] = field
        entry["fields"] = fields
        return entry

    def _field(
        self, owner: str, key: str, prop: Schema, required: bool, depth: int
    ) -> dict[str, Any]:
        resolved = self.resolver.deref(prop)
        field: dict[str, Any] = {"type": self.expr(prop, f"{owner}{pascal(key)}", depth + 1)}
        if required:
            field["required"] = True
        if is_nullable(resolved):
            field["nullable"] = True
        values = [v for v in enum_values(resolved, self.resolver) if isinstance(v, str)]
        if values and field["type"] in ("string", "string[]"):
            field["enum"] = values
        if snake(key) != key:
            field["name"] = snake(key)
        if resolved.get("description"):
            field["description"] = str(resolved["description"]).strip()
        return field
