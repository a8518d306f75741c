"""A fast YAML writer for a freshly imported spec (plain dicts, lists and scalars).

ruamel's round-trip emitter (kept for merging into an existing spec, where
comments must survive) takes seconds on a 1 MB spec; this writes the same
layout in a fraction of that: two-space mappings, `  - ` list items, `|`
blocks for multi-line text, flow style for short type fields (`{type: string}`)
and scalar lists. A string is written plain only when every YAML parser reads
it back as that same string; otherwise it is double-quoted (JSON escapes are
valid YAML). `tests/importer/test_emit.py` checks the round trip.
"""

from __future__ import annotations

import json
import re
from typing import Any

# YAML 1.1 and 1.2 words that do not read back as strings
_SPECIAL = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"])
_PLAIN = re.compile(r"[A-Za-z_/(][^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u0085]*")
_FLOW_PLAIN = re.compile(r"[A-Za-z_/(][A-Za-z0-9_ ./()-]*")
_BLOCK_TEXT = re.compile(r"[^\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\u0085]*")
FLOW_MAX = 80


def dump(data: dict[str, Any]) -> str:
    lines: list[str] = []
    _mapping(data, 0, lines, fields=False)
    return "\n".join(lines) + "\n"


def _scalar(value: Any, flow: bool = False) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    text = str(value)
    if "\n" in text:  # multi-line text ends in one newline, as in `|` blocks
        text = text.rstrip() + "\n"
    pattern = _FLOW_PLAIN if flow else _PLAIN
    if (
        pattern.fullmatch(text)
        and text.lower() not in _SPECIAL
        and ": " not in text
        and " #" not in text
        and not text.endswith((":", " "))
        and "\t" not in text
    ):
        return text
    return json.dumps(text, ensure_ascii=False)


def _flow_ok(value: Any) -> bool:
    if isinstance(value, dict | list):
        return False
    return not isinstance(value, str) or (len(value) <= FLOW_MAX and "\n" not in value)


def _flow(value: dict[str, Any] | list[Any]) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v, flow=True) for v in value) + "]"
    return (
        "{"
        + ", ".join(f"{_scalar(k, flow=True)}: {_scalar(v, flow=True)}" for k, v in value.items())
        + "}"
    )


def _block_text(text: str) -> bool:
    return (
        "\n" in text.rstrip("\n")
        and _BLOCK_TEXT.fullmatch(text) is not None
        and not text[:1].isspace()
        and "\r" not in text
    )


def _value(key: str, value: Any, indent: int, lines: list[str], fields: bool) -> None:
    pad = " " * indent
    if isinstance(value, dict) and value:
        if fields and all(_flow_ok(v) for v in value.values()):
            lines.append(f"{pad}{key}: {_flow(value)}")
        else:
            lines.append(f"{pad}{key}:")
            _mapping(value, indent + 2, lines, fields=key == "fields")
    elif isinstance(value, list) and value:
        if all(_flow_ok(v) for v in value):
            lines.append(f"{pad}{key}: {_flow(value)}")
        else:
            lines.append(f"{pad}{key}:")
            _sequence(value, indent + 2, lines)
    elif isinstance(value, dict | list):
        lines.append(f"{pad}{key}: {'{}' if isinstance(value, dict) else '[]'}")
    elif isinstance(value, str) and _block_text(value):
        body = value.rstrip()  # read back as `body + "\n"`, as the round-trip writer does
        lines.append(f"{pad}{key}: |")
        lines += [f"{pad}  {line}" if line else "" for line in body.split("\n")]
    else:
        lines.append(f"{pad}{key}: {_scalar(value)}")


def _mapping(data: dict[str, Any], indent: int, lines: list[str], fields: bool) -> None:
    for key, value in data.items():
        _value(_scalar(key), value, indent, lines, fields)


def _sequence(items: list[Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for item in items:
        if isinstance(item, dict) and item:
            start = len(lines)
            _mapping(item, indent + 2, lines, fields=False)
            lines[start] = f"{pad}- {lines[start][indent + 2 :]}"
        elif isinstance(item, list) and item:
            lines.append(f"{pad}- {_flow(item)}" if all(_flow_ok(v) for v in item) else f"{pad}-")
            if not all(_flow_ok(v) for v in item):
                _sequence(item, indent + 2, lines)
        else:
            lines.append(
                f"{pad}- {_scalar(item) if not isinstance(item, dict | list) else '{}' if isinstance(item, dict) else '[]'}"
            )
