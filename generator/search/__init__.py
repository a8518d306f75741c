"""Ranked search over every generated function: the index behind `search_docs` and `docs.search`.

Public API (stable; other hosts import it):

    SearchIndex.load(search_dir: Path) -> SearchIndex
    index.search(query: str, *, provider: str | None = None,
                 access: str | None = None, limit: int = 10) -> list[Hit]
    Hit: frozen; full_name, lua_path, mcp_name, provider, access, summary,
         params (tuple[str, ...]), score (higher is better)
    default_search_dir() -> Path  # generated/search beside the installed `generated` package
    index.resolve(name: str) -> Hit | None  # a full name, MCP name, Lua path or alias

Records come from `generated/search/<provider-id>.json` (written by
`toolgen generate`, see `generator.render.search`). `load` only lists the
files; the first `search` reads them into an in-memory SQLite FTS5 table
(porter-stemmed unicode61 tokens, BM25 with per-column weights), kept for
every later query. `provider` is an id or a glob (`fly-*`); `access` is read,
write or destructive.
"""

from generator.search.index import Hit, SearchError, SearchIndex, default_search_dir

__all__ = ["Hit", "SearchError", "SearchIndex", "default_search_dir"]
