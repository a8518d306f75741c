"""The result size cap: a value whose JSON exceeds `max_bytes` is cut, and says so.

A list (or a wrapped `{"result": [...]}` list) keeps as many leading items as
fit, so `structuredContent` stays valid for the tool's outputSchema; a note
block says how large the answer was and which parameters ask for less. Any
other oversized value becomes a tool error with the same advice.
"""

from __future__ import annotations

import json
from typing import Any

from attrs import frozen

from generator.render.schema import RESULT_KEY

DEFAULT_MAX_BYTES = 100_000  # about 25k tokens: room left in an agent's context
NARROWING_HINTS = 8  # parameters named in the advice


@frozen
class Cut:
    value: Any  # what is sent: the value with fewer items
    note: str


def size_of(value: Any) -> int:
    return len(json.dumps(value, ensure_ascii=False).encode("utf-8"))


def cap(value: Any, max_bytes: int, input_schema: dict[str, Any]) -> Cut | str | None:
    """None when `value` fits; a `Cut` for a list; else the message of a tool error."""
    size = size_of(value)
    if size <= max_bytes:
        return None
    advice = how_to_get_less(input_schema)
    items, wrap = _items(value)
    if items is None:
        return f"the answer is {size:,} bytes, over this server's cap of {max_bytes:,}; {advice}"
    kept = _fitting(items, max_bytes)
    note = (
        f"cut: the answer was {size:,} bytes ({len(items)} items), over the cap of "
        f"{max_bytes:,}; {kept} item(s) are shown; {advice}"
    )
    return Cut({RESULT_KEY: items[:kept]} if wrap else items[:kept], note)


def how_to_get_less(input_schema: dict[str, Any]) -> str:
    required = set(input_schema.get("required") or ())
    optional = [name for name in input_schema.get("properties") or {} if name not in required]
    if not optional:
        return "ask for one item at a time, or raise the cap with --max-result-bytes"
    names = ", ".join(optional[:NARROWING_HINTS])
    return f"ask for less with the tool's filtering or paging parameters ({names})"


def _items(value: Any) -> tuple[list[Any] | None, bool]:
    if isinstance(value, list):
        return value, False
    if (
        isinstance(value, dict)
        and list(value) == [RESULT_KEY]
        and isinstance(value[RESULT_KEY], list)
    ):
        return value[RESULT_KEY], True
    return None, False


def _fitting(items: list[Any], max_bytes: int) -> int:
    """How many leading items fit in `max_bytes` of JSON (with room for the wrapper)."""
    used, budget = 2, max_bytes - len(RESULT_KEY) - 8
    for count, item in enumerate(items):
        used += size_of(item) + 2
        if used > budget:
            return count
    return len(items)
