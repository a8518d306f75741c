"""Python literals laid out the way `ruff format` would.

Flat when the line fits in 100 columns, else one item per line with a
trailing comma, so generated files are ruff-format clean without running ruff.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from generator.render.escape import Escaped, py_str

LINE = 100


@frozen
class Call:
    func: str
    args: tuple[tuple[str, Any], ...]  # (keyword or "", value)


def literal(value: Any, indent: int = 0, used: int = 0, tail: int = 0) -> str:
    """`value` as Python source starting after `used` columns, followed by `tail` columns."""
    flat = _flat(value)
    items = _items(value)
    if items is None or ("\n" not in flat and used + len(flat) + tail <= LINE):
        return flat
    opener, closer = _brackets(value)
    inner = " " * (indent + 4)
    lines = [opener]
    for prefix, item in items:
        text = literal(item, indent + 4, indent + 4 + len(prefix), 1)
        lines.append(f"{inner}{prefix}{text},")
    return "\n".join([*lines, " " * indent + closer])


def _items(value: Any) -> list[tuple[str, Any]] | None:
    if isinstance(value, Call):
        return [(f"{key}=" if key else "", item) for key, item in value.args]
    if isinstance(value, (tuple, list)):
        return [("", item) for item in value]
    if isinstance(value, dict):
        return [(f"{_flat(key)}: ", item) for key, item in value.items()]
    return None


def _brackets(value: Any) -> tuple[str, str]:
    if isinstance(value, Call):
        return f"{value.func}(", ")"
    if isinstance(value, list):
        return "[", "]"
    return ("(", ")") if isinstance(value, tuple) else ("{", "}")


def _flat(value: Any) -> str:
    if isinstance(value, Escaped):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    items = _items(value)
    if items is None:
        raise TypeError(f"cannot write {type(value).__name__} as a Python literal")
    text = ", ".join(prefix + _flat(item) for prefix, item in items)
    opener, closer = _brackets(value)
    if isinstance(value, tuple) and len(value) == 1:
        text += ","
    return opener + text + closer


def _string(text: str) -> str:
    """A string literal quoted as ruff prefers: double quotes unless that needs more escapes."""
    body = str(py_str(text))[1:-1]
    if text.count('"') > text.count("'"):
        return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"
    return '"' + body + '"'


def code(text: str) -> Escaped:
    """Source built here from escaped parts."""
    return Escaped(text)


def expr(value: Any, indent: int, used: int, tail: int = 0) -> Escaped:
    return code(literal(value, indent, used, tail))
