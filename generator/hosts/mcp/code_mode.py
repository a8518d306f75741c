"""`toolgen mcp serve --mode code`: the whole catalog behind search_docs, read_docs, run_lua.

Start-up reads no catalog: the search index is listed (not built) and the
registry, Lua host and docs load on first use, so the time to the first
answer does not grow with the number of providers.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import mcp_types as types

from generator import naming
from generator.hosts.mcp import capping, code_tools
from generator.hosts.mcp.auth import caller_account
from generator.hosts.mcp.catalog import CatalogError, select
from generator.hosts.mcp.listing import ToolListing
from generator.hosts.mcp.results import failure, success, unknown_tool
from generator.hosts.mcp.schemas import Validators
from generator.search import SearchError, SearchIndex
from generator.suggest import unknown

if TYPE_CHECKING:
    from mcp.server import Server
    from mcp.server.context import ServerRequestContext

    from generator.hosts.lua import LuaHost
    from generator.hosts.mcp.server import ServerOptions
    from generator.hosts.registry import Registry

logger = logging.getLogger(__name__)
WRITE_FLAG = "--allow-writes"


class CodeHandlers:
    """The three tools over a lazily built search index, registry and Lua host."""

    def __init__(self, index: SearchIndex, options: ServerOptions) -> None:
        self.index = index
        self.options = options
        self.provider_ids = index.provider_ids
        self.tool_count = 3  # whatever the size of the catalog
        self.definitions = {
            d["name"]: d for d in code_tools.definitions(allow_writes=options.allow_writes)
        }
        self.listing = ToolListing(list(self.definitions.values()))
        self.validators = Validators()
        self._registry: Registry | None = None
        self._hosts: dict[tuple[str | None, bool], LuaHost] = {}

    @property
    def instructions(self) -> str:
        providers = ", ".join(self.provider_ids) or "no providers"
        return code_tools.INSTRUCTIONS.format(providers=providers)

    async def list_tools(
        self, ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return self.listing.model(params.cursor if params else None)

    def input_schema(self, name: str) -> dict[str, Any] | None:
        definition = self.definitions.get(name)
        return None if definition is None else definition["inputSchema"]

    async def call_tool(
        self, ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        name, arguments = params.name, params.arguments or {}
        definition = self.definitions.get(name)
        if definition is None:
            raise unknown_tool(
                f"unknown tool {name!r}: this server offers {', '.join(self.definitions)}"
            )
        problem = self.validators.problem(name, "input", definition["inputSchema"], arguments)
        if problem is not None:
            return failure(f"{name}: invalid arguments: {problem}")
        try:
            if name == code_tools.SEARCH:
                value = self.search(arguments)
            elif name == code_tools.READ:
                value = await anyio.to_thread.run_sync(self.read, arguments["name"])
            else:
                token_account = caller_account(ctx.request)  # a token's: the only one
                account = token_account or self.options.account
                value = await self.run(arguments["code"], account, token_account is not None)
        except (SearchError, LookupError, CatalogError) as exc:
            return failure(f"{name}: {exc}")
        except Exception:  # a bug must not cost the client its answer or the server its life
            logger.exception("tool %s failed unexpectedly", name)
            return failure(f"{name}: internal error in the MCP server (see its log)")
        size = capping.size_of(value)
        if size > self.options.max_result_bytes:  # only run_lua can answer this much
            return failure(
                f"{name}: the answer is {size:,} bytes, over this server's cap of "
                f"{self.options.max_result_bytes:,}; return or print less (filter or "
                "summarise in Lua, or pass the functions' paging parameters)"
            )
        return success(value, value, has_output_schema=True, is_error=value.get("ok") is False)

    def search(self, arguments: dict[str, Any]) -> dict[str, Any]:
        hits = self.index.search(
            arguments["query"],
            provider=arguments.get("provider"),
            access=arguments.get("access"),
            limit=arguments.get("limit", 10),
        )
        fields = ("full_name", "lua_path", "access", "summary")
        return {
            "hits": [
                {**{key: getattr(hit, key) for key in fields}, "params": list(hit.params)}
                for hit in hits
            ]
        }

    def read(self, name: str) -> dict[str, Any]:
        """From the search records and the doc files: no client module is imported."""
        root = search_dir(self.options.schemas_dir).parent.parent  # the project's
        provider = naming.strip_lua_root(name.strip()).replace("_", "-")
        if provider in self.provider_ids:
            path = root / naming.lua_doc_path(provider)
        elif (hit := self.index.resolve(name)) is not None:
            path = root / naming.lua_doc_path(hit.provider, hit.full_name.rpartition(".")[2])
        else:
            message = unknown("function", name, [*self.provider_ids, *self.index.names])
            if "did you mean" not in message:
                message += "; search_docs finds names"
            raise LookupError(message)
        try:
            return {"name": name, "markdown": path.read_text(encoding="utf-8")}
        except OSError:
            raise LookupError(
                f"docs for {name!r} are not generated (run `toolgen generate`)"
            ) from None

    async def run(self, code: str, account: str | None, locked: bool = False) -> dict[str, Any]:
        host = self._host(account, locked)
        result = await anyio.to_thread.run_sync(host.run, code, code_tools.RUN)
        logger.info("run_lua %s, %d call(s)", "ok" if result.ok else "failed", len(result.calls))
        return {**result.as_json(), "calls": result.calls}

    def _host(self, account: str | None, locked: bool) -> LuaHost:
        host = self._hosts.get((account, locked))
        if host is None:
            from generator.hosts.lua import LuaHost

            host = self._hosts[account, locked] = LuaHost(
                self.registry(),
                force=self.options.allow_writes,
                account=account,
                lock_account=locked,
                write_flag=WRITE_FLAG,
            )
        return host

    def registry(self) -> Registry:
        if self._registry is None:
            from generator.hosts.registry import Registry

            self._registry = Registry.load(self.provider_ids)
        return self._registry

    @asynccontextmanager
    async def lifespan(self, server: Server[Any]) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if self._registry is not None:
                self._registry.close()


def load_code_handlers(options: ServerOptions) -> CodeHandlers:
    """Lists the search records of the chosen providers; raises CatalogError otherwise."""
    try:
        files = SearchIndex.load(search_dir(options.schemas_dir)).files
    except SearchError as exc:
        raise CatalogError(str(exc)) from None
    if options.access or options.categories:
        raise CatalogError(
            "--access and --category filter direct mode; in code mode search_docs "
            "takes access and provider filters per query"
        )
    chosen = select(files, options.providers)  # ids or globs, as in direct mode
    return CodeHandlers(SearchIndex({p: files[p] for p in chosen}), options)


def search_dir(schemas_dir: Path) -> Path:
    """`generated/search`, beside the tool lists of `--schemas-dir` (`generated/mcp`)."""
    return schemas_dir.parent / "search"
