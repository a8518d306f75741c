"""The Lua host: runs untrusted scripts against the generated tools in a lupa sandbox.

Scripts see `app.integrations.<namespace | ["id"]>[.<account>].<tool>(args)`,
`app.mcp.<server>.<tool>(args)` and `mcp.*` (the user's MCP servers),
`docs.read/list/search`, `lua_read_doc`, `json.encode/decode`, `regex.*`,
`dump(value)` and `print`, plus the safe standard library (`os` keeps only
time, clock, date and difftime; `load` takes text only; no io, require, debug
or string.dump). The MCP-only host (`registry=None`) drops integrations and docs.

Conventions:
- Arguments: a table with keys 1..n is a list, one with string keys an object;
  an empty table is an empty object (use `json.decode("[]")` for an empty list).
- Results: objects and lists become tables (`ipairs` works); JSON null is nil.
- Errors raised by the host are tables `{tool=, status=, param=, message=, where=}`;
  `tostring(err)` and `..` give "workflow.lua:12: fly-io.get_app: 404 App not found".
- Write and destructive tools are refused, before any request, unless forced.
- Limits (`Limits`): wall-clock time, Lua heap, printed bytes, conversion size.
  A time or output kill cannot be caught by `pcall`. Each run happens in a
  forked child (isolation.py): the limit hook stops Lua code, and the parent
  kills the child when one C call (a pathological Lua pattern, a slow request)
  outlives the time limit.
- Every integration and MCP call is logged (calllog.py): `RunResult.calls`.
"""

from generator.hosts.lua.host import LuaHost, RunResult
from generator.hosts.lua.runtime import Limits

__all__ = ["Limits", "LuaHost", "RunResult"]
