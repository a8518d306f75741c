"""`--timeout` stops every script, also one stuck inside a single C call.

The Lua limit hook cannot run inside a C function (a backtracking Lua pattern,
a plain find over a huge string), so the host kills the child process that
runs the script. Each case here would run for minutes or hours unbounded.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 2.0
WALL = 4.0  # each case must end within this many seconds
A = 'local s = string.rep("a", 200000) '

# Single C calls that backtrack (Lua patterns are polynomial, never exponential,
# but n^3 on 200 000 characters is effectively forever).
STUCK = [
    A + 'return s:find(".-.-.-b")',
    A + 'return s:match("(.-)(.-)(.-)b")',
    A + 'return s:match("^(.*)(.*)(.*)b$")',
    A + 'return (s:gsub(".-.-.-b", ""))',
    A + 'for m in s:gmatch(".-.-.-b") do end',
    A + 'return s:find("a-a-a-a-b")',
    A + 'return s:find("[%a%d]*[%a%d]*[%a%d]*!")',
    A + 'return s:match("%w*%w*%w*%d")',
    'local s = string.rep("(", 300000) return s:find("%b()")',
    'local s = string.rep("(", 300000) return (s:gsub("%b()", ""))',
    'local s = string.rep("a", 2000000) return s:find(string.rep("a", 200000) .. "b", 1, true)',
    A + 'return select("#", s:find(".-.-.-b", 10))',
    A + 'return pcall(string.find, s, ".-.-.-b")',
    A + 'local ok = pcall(function() return s:match("(.-)%s*(.-)%s*(.-)x") end) return ok',
    A + 'return coroutine.wrap(function() return s:find(".-.-.-b") end)()',
    A + 'return xpcall(string.match, print, s, "(.*)(.*)(.*)z")',
    A + 'return s:find(".-.-.-b", -100000)',
    A + 'return string.find(s .. s, "(.-)(.-)b")',
    A + 'while true do s:find("a-a-a-b") end',
    'local s = string.rep("ab", 100000) return s:find("(.-)(.-)(.-)c")',
    'local s = string.rep("x", 150000) return (s:gsub("x-x-x-y", "%0%0"))',
    A + 'return regex.test(s, "(.-)(.-)(.-)b") or s:find(".-.-.-b")',
    'local s = string.rep(" ", 200000) .. "x" return s:match("^(%s*)(.-)(%s*)(.-)y$")',
    A + 'return s:find("%f[%a]a-a-a-b")',
    A + 'local t = {} for i = 1, 3 do t[i] = s:find(".-.-.-b") end',
]


@pytest.fixture(scope="module")
def slow_host() -> LuaHost:
    return LuaHost(Registry.load(["fly-io"]), limits=Limits(timeout=TIMEOUT))


@pytest.mark.parametrize("script", STUCK, ids=range(len(STUCK)))
def test_a_stuck_c_call_stops_at_the_time_limit(slow_host: LuaHost, script: str) -> None:
    started = time.monotonic()
    result = slow_host.run(script)
    elapsed = time.monotonic() - started
    assert result.error is not None
    assert result.error["message"] == "time limit exceeded (2s)"
    assert elapsed < WALL, elapsed
    after = slow_host.run("return 1 + 1")
    assert (after.ok, after.result) == (True, 2)  # the host survives


def test_output_and_calls_before_the_kill_are_kept(slow_host: LuaHost) -> None:
    result = slow_host.run('print("before") ' + A + 'return s:find(".-.-.-b")')
    assert result.output == "before\n"
    assert result.error == {"message": "time limit exceeded (2s)"}


def test_huge_string_operations_end_quickly_with_a_limit_error(slow_host: LuaHost) -> None:
    for script in (
        'return string.rep("x", 2^40)',
        'return string.rep("abc", 1e8, ",")',
        'local s = string.rep("x", 2^24) return s .. s .. s .. s .. s',
        'return string.format("%s", string.rep("x", 1e8))',
        'return table.concat({string.rep("y", 3e7), string.rep("y", 3e7)})',
    ):
        started = time.monotonic()
        result = slow_host.run(script)
        assert result.error is not None, script
        assert "limit exceeded" in result.error["message"] or "too large" in result.error["message"]
        assert time.monotonic() - started < WALL, script


def test_cli_timeout_stops_a_stuck_pattern() -> None:
    toolgen = str(Path(sys.executable).parent / "toolgen")
    started = time.monotonic()
    done = subprocess.run(
        [toolgen, "lua", "--timeout", "2", "--json", "--eval", A + 'return s:find(".-.-.-b")'],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    elapsed = time.monotonic() - started
    assert done.returncode == 1
    assert json.loads(done.stdout)["error"] == {"message": "time limit exceeded (2s)"}
    # Plus the CLI's own start-up, which takes seconds on a loaded 2-core machine.
    assert elapsed < WALL + 6.0, elapsed


def test_without_isolation_the_hook_still_stops_lua_code() -> None:
    host = LuaHost(Registry.load(["fly-io"]), limits=Limits(timeout=0.5), isolate=False)
    result = host.run('print("x") while true do end')
    assert (result.output, result.error) == ("x\n", {"message": "time limit exceeded (0.5s)"})
    assert host.run("return regex.test('ab', 'b')").result is True


def test_ctrl_c_stops_the_command_and_its_child_quietly() -> None:
    toolgen = str(Path(sys.executable).parent / "toolgen")
    script = A + 'print("started") return s:find(".-.-.-b")'
    command = [toolgen, "lua", "--timeout", "60", "--eval", script]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "started\n"  # the child is inside the C call now
    os.killpg(process.pid, signal.SIGINT)  # what a terminal's Ctrl-C does
    _, err = process.communicate(timeout=20)
    assert process.returncode == 130
    assert "Traceback" not in err
    time.sleep(0.5)
    group = subprocess.run(
        ["ps", "-o", "pid=", "-g", str(process.pid)], check=False, capture_output=True
    )
    assert group.stdout.strip() == b""  # no child left running
