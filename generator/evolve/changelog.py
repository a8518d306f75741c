"""Draft the next `changelog:` entry of a spec from the classified changes, in people's words."""

from __future__ import annotations

import json
from collections.abc import Sequence

from generator.evolve.changes import Change

_WORDS = {
    "tool-added": "Added `{tool}`.",
    "tool-removed": "Removed `{tool}`.",
    "param-added": "`{tool}` takes a new optional parameter `{param}`.",
    "param-added-required": "`{tool}` requires a new parameter `{param}`.",
    "param-removed": "`{tool}` no longer takes `{param}`.",
    "param-now-required": "`{tool}` now requires `{param}`.",
    "param-now-optional": "`{tool}` no longer requires `{param}`.",
    "access-raised": "`{tool}` now changes data: it needs `--force` or an allowing policy.",
    "access-lowered": "`{tool}` no longer changes data.",
    "pagination-added": "`{tool}` returns every page.",
    "pagination-removed": "`{tool}` returns one page only.",
    "enum-value-added": "`{tool}`: `{param}` accepts more values.",
    "enum-value-removed": "`{tool}`: `{param}` accepts fewer values.",
}


def human(change: Change) -> str:
    """One changelog line; kinds without a fixed wording reuse the change's message."""
    kept = "; the old name still works" if not change.breaking else ""
    if change.code == "tool-renamed":
        return f"`{change.before}` is now `{change.tool}`{kept}."
    if change.code == "param-renamed":
        return f"`{change.tool}`: parameter `{change.before}` is now `{change.param}`{kept}."
    template = _WORDS.get(change.code)
    if template is not None and change.tool:
        return template.format(tool=change.tool, param=change.param)
    message = change.message.split(" (add `aliases:")[0]
    return message if message.endswith(".") else f"{message}."


def draft_entry(version: str, changes: Sequence[Change]) -> str:
    """A YAML snippet to paste under `changelog:` (newest first)."""
    lines = [f"  - version: {version}", "    changes:"]
    lines += [f"      - {json.dumps(human(change), ensure_ascii=False)}" for change in changes]
    return "\n".join(lines)
