"""The Python callbacks behind `regex.*`, `mcp.*`, `docs.list` and `docs.search`.

Like `Bridge`, each answers `(True, value)` or `(False, error fields)` with
values converted to fresh Lua tables; MCP calls go into the call log.
"""

from __future__ import annotations

import inspect
from typing import Any

from generator.hosts.lua.calllog import CallLog, failed_record, redact
from generator.hosts.lua.convert import ConversionError, to_lua, to_python
from generator.hosts.lua.docs import DocIndex, DocNotFound
from generator.hosts.lua.mcp_api import McpApi
from generator.hosts.lua.mcp_client import McpFailure
from generator.hosts.lua.regex_api import RegexApi, RegexError
from generator.hosts.lua.runtime import Limits, LuaSession

Answer = tuple[bool, Any]
REGEX_OPS = ("match", "test", "find_all", "split", "gsub", "escape")
MCP_OPS = (
    "servers",
    "check",
    "tools",
    "schema",
    "call",
    "resources",
    "read_resource",
    "prompts",
    "get_prompt",
)
LOGGED = ("call", "read_resource", "get_prompt")  # ops that go into the call log


class Extras:
    def __init__(
        self,
        session: LuaSession,
        limits: Limits,
        log: CallLog,
        regex: RegexApi,
        mcp: McpApi,
        docs: DocIndex | None,
    ) -> None:
        self.session = session
        self.limits = limits
        self.log = log
        self.regex_api = regex
        self.mcp_api = mcp
        self.docs = docs

    def callbacks(self) -> dict[str, Any]:
        found: dict[str, Any] = {"regex": self.regex, "mcp": self.mcp}
        if self.docs is not None:
            found |= {"docs_list": self.docs_list, "docs_search": self.docs_search}
        return found

    def _fail(self, message: str, **fields: Any) -> Answer:
        values = {"message": self.limits.clip(message)}
        values |= {key: value for key, value in fields.items() if value is not None}
        return False, self.session.lua.table_from(values)

    def _lua(self, value: Any, path: str) -> Answer:
        try:
            return True, to_lua(self.session, value, path, self.limits)
        except ConversionError as exc:
            return self._fail(f"{path}: {exc}")

    def regex(self, op: str, *args: Any) -> Answer:
        if op not in REGEX_OPS:
            return self._fail(f"regex: no function {op!r}")
        try:
            value = getattr(self.regex_api, op)(*args)
        except RegexError as exc:
            return self._fail(str(exc))
        return self._lua(value, f"regex.{op}")

    def mcp(self, op: str, *args: Any) -> Answer:
        if op not in MCP_OPS:
            return self._fail(f"mcp: no function {op!r}")
        try:
            plain = [to_python(self.session, a, "arguments", self.limits) for a in args]
        except ConversionError as exc:
            return self._fail(f"mcp.{op}: {exc}")
        method = getattr(self.mcp_api, "servers_list" if op == "servers" else op)
        try:
            inspect.signature(method).bind(*plain)
        except TypeError:
            return self._fail(f"mcp.{op}: wrong number of arguments (see docs/commands.md)")
        try:
            value = self._logged(op, method, plain) if op in LOGGED else method(*plain)
        except McpFailure as exc:
            return self._fail(exc.message, tool=exc.tool)
        return self._lua(value, f"mcp.{op}")

    def _logged(self, op: str, method: Any, args: list[Any]) -> Any:
        """Runs a logged op: `mcp.<server>.<tool>` for calls, else `mcp.<server>.<op>`."""
        server, target = (args + [None, None])[:2]
        rest = args[2] if len(args) > 2 else None
        if op == "call":
            secret = self.mcp_api.secret_params(server, target) if isinstance(rest, dict) else None
            name, shown = f"mcp.{server}.{target}", redact(rest, secret or frozenset())
        elif op == "read_resource":
            name, shown = f"mcp.{server}.read_resource", {"uri": target}
        else:
            name, shown = f"mcp.{server}.get_prompt", {"prompt": target, "arguments": redact(rest)}
        if rest is not None and not isinstance(rest, dict):
            self.log.add(failed_record(name, "mcp", None, "arguments must be a table", shown))
            raise McpFailure("arguments must be a table of named parameters", tool=name[4:])
        with self.log.timed(name, "mcp", shown):
            return method(*args)

    def docs_list(self, provider: Any) -> Answer:
        assert self.docs is not None
        try:
            return self._lua(self.docs.listing(provider), "docs.list")
        except DocNotFound as exc:
            return self._fail(str(exc))

    def docs_search(self, query: Any, options: Any) -> Answer:
        assert self.docs is not None
        try:
            given = (
                {} if options is None else to_python(self.session, options, "options", self.limits)
            )
            return self._lua(self.docs.search(query, given), "docs.search")
        except (ConversionError, DocNotFound) as exc:
            return self._fail(str(exc))
