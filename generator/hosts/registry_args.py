"""Argument checking for the registry: spellings, required params, basic types."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Mapping
from typing import Any

from generator import naming
from generator.runtime.errors import ArgumentError
from generator.suggest import did_you_mean

_CHECKS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "string": (lambda v: isinstance(v, str), "a string"),
    "integer": (lambda v: isinstance(v, int) and not isinstance(v, bool), "an integer"),
    "number": (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool), "a number"),
    "boolean": (lambda v: isinstance(v, bool), "a boolean"),
    "object": (lambda v: isinstance(v, Mapping), "an object"),
    "any": (lambda v: True, "any value"),
}


def argument_name(
    tool: str, key: str, names: list[str], aliases: Mapping[str, str] | None = None
) -> str:
    """The param a caller's key means: `app_name`, `appName`, `app-name` or an alias."""
    if key in names:
        return key
    if aliases and key in aliases:
        return aliases[key]
    for name in names:
        if key in (naming.camel(name), naming.snake(name)) or naming.snake(key) == name:
            return name
    known = ", ".join(names) or "none"
    hint = did_you_mean(key, names)
    raise ArgumentError(
        f"{tool}: unknown parameter {key!r}{hint}; parameters: {known}", tool=tool, param=key
    )


def checked_value(tool: str, param: str, type_expr: str, enum: tuple[Any, ...], value: Any) -> Any:
    """`value` if it matches the param's type (integral floats become ints), else ArgumentError."""
    if type_expr.endswith("[]"):
        if not isinstance(value, (list, tuple)):
            raise _wrong(tool, param, "a list", value)
        item_type = type_expr[:-2]
        return [checked_value(tool, param, item_type, enum, item) for item in value]
    if type_expr == "file":
        return file_value(tool, param, value)
    if type_expr == "integer" and isinstance(value, float) and value.is_integer():
        value = int(value)
    check, expected = _CHECKS.get(type_expr, _CHECKS["object"])  # named types are objects
    if not check(value):
        raise _wrong(tool, param, expected, value)
    if enum and value not in enum:
        allowed = ", ".join(map(str, enum))
        raise ArgumentError(
            f"{tool}: parameter {param!r} must be one of {allowed}; got {value!r}",
            tool=tool,
            param=param,
        )
    return value


def file_value(tool: str, param: str, value: Any) -> tuple[str, bytes] | tuple[str, bytes, str]:
    """A file argument in its JSON form (its text, or `{"content" | "content_base64",
    "filename", "content_type"}`) as the client's `(filename, content[, type])` tuple."""
    if isinstance(value, str):
        return (param, value.encode("utf-8"))
    if not isinstance(value, Mapping):
        raise _wrong(tool, param, "a string or a file object", value)
    unknown = sorted(set(map(str, value)) - set(_FILE_KEYS))
    texts = {key: value[key] for key in _FILE_KEYS if key in value}
    bad = [key for key, text in texts.items() if not isinstance(text, str)]
    given = [key for key in ("content", "content_base64") if key in texts]
    if unknown or bad or len(given) != 1:
        raise ArgumentError(
            f"{tool}: file parameter {param!r} must be a string or an object with one of"
            " 'content' (text) or 'content_base64', and optional 'filename' and"
            " 'content_type' strings",
            tool=tool,
            param=param,
        )
    if given == ["content"]:
        content = texts["content"].encode("utf-8")
    else:
        try:
            content = base64.b64decode(texts["content_base64"], validate=True)
        except binascii.Error:
            raise ArgumentError(
                f"{tool}: file parameter {param!r}: 'content_base64' is not valid base64",
                tool=tool,
                param=param,
            ) from None
    filename = texts.get("filename") or param
    if "content_type" in texts:
        return (filename, content, texts["content_type"])
    return (filename, content)


_FILE_KEYS = ("content", "content_base64", "filename", "content_type")


def _wrong(tool: str, param: str, expected: str, value: Any) -> ArgumentError:
    kind = "null" if value is None else type(value).__name__
    return ArgumentError(
        f"{tool}: parameter {param!r} must be {expected}, got {kind}", tool=tool, param=param
    )
