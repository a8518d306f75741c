"""The Lua host: runs untrusted scripts against the generated tools in a lupa sandbox."""

from generator.hosts.lua.host import LuaHost, RunResult
from generator.hosts.lua.runtime import Limits

__all__ = ["Limits", "LuaHost", "RunResult"]
