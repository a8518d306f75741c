"""The Python callbacks behind the Lua API (`api.lua` holds them privately).

Each answers `(True, value)` or `(False, error fields)` and hands Lua only
plain values and tables it built, never a Python object.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from generator.hosts.lua.calllog import CallLog, failed_record, redact, secret_params
from generator.hosts.lua.convert import ConversionError, to_lua, to_python
from generator.hosts.lua.docs import DocIndex, DocNotFound
from generator.hosts.lua.runtime import Limits, LuaSession
from generator.hosts.lua.schemas import ResultSchemas
from generator.hosts.mcp.catalog import CatalogError
from generator.hosts.registry import (
    CALL_ERRORS,
    PolicyDenied,
    Registry,
    ToolEntry,
    WriteRefused,
)
from generator.suggest import unknown

Answer = tuple[bool, Any]


class Output:
    """Captured (or streamed) print/dump text, capped at `limit` bytes."""

    def __init__(self, limit: int, stream: TextIO | None = None) -> None:
        self.limit = limit
        self.stream = stream
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> bool:
        self.size += len(text.encode("utf-8"))
        if self.size > self.limit:
            return False
        if self.stream is not None:
            self.stream.write(text)
            self.stream.flush()
        else:
            self.parts.append(text)
        return True

    @property
    def text(self) -> str:
        return "".join(self.parts)


class Bridge:
    def __init__(
        self,
        session: LuaSession,
        registry: Registry | None,
        docs: DocIndex | None,
        schemas: ResultSchemas | None,
        output: Output,
        *,
        limits: Limits,
        force: bool,
        account: str | None,
        log: CallLog,
        write_flag: str = "--force",
        lock_account: bool = False,
        dry_run: bool = False,
    ) -> None:
        self.session = session
        self.optional_registry = registry  # None: the MCP-only API
        self.optional_docs = docs
        self.schemas = schemas  # set in strict mode
        self.output = output
        self.limits = limits
        self.force = force
        self.account = account
        self.lock_account = lock_account  # a remote caller acts as `account` only
        self.write_flag = write_flag  # named in a refusal: how to allow writes
        self.dry_run = dry_run  # calls describe their request instead of sending it
        self.log = log

    @property
    def registry(self) -> Registry:
        assert self.optional_registry is not None, "integration callbacks need a registry"
        return self.optional_registry

    @property
    def docs(self) -> DocIndex:
        assert self.optional_docs is not None, "docs callbacks need a registry"
        return self.optional_docs

    def callbacks(self) -> dict[str, Any]:
        """The callbacks `api.lua` holds; integrations and docs only with a registry."""
        found: dict[str, Any] = {"encode": self.encode, "decode": self.decode, "write": self.write}
        if self.optional_registry is not None:
            found |= {
                "call": self.call,
                "docs": self.read_doc,
                "unknown_provider": self.unknown_provider,
            }
        return found

    def _fail(self, message: str, **fields: Any) -> Answer:
        values = {"message": self.limits.clip(message)}
        values |= {key: value for key, value in fields.items() if value is not None}
        return False, self.session.lua.table_from(values)

    def call(self, name: str, account: str | None, args: Any) -> Answer:
        try:
            entry = self.registry.resolve(name)
        except LookupError:
            self.log.add(failed_record(name, "integration", None, self._unknown_tool(name)))
            return self._fail(self._unknown_tool(name), tool=name)
        try:
            arguments = (
                {} if args is None else to_python(self.session, args, "arguments", self.limits)
            )
        except ConversionError as exc:
            return self._logged_failure(entry, None, str(exc))
        if not isinstance(arguments, dict):
            return self._logged_failure(
                entry, arguments, "arguments must be a table of named parameters"
            )
        if self.lock_account and account not in (None, self.account):
            message = f"account {account!r} refused: this caller acts as its own account only"
            return self._logged_failure(entry, arguments, message, status="refused")
        if self.dry_run:
            return self._dry_run(entry, arguments, account or self.account)
        try:  # the permission policy: deny refuses whatever the flags, ask needs the flag
            self.registry.authorize(entry, account or self.account, self.force)
        except WriteRefused as exc:
            message = (
                str(exc)
                if isinstance(exc, PolicyDenied)
                else f"{entry.access} tool refused: pass {self.write_flag} to run it"
            )
            return self._logged_failure(
                entry, arguments, f"{message} (nothing was sent)", status="refused"
            )
        shown = redact(arguments, secret_params(entry))
        with self.log.timed(entry.full_name, "integration", shown, access=entry.access) as outcome:
            if entry.deprecated:
                outcome["deprecated"] = entry.deprecated
            try:
                result = self.registry.call(
                    entry.full_name, arguments, account=account or self.account, force=self.force
                )
            except CALL_ERRORS as exc:
                outcome |= {"error": _message(exc, entry.full_name)}
                if _http_status(exc) is not None:
                    outcome["http_status"] = _http_status(exc)
                return self._fail(
                    outcome["error"],
                    tool=entry.full_name,
                    status=_http_status(exc),
                    param=getattr(exc, "param", None) or None,
                )
        return self._to_lua(entry, result)

    def _dry_run(self, entry: ToolEntry, arguments: dict[str, Any], account: str | None) -> Answer:
        """The request the call would send, as the call's value; nothing is sent."""
        shown = redact(arguments, secret_params(entry))
        with self.log.timed(entry.full_name, "integration", shown, access=entry.access) as outcome:
            try:
                described = self.registry.dry_run(entry.full_name, arguments, account=account)
            except CALL_ERRORS as exc:
                outcome["error"] = _message(exc, entry.full_name)
                return self._fail(outcome["error"], tool=entry.full_name)
            outcome |= {
                "status": "dry-run",
                "request": described["request"],
                "policy": described["policy"],
            }
        return True, to_lua(self.session, described, entry.full_name, self.limits)

    def _logged_failure(
        self, entry: ToolEntry, arguments: Any, message: str, status: str = "error"
    ) -> Answer:
        shown = redact(arguments, secret_params(entry))
        self.log.add(
            failed_record(entry.full_name, "integration", entry.access, message, shown, status)
        )
        return self._fail(message, tool=entry.full_name)

    def _unknown_tool(self, full_name: str) -> str:
        provider_id, _, tool = full_name.rpartition(".")
        names = {n: e.name for e in self.registry.tools(provider_id) for n in (e.name, *e.aliases)}
        return unknown("function", tool, names, shown=names)

    def _to_lua(self, entry: ToolEntry, result: Any) -> Answer:
        try:
            declared = (
                self.schemas.declared(entry.provider_id, entry.mcp_name) if self.schemas else None
            )
            return True, to_lua(self.session, result, entry.full_name, self.limits, declared)
        except ConversionError as exc:
            return self._fail(f"result: {exc}", tool=entry.full_name)
        except CatalogError as exc:  # strict mode: an unreadable generated schema file
            return self._fail(str(exc), tool=entry.full_name)

    def read_doc(self, name: Any) -> Answer:
        if not isinstance(name, str):
            return self._fail('docs.read expects a name such as "fly-io.list_apps"')
        try:
            return True, self.docs.read(name)
        except DocNotFound as exc:
            return self._fail(str(exc))

    def encode(self, value: Any, pretty: bool) -> Answer:
        try:
            data = to_python(self.session, value, "value", self.limits)
            return True, json.dumps(
                data,
                ensure_ascii=False,
                allow_nan=False,
                sort_keys=True,
                indent=2 if pretty else None,
            )
        except (ConversionError, ValueError) as exc:
            return self._fail(f"json.encode: {exc}")

    def decode(self, text: Any) -> Answer:
        if not isinstance(text, str):
            return self._fail("json.decode expects a string")
        try:
            return True, to_lua(self.session, json.loads(text), "json", self.limits)
        except (ConversionError, ValueError, RecursionError) as exc:
            return self._fail(f"json.decode: {exc}")

    def write(self, text: str) -> Answer:
        if self.output.write(text):
            return True, None
        return self._fail(f"output limit exceeded ({self.limits.max_output} bytes)")

    def unknown_provider(self, key: str) -> Answer:
        known = sorted({e.namespace for e in self.registry.tools()})
        return self._fail(unknown("provider", key, known, within="in app.integrations"))


def _message(exc: Exception, tool: str) -> str:
    """The exception's message without a leading `tool: ` (tostring adds it back)."""
    message = str(getattr(exc, "message", None) or exc)
    return message.removeprefix(f"{tool}: ")


def _http_status(exc: Exception) -> int | None:
    """The provider's HTTP status; None when no response came (the clients use 0)."""
    status = getattr(exc, "status", None)
    return status if isinstance(status, int) and status > 0 else None
