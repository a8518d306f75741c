"""The provider table `api.lua` builds `app.integrations` from."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from generator.hosts.lua.runtime import LuaSession
from generator.hosts.registry import ToolEntry


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
