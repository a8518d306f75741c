"""Parsed JSON (or TOML) values with the types the checkers need.

`isinstance(value, dict)` tells pyright only `dict[Unknown, Unknown]`; these say what a
parsed document holds (string keys, values of any JSON type), so code reading response
bodies and files is clean under `pyright --strict` as well as `mypy --strict`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeAlias, TypeGuard

JSONObject: TypeAlias = dict[str, Any]


def is_object(value: object) -> TypeGuard[JSONObject]:
    return isinstance(value, dict)


def is_mapping(value: object) -> TypeGuard[Mapping[str, Any]]:
    return isinstance(value, Mapping)


def is_list(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list)


def is_sequence(value: object) -> TypeGuard[list[Any] | tuple[Any, ...]]:
    """A list or a tuple: what arguments pass as arrays."""
    return isinstance(value, (list, tuple))


def as_object(value: object) -> JSONObject | None:
    """`value` when it is an object (a dict), else None."""
    return value if is_object(value) else None


def as_list(value: object) -> list[Any] | None:
    """`value` when it is an array (a list), else None."""
    return value if is_list(value) else None


def as_sequence(value: object) -> list[Any] | tuple[Any, ...] | None:
    """`value` when it is a list or a tuple, else None."""
    return value if is_sequence(value) else None
