"""A unified diff of a plan, capped so a large drift stays readable."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from generator.output.plan import Change

DIFF_LIMIT = 200


def change_diff(change: Change) -> list[str]:
    old_name = "/dev/null" if change.kind == "new" else f"a/{change.path}"
    new_name = "/dev/null" if change.kind == "stale" else f"b/{change.path}"
    return list(
        difflib.unified_diff(
            change.old.splitlines(), change.new.splitlines(), old_name, new_name, lineterm=""
        )
    )


def capped_diff(changes: Iterable[Change], limit: int = DIFF_LIMIT) -> str:
    lines = [line for change in changes for line in change_diff(change)]
    if len(lines) > limit:
        lines = [*lines[:limit], f"… {len(lines) - limit} more lines"]
    return "".join(f"{line}\n" for line in lines)
