"""What the registry publishes about each tool, built from a generated `tools.py`."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from generator import naming
from generator.runtime.meta import ProviderSpec, ToolSpec


@frozen
class ParamInfo:
    name: str
    type: str
    required: bool  # the caller must pass it (required and not filled from a credential)
    credential: str
    enum: tuple[Any, ...]
    description: str
    aliases: tuple[str, ...] = ()  # other names callers may use (`app_id` for `app_id_or_name`)


@frozen
class ToolEntry:
    provider_id: str
    namespace: str
    name: str
    access: str  # read | write | destructive
    idempotent: bool
    full_name: str
    mcp_name: str
    lua_path: str
    aliases: tuple[str, ...]
    params: tuple[ParamInfo, ...]
    summary: str = ""
    deprecated: str = ""  # the deprecation sentence; "" when the tool is not deprecated

    @property
    def param_aliases(self) -> dict[str, str]:
        """Alias -> param name."""
        return {alias: p.name for p in self.params for alias in p.aliases}


def tool_entry(provider: ProviderSpec, spec: ToolSpec) -> ToolEntry:
    params = tuple(
        ParamInfo(
            name=p.name,
            type=p.type,
            required=p.required and not p.credential and p.default is None,
            credential=p.credential,
            enum=p.enum,
            description=p.description,
            aliases=p.aliases,
        )
        for p in spec.params
    )
    return ToolEntry(
        provider_id=provider.id,
        namespace=provider.namespace,
        name=spec.name,
        access=spec.access,
        idempotent=spec.idempotent,
        full_name=spec.full_name,
        mcp_name=spec.mcp_name,
        lua_path=spec.lua_path,
        aliases=spec.aliases,
        params=params,
        summary=spec.summary,
        deprecated=spec.deprecated,
    )


def published_names(entry: ToolEntry) -> list[str]:
    """Every name that resolves to the tool: each spelling of its name and of every alias
    (`heroku.heroku_list_addons`, `app.integrations.buildkite.list`), as Lua resolves them."""
    return [
        entry.mcp_name,
        *(
            spelling
            for name in (entry.name, *entry.aliases)
            for spelling in (
                naming.full_name(entry.provider_id, name),
                naming.lua_path(entry.namespace, name),
                naming.lua_index_path(entry.provider_id, name),
                naming.local_lua_path(entry.namespace, name),
                name,
            )
        ),
    ]
