"""`docs.read`, `docs.list` and `docs.search`: the generated Lua docs and the search index.

Accepted names: `fly-io` or `fly_io` (the provider page), `fly-io.list_apps`,
`fly_io.list_apps`, any alias, and any name the registry resolves.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import naming
from generator.hosts.registry import Registry, ToolEntry
from generator.suggest import unknown


class DocNotFound(LookupError):
    pass


class DocIndex:
    def __init__(self, registry: Registry, root: Path) -> None:
        self.registry = registry
        self.root = root
        self.providers: dict[str, str] = {}  # id, namespace or its Lua table path -> id
        self.tools: dict[tuple[str, str], ToolEntry] = {}  # (id, name or alias) -> entry
        self._search: Any = None  # generator.search.SearchIndex, loaded on first search
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
            message = unknown("function", name, self._names())
            if "did you mean" not in message:
                message += '; docs.read("<provider id>") lists its functions'
            raise DocNotFound(message)
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

    def listing(self, provider: object = None) -> list[dict[str, object]]:
        """`docs.list()`: every provider; `docs.list("fly-io")`: its functions."""
        if provider is None:
            counts: dict[str, int] = {}
            for entry in self.registry.tools():
                counts[entry.provider_id] = counts.get(entry.provider_id, 0) + 1
            first = {e.provider_id: e for e in reversed(self.registry.tools())}
            return [
                {
                    "id": pid,
                    "namespace": naming.namespace_path(first[pid].namespace),
                    "functions": count,
                }
                for pid, count in sorted(counts.items())
            ]
        name = provider if isinstance(provider, str) else ""
        if name.startswith("integrations."):
            name = name.removeprefix("integrations.")
        if name not in self.providers:
            known = sorted(set(self.providers.values()))
            raise DocNotFound(f"docs.list: {unknown('provider', str(provider), known)}")
        return [
            {
                "name": e.name,
                "full_name": e.full_name,
                "lua_path": e.lua_path,
                "access": e.access,
                "summary": e.summary,
            }
            for e in self.registry.tools(self.providers[name])
        ]

    def search(self, query: object, options: dict[str, object]) -> list[dict[str, object]]:
        """`docs.search(query, {provider=, access=, limit=})`: the MCP `search_docs` ranking."""
        if not isinstance(query, str) or not query.strip():
            raise DocNotFound('docs.search expects words to look for, such as "restart machine"')
        unknown = sorted(set(options) - {"provider", "access", "limit"})
        if unknown:
            raise DocNotFound(
                f"docs.search: unknown option {unknown[0]!r} (provider, access, limit)"
            )
        from generator.search import SearchError, SearchIndex, default_search_dir

        if self._search is None:
            local = self.root / "generated" / "search"
            self._search = SearchIndex.load(local if local.is_dir() else default_search_dir())
        limit = options.get("limit", 10)
        try:
            hits = self._search.search(
                query,
                provider=_text(options.get("provider")),
                access=_text(options.get("access")),
                limit=limit if isinstance(limit, int) else 10,
            )
        except SearchError as exc:
            raise DocNotFound(f"docs.search: {exc}") from None
        return [
            {
                "full_name": hit.full_name,
                "lua_path": hit.lua_path,
                "provider": hit.provider,
                "access": hit.access,
                "summary": hit.summary,
                "params": list(hit.params),
            }
            for hit in hits
        ]


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None
