"""Dotted paths into JSON values: `config.guest.cpus`, `config.mounts[0].volume`,
`config.services[*].autostop` (every element of a list).

Composed tools (spec `compose:`) place their params with these paths; nothing
here does I/O.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from generator.runtime.errors import ArgumentError
from generator.runtime.json_values import as_list, as_object, is_mapping, is_object

_SEGMENT = re.compile(r"^([A-Za-z_$][\w$-]*)((?:\[(?:\d+|\*)\])*)$")
_INDEX = re.compile(r"\[(\d+|\*)\]")
EVERY = "*"

Step = str | int  # a key, a list index, or EVERY


def parse_path(path: str) -> list[Step]:
    """`a.b[0].c` -> ["a", "b", 0, "c"]; raises ValueError for a malformed path."""
    steps: list[Step] = []
    for segment in path.split("."):
        match = _SEGMENT.match(segment)
        if match is None:
            raise ValueError(f"malformed path segment {segment!r} in {path!r}")
        steps.append(match.group(1))
        for index in _INDEX.findall(match.group(2)):
            steps.append(EVERY if index == EVERY else int(index))
    return steps


def get_path(value: Any, path: str) -> Any:
    """The value at a path without `[*]`, or None when any step is missing."""
    for step in parse_path(path):
        items = as_list(value)
        if isinstance(step, int) and items is not None and step < len(items):
            value = items[step]
        elif isinstance(step, str) and step != EVERY and is_mapping(value):
            value = value.get(step)
        else:
            return None
    return value


def delete_path(value: Any, path: str) -> None:
    """Remove the key at the end of `path` (in place) when it is there."""
    *head, last = parse_path(path)
    parent = get_path(value, _join(head)) if head else value
    if is_object(parent) and isinstance(last, str):
        parent.pop(last, None)


def set_path(root: dict[str, Any], path: str, value: Any, *, merge: bool, what: str) -> None:
    """Place `value` at `path` in `root` (in place), creating objects and list slots.

    `[*]` sets the rest of the path in every element of an existing list; a
    missing or empty list there is an ArgumentError naming `what`, so a
    setting is never dropped silently. `merge` merges an object into the
    object already at the path instead of replacing it."""
    _set(root, parse_path(path), copy.deepcopy(value), merge, what, path)


def _set(node: Any, steps: list[Step], value: Any, merge: bool, what: str, path: str) -> None:
    step, rest = steps[0], steps[1:]
    if step == EVERY:
        items = as_list(node)
        if not items:
            raise ArgumentError(f"{what}: there is nothing at {path!r} to set it on", param=what)
        for index in range(len(items)):
            _place(items, index, rest, value, merge, what, path)
        return
    _place(node, step, rest, value, merge, what, path)


def _place(
    node: Any, step: Step, rest: list[Step], value: Any, merge: bool, what: str, path: str
) -> None:
    if isinstance(step, int):
        items = as_list(node)
        if items is None:
            raise ArgumentError(f"{what}: {path!r} does not lead to a list", param=what)
        while len(items) <= step:
            items.append({})
        current = items[step]
    else:
        fields = as_object(node)
        if fields is None:
            raise ArgumentError(f"{what}: {path!r} does not lead to an object", param=what)
        current = fields.get(step)
    if not rest:
        old, new = as_object(current), as_object(value)
        node[step] = {**old, **new} if merge and old is not None and new is not None else value
        return
    if current is None:
        current = node[step] = _empty(rest[0])
    _set(current, rest, value, merge, what, path)


def _empty(step: Step) -> list[Any] | dict[str, Any]:
    """The container a missing step creates: a list before an index, else an object."""
    return [] if isinstance(step, int) or step == EVERY else {}


def _join(steps: list[Step]) -> str:
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) or step == EVERY else f".{step}"
    return text.lstrip(".")
