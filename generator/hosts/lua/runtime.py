"""One fresh, locked-down Lua runtime per run.

Host chunks are named `host:<file>`, so an error's script position skips them.

lupa is configured so no path leads from Lua into Python: no `python` global,
no eval or builtins, and every attribute access on a Python object is refused.
The only Python callables Lua holds sit in upvalues of host closures
(`sandbox.lua`, `api.lua`), which scripts cannot reach without `debug`.
"""

from __future__ import annotations

import importlib
import time
from importlib.resources import files
from typing import Any

from attrs import frozen


def _lupa() -> Any:
    """Lua 5.4 when this lupa build has it, else lupa's default Lua."""
    try:
        return importlib.import_module("lupa.lua54")
    except ImportError:  # pragma: no cover
        return importlib.import_module("lupa")


lupa_impl = _lupa()
LuaError = lupa_impl.LuaError
lua_type = lupa_impl.lua_type
HOOK_EVERY = 1000  # instructions between limit checks


@frozen
class Limits:
    timeout: float = 30.0  # wall-clock seconds for the whole run
    max_memory: int = 64 * 2**20  # bytes of Lua heap
    max_output: int = 2**20  # bytes printed
    max_depth: int = 64  # nesting of tables converted to or from Python
    max_items: int = 100_000  # values in one conversion
    max_message: int = 2000  # characters of an error message (provider bodies can be long)

    @property
    def memory_message(self) -> str:
        return f"memory limit exceeded ({self.max_memory // 2**20} MiB)"

    def clip(self, message: str) -> str:
        if len(message) <= self.max_message:
            return message
        return message[: self.max_message] + " [truncated]"


def _refuse(*_: Any) -> Any:
    raise AttributeError("Python objects are not accessible from Lua")


def _chunk(name: str) -> str:
    return files(__package__).joinpath(name).read_text(encoding="utf-8")


class LuaSession:
    """A Lua state with the sandbox environment; `install_api` adds `app`, `docs`, ..."""

    def __init__(self, limits: Limits) -> None:
        self.lua = lupa_impl.LuaRuntime(
            register_eval=False,
            register_builtins=False,
            unpack_returned_tuples=True,
            attribute_handlers=(_refuse, _refuse),
            max_memory=limits.max_memory,
        )
        self.lua.globals().python = None
        self.sandbox = self._load(
            "sandbox.lua", time.monotonic, limits.timeout, HOOK_EVERY, limits.memory_message
        )
        self.values = self._load("values.lua")
        self._describe: Any = None

    def _load(self, name: str, *args: Any) -> Any:
        return self.lua.execute(_chunk(name), *args, name=f"=host:{name}", mode="t")

    def install_api(self, host: Any, catalog: Any | None, servers: Any) -> None:
        """`app`, `json`, `regex`, `mcp`, printing; with a `catalog`, also
        `app.integrations`, `docs` and `lua_read_doc` (None: the MCP-only API)."""
        api = self._load("api.lua", self.sandbox, host)
        self._describe = api.describe
        if catalog is not None:
            self._load("api_integrations.lua", self.sandbox, host, api, catalog)
        self._load("api_regex.lua", self.sandbox, host, api)
        self._load("api_mcp.lua", self.sandbox, host, api, servers)

    def run(self, code: str, name: str) -> tuple[bool, Any]:
        """(True, first return value) or (False, Lua table of error fields)."""
        ok, value = self.sandbox.run(code, name, self._describe)
        return bool(ok), value
