"""Deterministic response bodies synthesized from a tool's declared return type.

Strings are `"<field>-<n>"`, integers `n`, numbers `n + 0.5`, booleans true,
files the bytes of `"<field>-<n>"` (sample client arguments), enums their
first value, lists two items; `n` is the item's 1-based index.
Optional fields that would recurse into a type already being built are left
out (nullable ones are null), so self-referencing types terminate.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.spec.model import Field, Provider, Tool, TypeRef

LIST_LENGTH = 2
_OMIT = object()


def synthesize(provider: Provider, ref: TypeRef, index: int = 1, label: str = "") -> Any:
    """A value of type `ref`; `label` names the field it fills (for strings)."""
    return _value(provider, ref, index, label or ref.base.name, ())


def item_at(provider: Provider, tool: Tool, index: int) -> Any:
    """The `index`-th (1-based) item of a list tool: from its example, else synthesized."""
    examples = example_items(tool)
    if examples:
        return copy.deepcopy(examples[(index - 1) % len(examples)])
    assert tool.returns.type is not None and tool.returns.type.item is not None
    return synthesize(provider, tool.returns.type.item, index)


def example_items(tool: Tool) -> list[Any]:
    """The list inside `response_example` (unwrapped; cursor wrappers removed)."""
    body = tool.response_example
    if isinstance(body, Mapping) and tool.returns.unwrap:
        body = body.get(tool.returns.unwrap)
    if not isinstance(body, list):
        return []
    key = tool.pagination.item_key
    if key:
        return [item[key] for item in body if isinstance(item, Mapping) and key in item]
    return body


def echo_path_params(value: Any, tool: Tool, path_values: Mapping[str, Any]) -> Any:
    """Copy the last path param into the matching key of a returned object.

    `GET /apps/{app_name}` answers with `name` set to the requested name;
    `{machine_id}` fills `id`, `{number}` fills `number`.
    """
    if not isinstance(value, dict) or not path_values:
        return value
    wire, requested = list(path_values.items())[-1]
    param = next((p for p in tool.params if p.wire_name == wire), None)
    names = [wire] + ([param.name] if param else [])
    candidates = names + [_suffix(name) for name in names]
    for key in candidates:
        if key in value and type(value[key]) is type(requested):
            return {**value, key: requested}
    return value


def _suffix(name: str) -> str:
    """`app_name` -> `name`, `org.slug` -> `slug`, `serviceId` -> `id`."""
    for separator in ("_", ".", "-"):
        name = name.rsplit(separator, 1)[-1]
    tail = next((name[i:] for i in range(len(name)) if name[i].isupper()), name)
    return tail.lower()


def _value(provider: Provider, ref: TypeRef, index: int, label: str, stack: tuple[str, ...]) -> Any:
    if ref.item is not None:
        if ref.base.name in stack:
            return []
        return [_value(provider, ref.item, n, label, stack) for n in range(1, LIST_LENGTH + 1)]
    primitive = {
        "string": f"{label}-{index}",
        "integer": index,
        "number": index + 0.5,
        "boolean": True,
        "object": {},
        "any": None,
        "file": f"{label}-{index}".encode(),  # file content, as a Python client argument
    }
    if ref.name in primitive:
        return primitive[ref.name]
    typedef = provider.type(ref.name)
    if typedef is None:
        return None
    fields = ((f.key, _field(provider, f, index, stack + (ref.name,))) for f in typedef.fields)
    return {key: value for key, value in fields if value is not _OMIT}


def _field(provider: Provider, field: Field, index: int, stack: tuple[str, ...]) -> Any:
    if field.enum:
        return field.enum[0] if not field.type.is_list else [field.enum[0]]
    if field.type.item is None and field.type.name in stack:
        return None if field.nullable else _OMIT
    return _value(provider, field.type, index, field.key, stack)
