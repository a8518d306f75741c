"""`docs.read(name)`: the generated Lua docs of a provider or one function.

Accepted names: `fly-io` or `fly_io` (the provider page), `fly-io.list_apps`,
`fly_io.list_apps`, any alias, and any name the registry resolves.
"""

from __future__ import annotations

from pathlib import Path

from generator import naming
from generator.hosts.registry import Registry, ToolEntry
from generator.suggest import did_you_mean


class DocNotFound(LookupError):
    pass


class DocIndex:
    def __init__(self, registry: Registry, root: Path) -> None:
        self.registry = registry
        self.root = root
        self.providers: dict[str, str] = {}  # id, namespace or its Lua table path -> id
        self.tools: dict[tuple[str, str], ToolEntry] = {}  # (id, name or alias) -> entry
        for entry in registry.tools():
            self.providers[entry.provider_id] = entry.provider_id
            self.providers[entry.namespace] = entry.provider_id
            self.providers[naming.namespace_path(entry.namespace)] = entry.provider_id
            for name in (entry.name, *entry.aliases):
                self.tools[(entry.provider_id, name)] = entry

    def path(self, name: str) -> Path:
        """The doc file for `name`; DocNotFound with suggestions when unknown."""
        if name in self.providers:  # includes `app.integrations.fly_io`
            return self.root / naming.lua_doc_path(self.providers[name])
        entry = self._tool(name)
        if entry is None:
            hint = (
                did_you_mean(name, self._names())
                or '; docs.read("<provider id>") lists its functions'
            )
            raise DocNotFound(f"no docs for {name!r}{hint}")
        return self.root / naming.lua_doc_path(entry.provider_id, entry.name)

    def read(self, name: str) -> str:
        path = self.path(name)
        try:
            return path.read_text(encoding="utf-8")
        except OSError:
            raise DocNotFound(
                f"docs for {name!r} are not generated ({path.relative_to(self.root)} is missing); "
                "run `toolgen generate`"
            ) from None

    def _tool(self, name: str) -> ToolEntry | None:
        prefix, _, tool = name.rpartition(".")
        provider_id = self.providers.get(prefix)
        if provider_id is not None and (provider_id, tool) in self.tools:
            return self.tools[(provider_id, tool)]
        try:
            return self.registry.resolve(name)
        except LookupError:
            return None

    def _names(self) -> list[str]:
        ids = sorted(set(self.providers.values()))
        return ids + sorted({entry.full_name for entry in self.tools.values()})
