"""Tool names for imported operations: derived, de-duplicated and kept within MCP's limit.

Rules (docs/importing.md):
1. the name is the snake_case operationId, else `<method>_<path words>`;
2. names that are keywords or client members get a trailing `_`;
3. a name already taken (duplicate operationIds, or two ids that fold to the
   same snake_case) gets `_2`, `_3`... in document order;
4. when `<namespace>__<name>` would exceed 64 characters, the name is cut to
   fit and ends in `_` plus the first 6 hex digits of the SHA-1 of the full
   name, so two long names that share a prefix stay apart.
"""

from __future__ import annotations

import hashlib

from generator.naming import CLIENT_MEMBERS, MCP_NAME_MAX, MCP_SEPARATOR, is_reserved_word, snake
from generator.upstream import Operation

_HASH_LEN = 6


def derived_name(op: Operation) -> str:
    name = snake(op.operation_id) or snake(f"{op.method} {op.path}") or "call"
    name = "_".join(part for part in name.split("_") if part)  # `__` would split MCP names
    if not name[0].isalpha():
        name = f"op_{name}"
    if is_reserved_word(name) or name in CLIENT_MEMBERS:
        name = f"{name}_"
    return name


def shorten(name: str, namespace: str) -> str:
    """`name`, or its cut form with a hash suffix when the MCP name would be too long."""
    room = MCP_NAME_MAX - len(namespace) - len(MCP_SEPARATOR)
    if len(name) <= room:
        return name
    digest = hashlib.sha1(name.encode()).hexdigest()[:_HASH_LEN]
    head = name[: room - _HASH_LEN - 1].rstrip("_")
    return f"{head}_{digest}"


class ToolNames:
    """Hands out unique tool names; records each change for the report."""

    def __init__(self, namespace: str, taken: set[str] | None = None) -> None:
        self.namespace = namespace
        self.taken = set(taken or ())
        self.notes: list[tuple[Operation, str]] = []

    def claim(self, op: Operation, wanted: str = "") -> str:
        base = wanted or derived_name(op)
        name, counter = shorten(base, self.namespace), 2
        while name in self.taken:
            name, counter = shorten(f"{base}_{counter}", self.namespace), counter + 1
        if name != shorten(base, self.namespace):
            self.notes.append(
                (op, f"name '{base}' is taken (duplicate operationId?): named '{name}'")
            )
        elif name != base:
            self.notes.append((op, f"name '{base}' is too long for MCP: shortened to '{name}'"))
        self.taken.add(name)
        return name
