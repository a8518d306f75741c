"""Completion callbacks for provider ids and tool names: read `specs/` and
`generated/search/` directly, with no spec loading, so a Tab press stays quick."""

from __future__ import annotations

from pathlib import Path


def _root() -> Path | None:
    here = Path.cwd()
    for folder in (here, *here.parents):
        if (folder / "specs").is_dir():
            return folder
    return None


def provider_ids() -> list[str]:
    root = _root()
    if root is None:
        return []
    return sorted(path.stem for path in (root / "specs").glob("*.yaml"))


def tool_names() -> list[str]:
    import json

    root = _root()
    if root is None:
        return []
    names: list[str] = []
    for path in sorted((root / "generated" / "search").glob("*.json")):
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        names += [tool["full_name"] for tool in record.get("tools", [])]
    return names


def complete_provider(incomplete: str) -> list[str]:
    return [name for name in provider_ids() if name.startswith(incomplete)]


def complete_tool(incomplete: str) -> list[str]:
    return [name for name in tool_names() if name.startswith(incomplete)]
