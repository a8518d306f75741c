"""ruamel's round-trip layer for merging into an existing spec: its comments and key order
survive, and new entries are laid out like hand-written specs."""

from __future__ import annotations

import io
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString


def round_trip_yaml() -> YAML:
    yaml = YAML()  # round-trip: keeps comments and key order of an existing spec
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # long descriptions stay on one line instead of folding
    yaml.preserve_quotes = True
    return yaml


def dump_round_trip(yaml: YAML, document: Any) -> str:
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()


def literal_blocks(value: Any, flow: bool = False) -> Any:
    """Plain data as ruamel nodes laid out like hand-written specs: multi-line strings as `|`
    blocks, scalar lists (`enum`) and type fields (`id: {type: string}`) in flow style."""
    if isinstance(value, dict):
        node = CommentedMap((k, literal_blocks(v, flow=k == "fields")) for k, v in value.items())
        for field in node.values() if flow else ():
            if _is_short_field(field):
                field.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(literal_blocks(v) for v in value)
        if all(isinstance(v, str | int | float) and _flow_safe(v) for v in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value.rstrip() + "\n")
    if isinstance(value, str) and value.lower() in _YAML11_BOOLEANS:
        return DoubleQuotedScalarString(value)  # `"yes"` stays a string for YAML 1.1 readers too
    return value


_YAML11_BOOLEANS = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false"])


_FLOW_SAFE = re.compile(r"[A-Za-z0-9_./()-][A-Za-z0-9_ ./()-]*[A-Za-z0-9_./()-]|[A-Za-z0-9_./()-]?")


def _flow_safe(value: Any) -> bool:
    """Whether a value reads back the same in flow style with every YAML parser (libyaml is
    stricter than ruamel about `:` and other indicators inside flow scalars)."""
    if isinstance(value, list):
        return all(_flow_safe(v) for v in value)
    return not isinstance(value, str) or (
        len(value) <= 80 and _FLOW_SAFE.fullmatch(value.replace("[]", "")) is not None
    )


def _is_short_field(field: Any) -> bool:
    return isinstance(field, CommentedMap) and all(_flow_safe(v) for v in field.values())
