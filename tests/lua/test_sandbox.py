"""Untrusted scripts cannot leave the sandbox, and limits stop runaway ones."""

from __future__ import annotations

import pytest

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.registry import Registry

TIGHT = Limits(timeout=0.3, max_memory=16 * 2**20, max_output=64 * 1024)
# Memory, stack and output cases must be stopped by their own limit, never by the clock:
# on a loaded machine reaching 16 MiB can take longer than TIGHT's 0.3 s.
ROOMY = Limits(timeout=60.0, max_memory=16 * 2**20, max_output=64 * 1024)

# (script, text the error message must contain)
ESCAPES = [
    ("os.execute('echo pwned')", "attempt to call a nil value (field 'execute')"),
    ("os.remove('/tmp/x')", "field 'remove'"),
    ("io.open('/etc/passwd')", "global 'io'"),
    ("require('os')", "global 'require'"),
    ("dofile('/etc/passwd')", "global 'dofile'"),
    ("loadfile('/etc/passwd')", "global 'loadfile'"),
    ("package.loadlib('libc.so.6', 'system')", "global 'package'"),
    ("return string.dump(print)", "field 'dump'"),
    ("assert(load('\\27Lua\\84\\0'))()", "attempt to load a binary chunk"),
    ("debug.getregistry()", "global 'debug'"),
    ("getmetatable('').__index.rep = nil", "(field '__index')"),
    ("setmetatable(getmetatable(''), {})", "bad argument #1 to 'setmetatable'"),
    ("rawset(app.integrations, 'x', 1)", "cannot rawset a host table"),
    ("rawset(app, 'integrations', {})", "cannot rawset a host table"),
    ("app.integrations.fly_io = {}", "read-only"),
    ("setmetatable(app, nil)", "cannot change a protected metatable"),
    ("python.eval('1')", "global 'python'"),
    ("return app.__class__.__name__", "attempt to index a nil value (field '__class__')"),
    ("return app.integrations.fly_io.list_apps.__globals__", "attempt to index a function value"),
    (
        "return app.integrations.__class__.__bases__",
        "unknown provider '__class__' in app.integrations",
    ),
    ("collectgarbage('stop')", "only 'collect' and 'count'"),
    ("setmetatable({}, {__gc = function() while true do end end})", "__gc metamethods"),
    ("while true do end", "time limit exceeded"),
    ("while true do pcall(function() while true do end end) end", "time limit exceeded"),
    ("local f f = function() return xpcall(f, f) end while true do f() end", "time limit exceeded"),
    (
        "local co = coroutine.wrap(function() while true do end end) while true do pcall(co) end",
        "time limit exceeded",
    ),
    (
        "while true do coroutine.resume(coroutine.create(function() while true do end end)) end",
        "time limit exceeded",
    ),
    ("local s = 'x' while true do s = s .. s end", "memory limit exceeded"),
    ("local t = {} for i = 1, 1e9 do t[i] = {i} end", "memory limit exceeded"),
    ("return string.rep('x', 1e9)", "memory limit exceeded"),
    ("local function f(n) return 1 + f(n + 1) end return f(1)", "memory limit exceeded"),
    ("local function f(s) return (s:gsub('.', f)) end return f('x')", "stack overflow"),
    ("while true do print(string.rep('x', 1000)) end", "output limit exceeded"),
    ("while true do pcall(print, string.rep('x', 1000)) end", "output limit exceeded"),
    ("local t = {} t.self = t return json.encode(t)", "nested deeper than"),
]


@pytest.mark.parametrize(("script", "expected"), ESCAPES, ids=[s for s, _ in ESCAPES])
def test_escape_is_refused_and_host_survives(
    fly_registry: Registry, script: str, expected: str
) -> None:
    host = LuaHost(fly_registry, limits=TIGHT if "time limit" in expected else ROOMY)
    result = host.run(script)
    assert not result.ok
    assert result.error is not None
    assert expected in result.error["message"]
    after = host.run("return 1 + 1")
    assert (after.ok, after.result) == (True, 2)


def test_environment_exposes_only_safe_globals(host: LuaHost) -> None:
    result = host.run(
        "local names = {} for k in pairs(_G) do names[#names + 1] = k end "
        "table.sort(names) return names"
    )
    assert result.ok
    assert set(result.result) == {
        "_G", "_VERSION", "app", "assert", "collectgarbage", "coroutine", "docs", "dump",
        "error", "getmetatable", "ipairs", "json", "load", "lua_read_doc", "math", "mcp",
        "next", "os", "pairs", "pcall", "print", "rawequal", "rawget", "rawlen", "rawset",
        "regex", "select", "setmetatable", "string", "table", "tonumber", "tostring", "type",
        "unpack", "utf8", "xpcall",
    }  # fmt: skip
    os_names = host.run("local n = {} for k in pairs(os) do n[#n + 1] = k end return n")
    assert set(os_names.result) == {"time", "clock", "date", "difftime"}


def test_script_changes_do_not_leak_into_the_next_run(host: LuaHost) -> None:
    assert host.run("string.upper = nil; x = 1").ok
    assert host.run("return ('a'):upper(), x").result == "A"


def test_text_load_still_works_inside_the_sandbox(host: LuaHost) -> None:
    result = host.run("local f = load('return os.execute, 40 + 2') return select(2, f())")
    assert (result.ok, result.result) == (True, 42)


def test_print_is_captured_not_written_to_stdout(
    host: LuaHost, capfd: pytest.CaptureFixture[str]
) -> None:
    result = host.run("print('hello', 1, nil, true)")
    assert result.output == "hello\t1\tnil\ttrue\n"
    assert capfd.readouterr().out == ""
