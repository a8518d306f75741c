"""The tools the server offers, read once from `generated/mcp/<id>.json`.

Each file is a `tools/list`-shaped `{"tools": [...]}` written by `toolgen
generate`; its definitions are served as they are (see `listing`). Filters:
providers by id or glob, the provider's category, and tool access.
"""

from __future__ import annotations

import fnmatch
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from attrs import frozen

from generator.suggest import did_you_mean

Definition = dict[str, Any]
ACCESS = ("read", "write", "destructive")
CATEGORY_KEY = "toolgen/category"  # in the file's `_meta`


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
    def annotations(self) -> dict[str, Any]:
        """{} when absent or malformed (the listing reports a malformed one)."""
        annotations = self.definition.get("annotations")
        return annotations if isinstance(annotations, dict) else {}

    @property
    def read_only(self) -> bool:
        return self.annotations.get("readOnlyHint") is True

    @property
    def access(self) -> str:
        """read, write or destructive, from the annotations (MCP's defaults: destructive)."""
        if self.read_only:
            return "read"
        return "write" if self.annotations.get("destructiveHint") is False else "destructive"


class ToolCatalog:
    """Tool definitions by MCP name, in file order."""

    def __init__(
        self,
        tools: Iterable[CatalogTool],
        hidden: Iterable[str] = (),
        access: Iterable[str] = ACCESS,
    ) -> None:
        self.tools: dict[str, CatalogTool] = {}
        for tool in tools:
            if tool.name in self.tools:
                raise CatalogError(f"tool {tool.name!r} is defined twice")
            self.tools[tool.name] = tool
        self.hidden = frozenset(hidden)  # tools left out by the access filter
        self.access = tuple(access)

    @classmethod
    def load(
        cls,
        directory: Path,
        providers: Iterable[str] = (),
        *,
        read_only: bool = False,
        access: Iterable[str] = (),
        categories: Iterable[str] = (),
    ) -> ToolCatalog:
        """`providers`: ids or globs; `read_only` is `access=("read",)`."""
        files = provider_files(directory)
        chosen = select(files, providers)
        allowed = ("read",) if read_only else tuple(a for a in ACCESS if a in access) or ACCESS
        wanted = {c.casefold() for c in categories}
        tools: list[CatalogTool] = []
        found: set[str] = set()
        for provider_id in chosen:
            category, provider_tools = read_provider(files[provider_id], provider_id)
            found.add(category)
            if not wanted or category.casefold() in wanted:
                tools += provider_tools
        if wanted and not tools:
            known = ", ".join(sorted(c for c in found if c)) or "none"
            raise CatalogError(f"no provider in category {', '.join(categories)} (known: {known})")
        hidden = {tool.name for tool in tools if tool.access not in allowed}
        return cls([tool for tool in tools if tool.name not in hidden], hidden, allowed)

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
        if name in self.hidden and self.access == ("read",):
            return f"tool {name!r} changes data and is not available: the server runs read-only"
        if name in self.hidden:
            offered = ", ".join(self.access)
            return f"tool {name!r} is not offered: this server serves only {offered} tools"
        return f"unknown tool {name!r}{did_you_mean(name, self.tools)}"


def provider_files(directory: Path) -> dict[str, Path]:
    """{provider id: schema file}; the id is the file's stem (`fly-io.json`)."""
    if not directory.is_dir():
        raise CatalogError(f"{directory}: no MCP schemas here (run `toolgen generate` first)")
    files = {path.stem: path for path in sorted(directory.glob("*.json"))}
    if not files:
        raise CatalogError(f"{directory}: no <provider>.json MCP schemas in this directory")
    return files


def select(files: dict[str, Path], patterns: Iterable[str]) -> list[str]:
    """Provider ids matching any of `patterns` (ids or globs), in file order; all when none."""
    patterns = list(dict.fromkeys(patterns))
    if not patterns:
        return sorted(files)
    unknown = [p for p in patterns if not fnmatch.filter(files, p)]
    if unknown:
        from generator.suggest import unknown as unknown_name

        raise CatalogError("; ".join(unknown_name("provider", p, sorted(files)) for p in unknown))
    return [pid for pid in sorted(files) if any(fnmatch.fnmatchcase(pid, p) for p in patterns)]


def read_file(path: Path, provider_id: str) -> list[CatalogTool]:
    return read_provider(path, provider_id)[1]


def read_provider(path: Path, provider_id: str) -> tuple[str, list[CatalogTool]]:
    """The provider's category (from `_meta`, "" when absent) and its tools."""
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
    meta = document.get("_meta")
    category = meta.get(CATEGORY_KEY, "") if isinstance(meta, dict) else ""
    return str(category), [CatalogTool(provider_id, tool) for tool in tools]
