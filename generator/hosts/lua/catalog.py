"""The registry interface the Lua host needs, and the provider table Lua builds on."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from generator.hosts.lua.runtime import LuaSession


class ToolEntry(Protocol):
    @property
    def provider_id(self) -> str: ...
    @property
    def namespace(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def access(self) -> str: ...
    @property
    def full_name(self) -> str: ...
    @property
    def mcp_name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...


class ToolRegistry(Protocol):
    """The subset of `generator.hosts.registry.Registry` the host uses."""

    def tools(self, provider_id: str | None = None) -> Sequence[ToolEntry]: ...
    def resolve(self, name: str) -> ToolEntry: ...
    def call(
        self,
        name: str,
        arguments: Mapping[str, Any],
        *,
        account: str | None = None,
        force: bool = False,
    ) -> Any: ...


def lua_catalog(session: LuaSession, entries: Sequence[ToolEntry]) -> Any:
    """A Lua list of {id, namespace, names = {tool...}, tools = {name or alias = full_name}}."""
    providers: dict[str, dict[str, Any]] = {}
    for entry in entries:
        provider = providers.setdefault(
            entry.provider_id,
            {"id": entry.provider_id, "namespace": entry.namespace, "names": [], "tools": {}},
        )
        provider["names"].append(entry.name)
        for name in (entry.name, *entry.aliases):
            provider["tools"][name] = entry.full_name
    lua = session.lua
    return lua.table_from(
        [
            lua.table_from(
                {
                    "id": p["id"],
                    "namespace": p["namespace"],
                    "names": lua.table_from(p["names"]),
                    "tools": lua.table_from(p["tools"]),
                }
            )
            for p in providers.values()
        ]
    )


def did_you_mean(name: str, candidates: Iterable[str]) -> str:
    """`; did you mean 'list_apps'?` or "" when nothing is close."""
    matches = difflib.get_close_matches(name, list(candidates), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(map(repr, matches))}?" if matches else ""
