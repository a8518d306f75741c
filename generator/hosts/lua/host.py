"""Run Lua scripts: one fresh sandboxed runtime per run, in a child process the host can kill."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path
from typing import Any, TextIO

from attrs import define, field

from generator.hosts.lua import mcp_client
from generator.hosts.lua.bridge import Bridge, Output
from generator.hosts.lua.bridge_extras import Extras
from generator.hosts.lua.calllog import CallLog
from generator.hosts.lua.catalog import lua_catalog
from generator.hosts.lua.convert import ConversionError, to_python
from generator.hosts.lua.docs import DocIndex
from generator.hosts.lua.isolation import can_fork, run_in_child
from generator.hosts.lua.mcp_api import McpApi
from generator.hosts.lua.mcp_client import McpServers
from generator.hosts.lua.mcp_config import ServerConfig
from generator.hosts.lua.regex_api import RegexApi
from generator.hosts.lua.runtime import Limits, LuaError, LuaSession
from generator.hosts.lua.schemas import ResultSchemas
from generator.hosts.registry import Registry

PROJECT_ROOT = Path(__file__).resolve().parents[3]
ERROR_KEYS = ("message", "status", "tool", "param")
Answer = tuple[bool, Any, "dict[str, Any] | None"]  # ok, result, error fields


@define
class RunResult:
    """What `toolgen lua --json` prints: ok, result, output, error and the call log."""

    ok: bool
    result: Any = None
    output: str = ""
    error: dict[str, Any] | None = None
    calls: list[dict[str, Any]] = field(factory=list)  # see calllog.py for the record keys

    def as_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "result": self.result,
            "output": self.output,
            "error": self.error,
            "calls": self.calls,
        }


@define
class LuaHost:
    """Runs scripts with `app.integrations`, `app.mcp`, `docs`, `json`, `regex`, `mcp`,
    `lua_read_doc`, `dump` and `print`; with `registry=None`, the MCP-only set
    (`app.mcp`, `mcp`, `json`, `regex`, printing).

    `force` allows write and destructive tools; `account` is the account of
    `app.integrations.<ns>.<tool>` (None: the registry's default), and with
    `lock_account` the only one (`<ns>.<other account>` is refused); `strict`
    makes results refuse fields their type does not declare; `stream`, when
    set, receives printed text as it is produced instead of `RunResult.output`;
    `mcp_servers` are the user's MCP servers (see mcp_config.py); `isolate`
    runs each script in a child process (where fork exists) so `limits.timeout`
    also stops a stuck C call.
    """

    registry: Registry | None
    force: bool = False
    account: str | None = None
    lock_account: bool = False
    limits: Limits = field(factory=Limits)
    strict: bool = False
    root: Path = PROJECT_ROOT
    stream: TextIO | None = None
    write_flag: str = "--force"  # what a refused write tells the script to pass
    mcp_servers: Mapping[str, ServerConfig] = field(factory=dict)
    isolate: bool = True
    dry_run: bool = False  # integration calls return the request they would send; none is sent
    _docs: DocIndex | None = field(init=False)
    _schemas: ResultSchemas = field(init=False)

    def __attrs_post_init__(self) -> None:
        self._docs = None if self.registry is None else DocIndex(self.registry, self.root)
        self._schemas = ResultSchemas(self.root)
        if self.mcp_servers:
            mcp_client.preload()

    def run(self, code: str, name: str = "script") -> RunResult:
        if not (self.isolate and can_fork()):
            calls: list[dict[str, Any]] = []
            output = Output(self.limits.max_output, self.stream)
            (ok, result, error), stop = self._execute(code, name, output, calls.append)
            stop()
            return RunResult(ok, result, output.text, error, calls)
        work = partial(self._execute, code, name, announce=True)
        outcome = run_in_child(work, self.limits.timeout, self.stream)
        if outcome.answer is None:
            error = {"message": f"time limit exceeded ({self.limits.timeout:g}s)"}
            outcome.cut_short(error["message"])
            return RunResult(False, None, outcome.output, error, outcome.calls)
        ok, result, error = outcome.answer
        return RunResult(ok, result, outcome.output, error, outcome.calls)

    def _execute(
        self,
        code: str,
        name: str,
        stream: Any,
        on_call: Callable[[dict[str, Any]], None],
        announce: bool = False,
    ) -> tuple[Answer, Callable[[], None]]:
        """Runs the script; printed text goes to `stream`, each call record to `on_call`.

        Also returns what stops the MCP servers the script started: the child
        calls it after answering, so a slow server shutdown never delays the answer.
        With `announce`, each call is also reported as it starts (`status`
        running), so a call cut short by a kill still shows in the log.
        """
        deadline = time.monotonic() + self.limits.timeout
        output = stream if isinstance(stream, Output) else Output(self.limits.max_output, stream)
        servers = McpServers(dict(self.mcp_servers), lambda: deadline - time.monotonic())
        log = CallLog(on_call, announce=announce)
        answer = self._answer(code, name, output, log, servers, deadline)
        return answer, servers.close

    def _answer(
        self,
        code: str,
        name: str,
        output: Output,
        log: CallLog,
        servers: McpServers,
        deadline: float,
    ) -> Answer:
        try:
            session = self.open_session(output, log, servers, lambda: deadline - time.monotonic())
            started = getattr(output.stream, "started", None)  # the child's pipe has one
            if started is not None:
                started()
            ok, value = session.run(code, name)
            if not ok:
                return False, None, self._error_fields(value)
            return True, to_python(session, value, "return value", self.limits), None
        except ConversionError as exc:
            return False, None, {"message": str(exc)}
        except LuaError as exc:  # the memory limit hit outside the script
            return False, None, {"message": str(exc) or self.limits.memory_message}

    def open_session(
        self,
        output: Output,
        log: CallLog,
        servers: McpServers,
        time_left: Callable[[], float],
    ) -> LuaSession:
        """A Lua state with every namespace installed; its globals outlive one run (the REPL)."""
        session = LuaSession(self.limits)
        callbacks = self._callbacks(session, output, log, servers, time_left)
        catalog = None
        if self.registry is not None:
            catalog = lua_catalog(session, self.registry.tools())
        servers_list = session.lua.table_from(sorted(self.mcp_servers))
        session.install_api(session.lua.table_from(callbacks), catalog, servers_list)
        return session

    def _callbacks(
        self,
        session: LuaSession,
        output: Output,
        log: CallLog,
        servers: McpServers,
        time_left: Callable[[], float],
    ) -> dict[str, Any]:
        regex = RegexApi(time_left, self.limits.max_items)
        extras = Extras(session, self.limits, log, regex, McpApi(servers), self._docs)
        bridge = Bridge(
            session,
            self.registry,
            self._docs,
            self._schemas if self.strict else None,
            output,
            limits=self.limits,
            force=self.force,
            account=self.account,
            log=log,
            write_flag=self.write_flag,
            lock_account=self.lock_account,
            dry_run=self.dry_run,
        )
        return bridge.callbacks() | extras.callbacks()

    def _error_fields(self, table: Any) -> dict[str, Any]:
        """The Lua error table as JSON-ready fields; a script's own message is clipped too."""
        fields = {str(key): value for key, value in table.items()}
        error: dict[str, Any] = {key: fields[key] for key in ERROR_KEYS if key in fields}
        error["message"] = self.limits.clip(str(error.get("message", "")))
        return error
