"""The Lua host: runs untrusted scripts against the generated tools in a lupa sandbox.

Scripts see `app.integrations.<namespace | ["id"]>[.<account>].<tool>(args)`,
`docs.read(name)`, `json.encode/decode`, `dump(value)` and `print`, plus the
safe standard library (`os` keeps only time, clock, date and difftime; `load`
takes text only; no io, require, debug or string.dump).

Conventions:
- Arguments: a table with keys 1..n is a list, one with string keys an object;
  an empty table is an empty object (use `json.decode("[]")` for an empty list).
- Results: objects and lists become tables (`ipairs` works); JSON null is nil.
- Errors raised by the host are tables `{tool=, status=, param=, message=}`;
  `tostring(err)` and `..` give "fly-io.get_app: 404 App not found".
- Write and destructive tools are refused, before any request, unless forced.
- Limits (`Limits`): wall-clock time, Lua heap, printed bytes, conversion size.
  A time or output kill cannot be caught by `pcall`. The time limit is checked
  between Lua instructions, so one slow C call (a pathological string pattern,
  a slow HTTP request) runs to its end first.
"""

from generator.hosts.lua.host import LuaHost, RunResult
from generator.hosts.lua.runtime import Limits

__all__ = ["Limits", "LuaHost", "RunResult"]
