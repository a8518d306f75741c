"""A tiny declarative schema for YAML mappings: known keys, types, required keys, choices.

`read_mapping` reports unknown keys (with a suggestion), wrong types, missing
required keys and invalid choices, and returns the keys that passed as plain
Python values, so the builder never sees a value of the wrong type.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from attrs import frozen
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.model import Loc
from generator.spec.yaml_source import Source, describe, to_plain


@frozen
class Kind:
    label: str  # "a string"
    types: tuple[type, ...]

    def accepts(self, value: Any) -> bool:
        if isinstance(value, bool) and bool not in self.types and object not in self.types:
            return False
        return isinstance(value, self.types)


STR = Kind("a string", (str,))
BOOL = Kind("a boolean", (bool,))
INT = Kind("an integer", (int,))
NUMBER = Kind("a number", (int, float))
LIST = Kind("a list", (list,))
MAP = Kind("a mapping", (dict,))
STR_OR_LIST = Kind("a string or a list", (str, list))
STR_OR_MAP = Kind("a string or a mapping", (str, dict))
PAGINATION = Kind("a style name, true or a mapping", (str, bool, dict))
ANY = Kind("any value", (object,))


@frozen
class Key:
    kind: Kind
    required: bool = False
    choices: tuple[str, ...] = ()


Schema = Mapping[str, Key]


class Fields:
    """The checked keys of one mapping, with their locations."""

    def __init__(
        self, source: Source, node: CommentedMap, loc: Loc, values: dict[str, Any]
    ) -> None:
        self.source = source
        self.node = node
        self.loc = loc
        self._values = values

    def __contains__(self, key: str) -> bool:
        return key in self._values

    def get(self, key: str, default: Any = None) -> Any:
        """The plain value of a well-typed key."""
        return to_plain(self._values[key]) if key in self._values else default

    def raw(self, key: str) -> Any:
        """The ruamel node of a well-typed key (for nested mappings and sequences)."""
        return self._values.get(key)

    def text(self, key: str, default: str = "") -> str:
        return str(self._values[key]) if key in self._values else default

    def value_loc(self, key: str) -> Loc:
        return self.source.value_loc(self.node, key) if key in self.node else self.loc

    def key_loc(self, key: str) -> Loc:
        return self.source.key_loc(self.node, key) if key in self.node else self.loc


def read_mapping(
    source: Source, node: Any, schema: Schema, what: str, at: Loc, report: Report
) -> Fields | None:
    """Check `node` against `schema`; `what` names it in messages ("tool 'list_apps'")."""
    if not isinstance(node, CommentedMap):
        report.error(at, "wrong-type", f"{what}: expected a mapping, got {describe(node)}")
        return None
    loc = source.node_loc(node, at)
    values: dict[str, Any] = {}
    for key, value in node.items():
        key_loc = source.key_loc(node, key)
        spec = schema.get(key) if isinstance(key, str) else None
        if spec is None:
            hint = did_you_mean(str(key), schema)
            report.error(key_loc, "unknown-key", f"unknown key '{key}' in {what}{hint}")
        elif _check_value(source, node, key, value, spec, what, report):
            values[key] = value
    for key, spec in schema.items():
        if spec.required and key not in node:
            report.error(loc, "missing-field", f"{what} is missing required key '{key}'")
    return Fields(source, node, loc, values)


def _check_value(
    source: Source, node: CommentedMap, key: str, value: Any, spec: Key, what: str, report: Report
) -> bool:
    loc = source.value_loc(node, key)
    if not spec.kind.accepts(value):
        report.error(
            loc,
            "wrong-type",
            f"'{key}' of {what}: expected {spec.kind.label}, got {describe(value)}",
        )
        return False
    if spec.choices and isinstance(value, str) and value not in spec.choices:
        hint = did_you_mean(value, spec.choices) or _case_hint(value, spec.choices)
        allowed = ", ".join(spec.choices)
        report.error(
            loc, "invalid-value", f"invalid {key} '{value}' (expected one of: {allowed}){hint}"
        )
        return False
    return True


def _case_hint(value: str, choices: tuple[str, ...]) -> str:
    match = next((c for c in choices if c.lower() == value.lower()), None)
    return f" (did you mean '{match}'?)" if match else ""


def items(source: Source, seq: Any) -> Iterator[tuple[Any, Loc]]:
    """Each item of a sequence with its location."""
    if isinstance(seq, CommentedSeq):
        for index, item in enumerate(seq):
            yield item, source.item_loc(seq, index)


def entries(source: Source, mapping: Any) -> Iterator[tuple[str, Any, Loc]]:
    """Each `name: value` entry of a mapping with the location of its key."""
    if isinstance(mapping, CommentedMap):
        for key, value in mapping.items():
            yield str(key), value, source.key_loc(mapping, key)
