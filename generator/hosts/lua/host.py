"""Run Lua scripts against the tool registry: one fresh sandboxed runtime per run."""

from __future__ import annotations

from pathlib import Path
from typing import Any, TextIO

from attrs import define, field

from generator.hosts.lua.bridge import Bridge, Output
from generator.hosts.lua.catalog import lua_catalog
from generator.hosts.lua.convert import ConversionError, to_python
from generator.hosts.lua.docs import DocIndex
from generator.hosts.lua.runtime import Limits, LuaError, LuaSession
from generator.hosts.lua.schemas import ResultSchemas
from generator.hosts.registry import Registry

PROJECT_ROOT = Path(__file__).resolve().parents[3]
ERROR_KEYS = ("message", "status", "tool", "param")


@define
class RunResult:
    """What `toolgen lua --json` prints (`as_json`: exactly four keys), plus the call log."""

    ok: bool
    result: Any = None
    output: str = ""
    error: dict[str, Any] | None = None
    calls: list[dict[str, Any]] = field(factory=list)  # tool, access, ok; not in `as_json`

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "result": self.result, "output": self.output, "error": self.error}


@define
class LuaHost:
    """Runs scripts with `app.integrations`, `docs`, `json`, `dump` and `print`.

    `force` allows write and destructive tools; `account` is the account of
    `app.integrations.<ns>.<tool>` (None: the registry's default); `strict`
    makes results refuse fields their type does not declare; `stream`, when
    set, receives printed text as it is produced instead of `RunResult.output`.
    """

    registry: Registry
    force: bool = False
    account: str | None = None
    limits: Limits = field(factory=Limits)
    strict: bool = False
    root: Path = PROJECT_ROOT
    stream: TextIO | None = None
    write_flag: str = "--force"  # what a refused write tells the script to pass
    _docs: DocIndex = field(init=False)
    _schemas: ResultSchemas = field(init=False)

    def __attrs_post_init__(self) -> None:
        self._docs = DocIndex(self.registry, self.root)
        self._schemas = ResultSchemas(self.root)

    def run(self, code: str, name: str = "script") -> RunResult:
        output = Output(self.limits.max_output, self.stream)
        calls: list[dict[str, Any]] = []
        try:
            session = LuaSession(self.limits)
            bridge = Bridge(
                session,
                self.registry,
                self._docs,
                self._schemas if self.strict else None,
                output,
                limits=self.limits,
                force=self.force,
                account=self.account,
                write_flag=self.write_flag,
            )
            calls = bridge.calls
            session.install_api(bridge.lua_table(), lua_catalog(session, self.registry.tools()))
            ok, value = session.run(code, name)
            if not ok:
                error = self._error_fields(value)
                return RunResult(False, output=output.text, error=error, calls=bridge.calls)
            result = to_python(session, value, "return value", self.limits)
        except ConversionError as exc:
            return RunResult(False, output=output.text, error={"message": str(exc)}, calls=calls)
        except LuaError as exc:  # the memory limit hit outside the script
            message = str(exc) or self.limits.memory_message
            return RunResult(False, output=output.text, error={"message": message}, calls=calls)
        return RunResult(True, result, output.text, calls=bridge.calls)

    def _error_fields(self, table: Any) -> dict[str, Any]:
        """The Lua error table as JSON-ready fields; a script's own message is clipped too."""
        fields = {str(key): value for key, value in table.items()}
        error: dict[str, Any] = {key: fields[key] for key in ERROR_KEYS if key in fields}
        error["message"] = self.limits.clip(str(error.get("message", "")))
        return error
