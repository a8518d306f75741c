"""The tools the server offers, read once from `generated/mcp/<id>.json`.

Each file is a `tools/list`-shaped `{"tools": [...]}` written by `toolgen
generate`; its definitions are served as they are (see `listing`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from attrs import frozen

from generator.suggest import did_you_mean

Definition = dict[str, Any]


class CatalogError(Exception):
    """The schema directory, a schema file or a `--provider` choice is unusable."""


@frozen
class CatalogTool:
    provider_id: str
    definition: Definition

    @property
    def name(self) -> str:
        return str(self.definition["name"])

    @property
    def read_only(self) -> bool:
        return (self.definition.get("annotations") or {}).get("readOnlyHint") is True


class ToolCatalog:
    """Tool definitions by MCP name, in file order."""

    def __init__(self, tools: Iterable[CatalogTool], hidden: Iterable[str] = ()) -> None:
        self.tools: dict[str, CatalogTool] = {}
        for tool in tools:
            if tool.name in self.tools:
                raise CatalogError(f"tool {tool.name!r} is defined twice")
            self.tools[tool.name] = tool
        self.hidden = frozenset(hidden)  # write tools left out by --read-only

    @classmethod
    def load(
        cls, directory: Path, providers: Iterable[str] = (), *, read_only: bool = False
    ) -> ToolCatalog:
        files = provider_files(directory)
        chosen = list(dict.fromkeys(providers)) or sorted(files)
        unknown = [p for p in chosen if p not in files]
        if unknown:
            available = ", ".join(sorted(files)) or "none"
            raise CatalogError(f"unknown provider(s) {', '.join(unknown)} (available: {available})")
        tools = [
            tool for provider_id in chosen for tool in read_file(files[provider_id], provider_id)
        ]
        hidden = {tool.name for tool in tools if read_only and not tool.read_only}
        return cls([tool for tool in tools if tool.name not in hidden], hidden)

    @property
    def definitions(self) -> list[Definition]:
        return [tool.definition for tool in self.tools.values()]

    @property
    def provider_ids(self) -> list[str]:
        return sorted({tool.provider_id for tool in self.tools.values()})

    def get(self, name: str) -> CatalogTool | None:
        return self.tools.get(name)

    def unknown_message(self, name: str) -> str:
        """Why `name` cannot be called, with close matches."""
        if name in self.hidden:
            return f"tool {name!r} changes data and is not available: the server runs read-only"
        return f"unknown tool {name!r}{did_you_mean(name, self.tools)}"


def provider_files(directory: Path) -> dict[str, Path]:
    """{provider id: schema file}; the id is the file's stem (`fly-io.json`)."""
    if not directory.is_dir():
        raise CatalogError(f"{directory}: no MCP schemas here (run `toolgen generate` first)")
    files = {path.stem: path for path in sorted(directory.glob("*.json"))}
    if not files:
        raise CatalogError(f"{directory}: no <provider>.json MCP schemas in this directory")
    return files


def read_file(path: Path, provider_id: str) -> list[CatalogTool]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CatalogError(f"{path}: cannot read MCP schemas: {exc}") from None
    tools = document.get("tools") if isinstance(document, dict) else None
    if not isinstance(tools, list):
        raise CatalogError(f"{path}: expected an object with a `tools` list")
    for index, tool in enumerate(tools):
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            raise CatalogError(f"{path}: tools[{index}] has no string `name`")
        if not isinstance(tool.get("inputSchema"), dict):
            raise CatalogError(
                f"{path}: tools[{index}] ({tool['name']}) has no `inputSchema` object"
            )
    return [CatalogTool(provider_id, tool) for tool in tools]
