"""Dotted paths into JSON values: `config.guest.cpus`, `config.mounts[0].volume`,
`config.services[*].autostop` (every element of a list).

Composed tools (spec `compose:`) place their params with these paths; nothing
here does I/O.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from generator.runtime.errors import ArgumentError

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
        if isinstance(step, int) and isinstance(value, list) and step < len(value):
            value = value[step]
        elif isinstance(step, str) and step != EVERY and isinstance(value, Mapping):
            value = value.get(step)
        else:
            return None
    return value


def delete_path(value: Any, path: str) -> None:
    """Remove the key at the end of `path` (in place) when it is there."""
    *head, last = parse_path(path)
    parent = get_path(value, _join(head)) if head else value
    if isinstance(parent, dict) and isinstance(last, str):
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
        if not isinstance(node, list) or not node:
            raise ArgumentError(f"{what}: there is nothing at {path!r} to set it on", param=what)
        for index in range(len(node)):
            _place(node, index, rest, value, merge, what, path)
        return
    _place(node, step, rest, value, merge, what, path)


def _place(
    node: Any, step: Step, rest: list[Step], value: Any, merge: bool, what: str, path: str
) -> None:
    if isinstance(step, int):
        if not isinstance(node, list):
            raise ArgumentError(f"{what}: {path!r} does not lead to a list", param=what)
        while len(node) <= step:
            node.append({})
    elif not isinstance(node, dict):
        raise ArgumentError(f"{what}: {path!r} does not lead to an object", param=what)
    if not rest:
        current = node[step] if isinstance(step, int) else node.get(step)
        if merge and isinstance(current, dict) and isinstance(value, dict):
            node[step] = {**current, **value}
        else:
            node[step] = value
        return
    current = node[step] if isinstance(step, int) else node.get(step)
    if current is None:
        current = [] if isinstance(rest[0], int) or rest[0] == EVERY else {}
        node[step] = current
    _set(current, rest, value, merge, what, path)


def _join(steps: list[Step]) -> str:
    text = ""
    for step in steps:
        text += f"[{step}]" if isinstance(step, int) or step == EVERY else f".{step}"
    return text.lstrip(".")
