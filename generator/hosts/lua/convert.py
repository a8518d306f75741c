"""Values across the Lua/Python boundary, with depth and size limits.

Lua -> Python: a table whose keys are exactly 1..n is a list; a table with
string keys is a dict; an empty table is `{}` unless it is a list the host made
(`json.decode("[]")`, results). Python -> Lua: dicts and lists become fresh
tables (lists marked as lists), `None` becomes nil (a hole in a list).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from generator.hosts.lua.runtime import Limits, LuaSession, lua_type
from generator.hosts.lua.schemas import Declared


class ConversionError(ValueError):
    """A value that cannot cross the boundary; the message names where it sits."""


class _Budget:
    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.left = limits.max_items

    def spend(self, path: str, depth: int) -> None:
        self.left -= 1
        if self.left < 0:
            raise ConversionError(f"{path}: more than {self.limits.max_items} values")
        if depth > self.limits.max_depth:
            raise ConversionError(
                f"{path}: nested deeper than {self.limits.max_depth} levels (or a cycle)"
            )


def to_python(session: LuaSession, value: Any, path: str, limits: Limits) -> Any:
    return _to_python(session, value, path, 0, _Budget(limits))


def _to_python(session: LuaSession, value: Any, path: str, depth: int, budget: _Budget) -> Any:
    budget.spend(path, depth)
    kind = lua_type(value)
    if kind is None:
        if isinstance(value, float) and not math.isfinite(value):
            raise ConversionError(f"{path}: {value} is not a JSON number")
        return value
    if kind != "table":
        raise ConversionError(f"{path}: cannot convert a Lua {kind}")
    items = list(value.items())  # raw traversal: no metamethods run
    if not items:
        return [] if session.values.is_array(value) else {}
    if all(type(key) is int and key > 0 for key, _ in items):
        by_index = dict(items)
        length = max(by_index)
        # A host-made list may have holes where JSON had null.
        if length == len(items) or (session.values.is_array(value) and length <= budget.left):
            return [
                _to_python(session, by_index[i], f"{path}[{i}]", depth + 1, budget)
                if i in by_index
                else None
                for i in range(1, length + 1)
            ]
    if all(isinstance(key, str) for key, _ in items):
        return {k: _to_python(session, v, f"{path}.{k}", depth + 1, budget) for k, v in items}
    raise ConversionError(f"{path}: a table must be a list (keys 1..n) or have only string keys")


def to_lua(
    session: LuaSession, value: Any, path: str, limits: Limits, declared: Declared | None = None
) -> Any:
    """A Lua value for `value`; with `declared`, tables refuse undeclared fields."""
    return _to_lua(session, value, path, 0, _Budget(limits), declared)


def _to_lua(
    session: LuaSession,
    value: Any,
    path: str,
    depth: int,
    budget: _Budget,
    declared: Declared | None,
) -> Any:
    budget.spend(path, depth)
    if isinstance(value, Mapping):
        table = session.lua.table()
        for key, item in value.items():
            if item is not None:
                child = declared.field(key) if declared else None
                table[str(key)] = _to_lua(session, item, f"{path}.{key}", depth + 1, budget, child)
        fields = declared.fields if declared else None
        if fields is not None:
            names = session.lua.table_from(dict.fromkeys(fields, True))
            return session.values.seal_object(table, names, path)
        return table
    if isinstance(value, list | tuple):
        table = session.values.new_array()
        items = declared.items() if declared else None
        for index, item in enumerate(value, start=1):
            if item is not None:
                table[index] = _to_lua(session, item, f"{path}[{index}]", depth + 1, budget, items)
        return session.values.seal_array(table, path) if declared and declared.is_list else table
    if value is None or isinstance(value, bool | int | float | str):
        return value
    raise ConversionError(f"{path}: cannot convert {type(value).__name__} to Lua")
