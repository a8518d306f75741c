"""The MCP server: serves the generated tool definitions, dispatches calls to the registry.

Built on the SDK's low-level `Server`, so the definitions in
`generated/mcp/*.json` go out as they are (direct mode, paged), or the three
tools of code mode (`code_mode`). A call of a tool the server does not offer
is a protocol error (invalid params); every other failure of a call (invalid
arguments, missing credential, provider error, timeout, refused destructive
call, a bug) comes back as a tool result with `isError: true`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio
import mcp_types as types
from attrs import frozen
from mcp.server import Server

from generator.hosts.mcp import capping, confirm
from generator.hosts.mcp.auth import caller_account
from generator.hosts.mcp.catalog import ToolCatalog
from generator.hosts.mcp.listing import DEFAULT_PAGE_SIZE, ToolListing
from generator.hosts.mcp.results import failure, success, unknown_tool
from generator.hosts.mcp.schemas import Validators, structured

if TYPE_CHECKING:
    from mcp.server.context import ServerRequestContext

    from generator.hosts.mcp.code_mode import CodeHandlers
    from generator.hosts.registry import Registry

logger = logging.getLogger(__name__)

PROJECT_ROOT = Path(__file__).resolve().parents[3]
DEFAULT_SCHEMAS_DIR = PROJECT_ROOT / "generated" / "mcp"
SERVER_NAME = "toolgen"
MAX_ARGUMENT_BYTES = 1_000_000  # a call's arguments as JSON; far beyond any real tool's


@frozen
class ServerOptions:
    """`providers` (ids or globs), `access`, `categories` empty: all of them.

    `read_only` hides write and destructive tools; `allow_writes` runs destructive
    calls without asking a client that cannot be asked (and writes in code mode).
    """

    providers: tuple[str, ...] = ()
    account: str | None = None
    read_only: bool = False
    schemas_dir: Path = DEFAULT_SCHEMAS_DIR
    call_timeout: float = 120.0  # backstop over the clients' own timeouts and retries
    mode: str = "direct"  # or "code"
    allow_writes: bool = False
    access: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    page_size: int = DEFAULT_PAGE_SIZE
    max_result_bytes: int = capping.DEFAULT_MAX_BYTES


class ToolHandlers:
    """`tools/list` and `tools/call` over one catalog and one (lazily loaded) registry."""

    def __init__(self, catalog: ToolCatalog, options: ServerOptions) -> None:
        self.catalog = catalog
        self.options = options
        self.listing = ToolListing(catalog.definitions, options.page_size)
        self.validators = Validators()
        self._registry: Registry | None = None
        self.provider_ids = catalog.provider_ids
        self.tool_count = len(catalog.tools)

    @property
    def instructions(self) -> str:
        providers = ", ".join(self.provider_ids) or "no providers"
        return f"Tools of {providers}, named `<provider>__<tool>`." + (
            " Read-only: tools that change data are not offered." if self.options.read_only else ""
        )

    async def list_tools(
        self, ctx: ServerRequestContext[Any], params: types.PaginatedRequestParams | None
    ) -> types.ListToolsResult:
        return self.listing.model(params.cursor if params else None)

    def input_schema(self, name: str) -> dict[str, Any] | None:
        tool = self.catalog.get(name)
        return None if tool is None else tool.definition["inputSchema"]

    def _canonical(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        """Param aliases (`app_id` for `app_id_or_name`) under the names the inputSchema lists."""
        aliases = self.registry().resolve(name).param_aliases
        if not aliases:
            return arguments
        renamed = {aliases.get(key, key): value for key, value in arguments.items()}
        return renamed if len(renamed) == len(arguments) else arguments  # both: schema says no

    async def call_tool(
        self, ctx: ServerRequestContext[Any], params: types.CallToolRequestParams
    ) -> types.CallToolResult:
        if self.catalog.get(params.name) is None:
            raise unknown_tool(self.catalog.unknown_message(params.name))
        account = caller_account(ctx.request, self.options.account)  # HTTP: the token's account
        try:
            return await self.call(params.name, params.arguments or {}, account, ctx.session)
        except Exception:  # a bug must not cost the client its answer or the server its life
            logger.exception("tool %s failed unexpectedly", params.name)
            return failure(f"{params.name}: internal error in the MCP server (see its log)")

    async def call(
        self,
        name: str,
        arguments: dict[str, Any],
        account: str | None = None,
        session: Any = None,
    ) -> types.CallToolResult:
        """`session` (the client's, for elicitation) None: destructive calls obey the flags."""
        from generator.hosts.registry import CALL_ERRORS

        tool = self.catalog.get(name)
        if tool is None:
            raise unknown_tool(self.catalog.unknown_message(name))
        definition = tool.definition
        size = _argument_bytes(arguments)
        if size > MAX_ARGUMENT_BYTES:  # refused before validation or any request is built
            message = f"arguments of {size:,} bytes exceed the limit of {MAX_ARGUMENT_BYTES:,}"
            return failure(f"{name}: {message}")
        arguments = self._canonical(name, arguments)
        problem = self.validators.problem(name, "input", definition["inputSchema"], arguments)
        if problem is not None:
            return failure(f"{name}: invalid arguments: {problem}")
        if tool.access != "read":
            refused = await self._authorize(tool, definition, arguments, account, session)
            if refused is not None:
                return failure(refused)
        try:
            with anyio.fail_after(self.options.call_timeout):
                value = await self.registry().acall(
                    name,
                    arguments,
                    account=account or self.options.account,
                    force=not self.options.read_only,
                )
        except TimeoutError:
            return failure(f"{name}: no answer within {self.options.call_timeout:g} s")
        except CALL_ERRORS as exc:
            logger.info("%s failed: %s", name, exc)
            return failure(str(exc))
        logger.info("%s ok", name)
        output_schema = definition.get("outputSchema")
        content = structured(output_schema, value)
        if output_schema is not None:
            problem = self.validators.problem(name, "output", output_schema, content)
            if problem is not None:
                return failure(
                    f"{name}: the answer does not match the tool's outputSchema: {problem}"
                )
        return self._capped(definition, value, content, output_schema is not None)

    async def _authorize(
        self,
        tool: Any,
        definition: dict[str, Any],
        arguments: dict[str, Any],
        account: str | None,
        session: Any,
    ) -> str | None:
        """The permission policy for a write: None to go ahead, else why not (nothing sent)."""
        policy = self.registry().policy
        caller = account or self.options.account or "default"
        decision = policy.decide(tool.provider_id, caller, tool.access)
        if decision == "allow":
            return None
        name = tool.name
        if decision == "deny":
            where = f" in {policy.source}" if policy.source else ""
            return f"{name}: {tool.access} calls are denied by the policy{where}; nothing was sent"
        title = str(definition.get("title") or name)
        return await confirm.refusal(
            session, name, title, arguments, self.options.allow_writes, tool.access
        )

    def _capped(
        self, definition: dict[str, Any], value: Any, content: Any, has_schema: bool
    ) -> types.CallToolResult:
        """The result, or its cut version with a note, under `max_result_bytes`."""
        shown = content if has_schema else value
        cut = capping.cap(shown, self.options.max_result_bytes, definition["inputSchema"])
        if cut is None:
            return success(value, content, has_output_schema=has_schema)
        if isinstance(cut, str):
            return failure(f"{definition['name']}: {cut}")
        result = success(cut.value, cut.value, has_output_schema=has_schema)
        result.content.append(types.TextContent(type="text", text=cut.note))
        return result

    def registry(self) -> Registry:
        """Loaded on the first call, so start-up stays fast and clients load only when used."""
        if self._registry is None:
            from generator.hosts.registry import Registry

            self._registry = Registry.load(self.catalog.provider_ids)
        return self._registry

    @asynccontextmanager
    async def lifespan(self, server: Server[Any]) -> AsyncIterator[None]:
        """The server's lifespan: provider clients are closed when it stops."""
        try:
            yield
        finally:
            if self._registry is not None:
                await self._registry.aclose()


def build_server(handlers: ToolHandlers | CodeHandlers) -> Server[Any]:
    server: Server[Any] = Server(
        SERVER_NAME,
        version=_version(),
        instructions=handlers.instructions,
        lifespan=handlers.lifespan,
        get_tool_input_schema=handlers.input_schema,
        on_list_tools=handlers.list_tools,
        on_call_tool=handlers.call_tool,
    )
    server.middleware.append(handlers.listing)
    return server


def load_handlers(options: ServerOptions) -> ToolHandlers | CodeHandlers:
    """Raises `CatalogError` for a missing or malformed schema dir or an unknown provider."""
    if options.mode == "code":
        from generator.hosts.mcp.code_mode import load_code_handlers

        return load_code_handlers(options)
    catalog = ToolCatalog.load(
        options.schemas_dir,
        options.providers,
        read_only=options.read_only,
        access=options.access,
        categories=options.categories,
    )
    return ToolHandlers(catalog, options)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("toolgen")
    except PackageNotFoundError:
        return "0"


def _argument_bytes(arguments: dict[str, Any]) -> int:
    return len(json.dumps(arguments, ensure_ascii=False).encode("utf-8"))
