"""Reading `generated/search/<id>.json` into flat records the index stores."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrs import frozen


class SearchError(Exception):
    """The search directory or one of its files is unusable."""


@frozen
class Record:
    full_name: str
    lua_path: str
    mcp_name: str
    provider: str
    provider_name: str
    category: str
    access: str
    summary: str
    description: str
    params: tuple[str, ...]
    aliases: tuple[str, ...]


def search_files(directory: Path) -> dict[str, Path]:
    """{provider id: records file}; the id is the file's stem."""
    if not directory.is_dir():
        raise SearchError(f"{directory}: no search records here (run `toolgen generate` first)")
    return {path.stem: path for path in sorted(directory.glob("*.json"))}


def read_records(path: Path) -> Iterator[Record]:
    try:
        document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        provider = str(document["provider"])
        for tool in document["tools"]:
            yield Record(
                full_name=tool["full_name"],
                lua_path=tool["lua_path"],
                mcp_name=tool["mcp_name"],
                provider=provider,
                provider_name=str(document.get("name", provider)),
                category=str(document.get("category", "")),
                access=tool["access"],
                summary=tool.get("summary", ""),
                description=tool.get("description", ""),
                params=tuple(tool.get("params", ())),
                aliases=tuple(tool.get("aliases", ())),
            )
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise SearchError(f"{path}: unreadable search records: {exc!r}") from None
