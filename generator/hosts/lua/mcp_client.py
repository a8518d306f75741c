"""Sessions with the user's MCP servers (the official SDK) for one script run.

The SDK is async; Lua calls are not. Sessions live on an event loop in a
background thread, each in one task that opens the transport, initializes,
and holds both open until `close`. Servers start on first use. Every wait is
bounded by the script's remaining time; failures name the server.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import tempfile
import threading
from collections.abc import Callable, Coroutine
from typing import Any

from generator.hosts.lua.mcp_config import ServerConfig
from generator.suggest import did_you_mean

CLOSE_WAIT = 5.0  # seconds for each step of stopping the servers when the script ends


def preload() -> None:
    """Imports the SDK's client modules now (they take a second or two), so each
    forked run inherits them instead of importing them again."""
    import mcp.client.session
    import mcp.client.stdio
    import mcp.client.streamable_http
    import mcp.shared.exceptions  # noqa: F401


class McpFailure(Exception):
    def __init__(self, message: str, tool: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.tool = tool


def _reason(exc: BaseException) -> str:
    """The innermost message of an exception (task groups wrap them)."""
    while isinstance(exc, BaseExceptionGroup) and exc.exceptions:
        exc = exc.exceptions[0]
    return str(exc) or type(exc).__name__


class Connection:
    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.session: Any = None
        self.stop = asyncio.Event()
        self.errlog = tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace")  # noqa: SIM115 - closed by McpServers.close
        self.tools: dict[str, Any] | None = None
        self.holder: asyncio.Task[Any] | None = None  # the task running `hold`
        self.failure = ""  # why it did not start, repeated to every later use

    def stderr_tail(self) -> str:
        with contextlib.suppress(OSError, ValueError):
            self.errlog.seek(0)
            lines = [line for line in self.errlog.read().splitlines() if line.strip()]
            return f" (stderr: {lines[-1][-300:]})" if lines else ""
        return ""

    async def hold(self, ready: concurrent.futures.Future[Any]) -> None:
        from mcp.client.session import ClientSession

        self.holder = asyncio.current_task()
        try:
            async with contextlib.AsyncExitStack() as stack:
                read, write = await stack.enter_async_context(self._transport(stack))
                session = await stack.enter_async_context(ClientSession(read, write))
                await session.initialize()
                if ready.done():  # the caller stopped waiting (its time ran out)
                    return
                self.session = session
                ready.set_result(session)
                await self.stop.wait()
        except BaseException as exc:  # noqa: BLE001 - reported to the waiting call
            if not ready.done():
                ready.set_exception(exc)

    def _transport(self, stack: contextlib.AsyncExitStack) -> Any:
        config = self.config
        if config.transport == "stdio":
            from mcp.client.stdio import StdioServerParameters, stdio_client

            params = StdioServerParameters(
                command=config.command, args=list(config.args), env=dict(config.env), cwd=config.cwd
            )
            return stdio_client(params, errlog=self.errlog)
        from mcp.client.streamable_http import streamable_http_client
        from mcp.shared._httpx_utils import create_mcp_http_client

        client = create_mcp_http_client(headers=dict(config.headers)) if config.headers else None
        if client is not None:
            stack.push_async_callback(client.aclose)
        return streamable_http_client(config.url, http_client=client)


class McpServers:
    """The configured servers; `call` runs one SDK coroutine against a started session."""

    def __init__(self, configs: dict[str, ServerConfig], time_left: Callable[[], float]) -> None:
        self.configs = configs
        self.time_left = time_left
        self._connections: dict[str, Connection] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None

    def config(self, name: Any) -> ServerConfig:
        if isinstance(name, str) and name in self.configs:
            return self.configs[name]
        known = ", ".join(sorted(self.configs)) or "none: add servers to the MCP config file"
        hint = did_you_mean(str(name), list(self.configs)) if isinstance(name, str) else ""
        raise McpFailure(f"no MCP server {name!r}{hint} (configured: {known})")

    def _wait(self, future: concurrent.futures.Future[Any], what: str) -> Any:
        timeout = max(0.01, self.time_left())
        try:
            return future.result(timeout)
        except concurrent.futures.TimeoutError:
            future.cancel()
            raise McpFailure(f"{what} timed out after {timeout:.3g}s") from None

    def _submit(self, coro: Coroutine[Any, Any, Any]) -> concurrent.futures.Future[Any]:
        if self._loop is None:
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
            self._thread.start()
        return asyncio.run_coroutine_threadsafe(coro, self._loop)

    def session(self, name: Any) -> Any:
        config = self.config(name)
        connection = self._connections.get(config.name)
        if connection is None:
            connection = self._connections[config.name] = Connection(config)
            ready: concurrent.futures.Future[Any] = concurrent.futures.Future()
            self._submit(connection.hold(ready))
            try:
                self._wait(ready, f"MCP server {config.name!r}: start")
            except McpFailure as exc:
                connection.failure = exc.message
            except Exception as exc:  # noqa: BLE001 - any reason a server fails to start
                connection.failure = (
                    f"MCP server {config.name!r} failed to start: {_reason(exc)}"
                    + connection.stderr_tail()
                )
        if connection.session is None:
            raise McpFailure(connection.failure or f"MCP server {config.name!r} did not start")
        return connection.session

    def request(self, name: str, what: str, work: Callable[[Any], Coroutine[Any, Any, Any]]) -> Any:
        """`work(session)` on the server's loop; errors name the server and the request."""
        session = self.session(name)
        try:
            return self._wait(self._submit(work(session)), f"MCP server {name!r}: {what}")
        except McpFailure:
            raise
        except Exception as exc:  # noqa: BLE001 - protocol and transport errors alike
            from mcp.shared.exceptions import MCPError

            # The server's own error answer needs no stderr; a broken connection may.
            tail = "" if isinstance(exc, MCPError) else self._connections[name].stderr_tail()
            raise McpFailure(f"MCP server {name!r}: {what} failed: {_reason(exc)}{tail}") from None

    def offers(self, name: str, capability: str) -> bool:
        """Whether the started server announced `capability` (resources, prompts)."""
        capabilities = self.session(name).server_capabilities
        return capabilities is not None and getattr(capabilities, capability, None) is not None

    def connection(self, name: str) -> Connection:
        self.session(name)
        return self._connections[name]

    async def _stop_all(self) -> None:
        """Ends every session: started ones are asked to stop, ones still starting
        (or stuck) are cancelled; either way the SDK stops the server process
        (stdin closed, a grace period, then a kill)."""
        holders = {c.holder: c for c in self._connections.values() if c.holder is not None}
        for task, connection in holders.items():
            connection.stop.set()
            if connection.session is None:
                task.cancel()
        if not holders:
            return
        _, pending = await asyncio.wait(holders, timeout=CLOSE_WAIT)
        for task in pending:
            task.cancel()
        if pending:
            await asyncio.wait(pending, timeout=CLOSE_WAIT)

    def close(self) -> None:
        """Stop every started server (bounded) and the loop."""
        loop = self._loop
        if loop is None:
            return
        stopping = asyncio.run_coroutine_threadsafe(self._stop_all(), loop)
        with contextlib.suppress(Exception):
            stopping.result(3 * CLOSE_WAIT)
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(CLOSE_WAIT)
        for connection in self._connections.values():
            connection.errlog.close()
        self._loop = None
