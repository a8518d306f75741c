"""MCP servers from Lua: real servers from a config file, reached with the official client.

`notes` is `mcp_test_server.py` (the SDK's MCPServer) over streamable HTTP;
`toolgen` is `toolgen mcp serve -p fly-io` over stdio, calling the mock server.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.lua.mcp_config import load_config
from generator.hosts.mock import MockServer

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
TOOLGEN = str(Path(sys.executable).parent / "toolgen")
LIMITS = Limits(timeout=60.0)
CRASH = "import sys; sys.stderr.write('boom: bad setup\\n'); sys.exit(3)"

pytestmark = pytest.mark.timeout(300)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def notes_url() -> Iterator[str]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, str(HERE / "mcp_test_server.py"), str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            pytest.fail("the test MCP server did not start")
        yield f"http://127.0.0.1:{port}/mcp"
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def config(tmp_path: Path, notes_url: str, credentials_file: Path) -> Path:
    servers = {
        "notes": {"url": notes_url},
        "toolgen": {
            "command": TOOLGEN,
            "args": ["mcp", "serve", "-p", "fly-io"],
            "env": {"TOOLGEN_CREDENTIALS": str(credentials_file)},
        },
        "missing": {"command": str(tmp_path / "no-such-server")},
        "crashes": {"command": sys.executable, "args": ["-c", CRASH]},
    }
    path = tmp_path / "mcp.json"
    path.write_text(json.dumps({"mcpServers": servers}), encoding="utf-8")
    return path


def run(config: Path, code: str, limits: Limits = LIMITS, mcp_only: bool = True) -> Any:
    registry = None
    if not mcp_only:
        from generator.hosts.registry import Registry

        registry = Registry.load(["fly-io"])
    return LuaHost(registry, limits=limits, mcp_servers=load_config(config)).run(code, "flow.lua")


def test_list_servers_tools_and_schema_over_http(config: Path) -> None:
    result = run(
        config,
        """local names = {}
        for _, s in ipairs(mcp.servers()) do names[#names + 1] = s.name .. "/" .. s.transport end
        local tools = {}
        for _, t in ipairs(mcp.tools("notes")) do tools[#tools + 1] = t.name end
        local schema = mcp.schema("notes", "add")
        return {names, tools, schema.input_schema.required, schema.output_schema.required}""",
    )
    assert result.error is None, result.error
    assert result.result == [
        ["crashes/stdio", "missing/stdio", "notes/http", "toolgen/stdio"],
        ["add", "shout", "sign", "refuse", "nap"],
        ["a", "b"],
        ["total", "terms"],
    ]


def test_tool_results_structured_or_text_and_the_call_log(config: Path) -> None:
    result = run(
        config,
        """local sum = app.mcp.notes.add({ a = 2, b = 40 })
        local loud = mcp.call("notes", "shout", { text = "hi", api_token = "s3cret" })
        local signed = app.mcp.notes.sign({ text = "t", key = "k3y-value" })
        return {sum.total, sum.terms[2], loud, signed}""",
    )
    assert result.error is None, result.error
    assert result.result == [42, 40, "HI!", "t:9"]
    assert [(c["tool"], c["kind"], c["ok"]) for c in result.calls] == [
        ("mcp.notes.add", "mcp", True),
        ("mcp.notes.shout", "mcp", True),  # the server ignores the extra argument
        ("mcp.notes.sign", "mcp", True),
    ]
    assert result.calls[1]["args"] == {"text": "hi", "api_token": "[redacted]"}  # by its name
    assert result.calls[2]["args"] == {"text": "t", "key": "[redacted]"}  # by its schema
    assert "s3cret" not in json.dumps(result.as_json())
    assert "k3y-value" not in json.dumps(result.as_json())


def test_resources_and_prompts(config: Path) -> None:
    result = run(
        config,
        """local listed = mcp.resources("notes")[1]
        local read = mcp.read_resource("notes", listed.uri)[1]
        local prompt = mcp.get_prompt("notes", "review", { code = "x = 1" })
        return {listed.uri, read.text, read.mime_type, mcp.prompts("notes")[1].name,
          prompt.messages[1].role, prompt.messages[1].content}""",
    )
    assert result.error is None, result.error
    assert result.result == [
        "notes://today",
        "water the plants",
        "text/plain",
        "review",
        "user",
        "Please review: x = 1",
    ]


def test_toolgen_mcp_serve_over_stdio(config: Path, reset: MockServer) -> None:
    result = run(
        config,
        """local apps = app.mcp.toolgen.fly_io__list_apps({})
        local ok, err = pcall(mcp.read_resource, "toolgen", "notes://today")
        return {#mcp.tools("toolgen"), apps[1].name, #mcp.resources("toolgen"),
          #mcp.prompts("toolgen"), tostring(err)}""",
    )
    assert result.error is None, result.error
    generated = json.loads((ROOT / "generated/mcp/fly-io.json").read_text(encoding="utf-8"))
    assert result.result == [
        len(generated["tools"]),
        "my-app",  # the list the {"result": [...]} structured content wraps
        0,  # it offers no resources or prompts: none listed
        0,
        "flow.lua:2: MCP server 'toolgen' offers no resources",
    ]
    assert [r["tool"] for r in reset.requests()] == ["list_apps"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ('mcp.tools("nope")', "flow.lua:1: no MCP server 'nope' (did you mean 'notes'?)"),
        ("local x = app.mcp.nope.tool({})", "flow.lua:1: no MCP server 'nope'"),
        (
            'mcp.call("notes", "ad", {})',
            "MCP server 'notes' has no tool 'ad' (did you mean 'add'?)",
        ),
        ('mcp.call("notes", "refuse", { reason = "no" })', "flow.lua:1: notes.refuse: "),
        ('mcp.tools("missing")', "MCP server 'missing' failed to start: [Errno 2]"),
        ('mcp.tools("crashes")', "MCP server 'crashes' failed to start: "),
        ('mcp.call("notes", "add", "text")', "arguments must be a table"),
    ],
)
def test_clear_errors(config: Path, code: str, expected: str) -> None:
    result = run(config, code)
    assert result.error is not None
    assert expected in result.error["message"]


def test_a_crashing_server_shows_its_stderr_and_errors_are_catchable(config: Path) -> None:
    result = run(
        config,
        """local ok, err = pcall(mcp.tools, "crashes")
        return {ok, tostring(err), mcp.call("notes", "shout", { text = "after" })}""",
    )
    assert result.error is None, result.error
    assert result.result[0] is False
    assert "(stderr: boom: bad setup)" in result.result[1]
    assert result.result[2] == "AFTER!"


def test_a_slow_server_call_ends_at_the_time_limit(config: Path) -> None:
    started = time.monotonic()
    result = run(config, 'return mcp.call("notes", "nap", { seconds = 30 })', Limits(timeout=2.0))
    assert result.error is not None
    assert "time" in result.error["message"]  # "timed out" or "time limit exceeded"
    # run() returns once the child has also closed the session (a request still open).
    assert time.monotonic() - started < 12


def toolgen(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [TOOLGEN, *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        env=env,
    )


def test_mcp_lua_command_lists_servers_as_json(config: Path, tmp_path: Path) -> None:
    done = toolgen(
        "mcp", "lua", "--mcp-config", str(config), "--eval", "dump(mcp.servers())", "--json"
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert [s["name"] for s in json.loads(out["output"])] == [
        "crashes",
        "missing",
        "notes",
        "toolgen",
    ]
    assert "TOOLGEN_CREDENTIALS" not in out["output"] and out["calls"] == []  # env stays private
    # The environment variable, then the user's config directory (none there: no servers).
    import os

    env = os.environ | {"TOOLGEN_MCP_CONFIG": str(config)}
    via_env = toolgen("mcp", "lua", "--eval", "return #mcp.servers()", "--json", env=env)
    assert json.loads(via_env.stdout)["result"] == 4
    empty = os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "TOOLGEN_MCP_CONFIG": ""}
    none = toolgen("mcp", "lua", "--eval", "dump(mcp.servers())", "--json", env=empty)
    assert json.loads(none.stdout)["output"] == "[]\n"


def test_mcp_lua_offers_only_the_mcp_namespaces(config: Path) -> None:
    script = "return {app.integrations == nil, docs == nil, type(regex), type(json), type(mcp)}"
    done = toolgen("mcp", "lua", "--mcp-config", str(config), "--eval", script, "--json")
    assert json.loads(done.stdout)["result"] == [True, True, "table", "table", "table"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON"),
        ('{"servers": {}}', 'expected an object with "mcpServers"'),
        ('{"mcpServers": {"a": {}}}', 'mcpServers.a: give "command" (stdio) or "url"'),
        ('{"mcpServers": {"a": {"url": "http://x", "command": "y"}}}', "not both"),
        ('{"mcpServers": {"a": {"command": "x", "args": "y"}}}', "args must be a list"),
        ('{"mcpServers": {"a": {"command": "x", "env": {"K": 1}}}}', "env must be an object"),
        ('{"mcpServers": {"a": {"url": "http://x", "type": "sse"}}}', "'sse' is not supported"),
        ('{"mcpServers": {"a": {"url": "http://x", "hedaers": {}}}}', "unknown key 'hedaers'"),
    ],
)
def test_bad_config_is_a_usage_error(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "mcp.json"
    path.write_text(text, encoding="utf-8")
    done = toolgen("mcp", "lua", "--mcp-config", str(path), "--eval", "return 1")
    assert done.returncode == 2
    assert message in done.stderr and str(path) in done.stderr
    missing = toolgen("lua", "--mcp-config", str(tmp_path / "nope.json"), "--eval", "return 1")
    assert missing.returncode == 2 and "MCP config file not found" in missing.stderr


def test_servers_start_on_first_use_and_stop_when_the_script_ends(tmp_path: Path) -> None:
    used, unused = tmp_path / "used", tmp_path / "unused"
    used.mkdir()
    unused.mkdir()
    server = [sys.executable, str(HERE / "mcp_test_server.py"), "stdio"]
    config = tmp_path / "mcp.json"
    servers = {
        name: {"command": server[0], "args": [*server[1:], str(marks)]}
        for name, marks in (("used", used), ("unused", unused))
    }
    config.write_text(json.dumps({"mcpServers": servers}), encoding="utf-8")
    result = run(config, 'return app.mcp.used.shout({ text = "x" })')
    assert result.result == "X!", result.error
    assert (used / "started").exists()
    for _ in range(100):  # the child stops its servers after answering
        if (used / "stopped").exists():
            break
        time.sleep(0.1)
    assert (used / "stopped").exists()
    assert list(unused.iterdir()) == []  # never used, never started


STARTED = re.compile(r"toolgen mcp: serving (http://\S+/mcp)")


@pytest.fixture
def remote_toolgen(tmp_path: Path, credentials_file: Path) -> Iterator[str]:
    """`toolgen mcp serve` over HTTP, where the bearer token `alice-token-0123456789` is the production account."""
    tokens = tmp_path / "tokens.toml"
    tokens.write_text('[tokens]\n"alice-token-0123456789" = "production"\n', encoding="utf-8")
    log = tmp_path / "server.log"
    command = [TOOLGEN, "mcp", "serve", "-p", "fly-io", "--transport", "http", "--port", "0"]
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [*command, "--tokens-file", str(tokens)],
            cwd=ROOT,
            env={"TOOLGEN_CREDENTIALS": str(credentials_file), "PATH": "/usr/bin:/bin"},
            stdin=subprocess.DEVNULL,
            stderr=sink,
        )
    try:
        deadline = time.monotonic() + 60
        while not (found := STARTED.search(log.read_text(encoding="utf-8"))):
            assert server.poll() is None and time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        yield found.group(1)
    finally:
        server.terminate()
        server.wait(30)


def test_http_headers_reach_the_server(
    tmp_path: Path, remote_toolgen: str, reset: MockServer
) -> None:
    config = tmp_path / "remote.json"
    servers = {
        "remote": {
            "url": remote_toolgen,
            "headers": {"Authorization": "Bearer alice-token-0123456789"},
        },
        "anonymous": {"url": remote_toolgen},
    }
    config.write_text(json.dumps({"mcpServers": servers}), encoding="utf-8")
    result = run(
        config,
        """local apps = app.mcp.remote.fly_io__list_apps({})
        local ok, err = pcall(mcp.tools, "anonymous")
        return {type(apps), ok, tostring(err), json.encode(mcp.servers())}""",
    )
    assert result.error is None, result.error
    assert result.result[:2] == ["table", False]
    assert "MCP server 'anonymous' failed to start" in result.result[2]
    assert "alice-token-0123456789" not in result.result[3]  # headers stay private
    assert [r["query"]["org_slug"] for r in reset.requests()] == [["production-org-slug"]]


SLEEPER = "import sys, time; time.sleep(120)"


def running(marker: str) -> list[int]:
    """Processes whose command line holds `marker`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            if marker.encode() in cmdline.read_bytes():
                found.append(int(cmdline.parent.name))
        except OSError:
            pass  # it ended while we looked
    return found


def test_a_server_that_never_answers_times_out_and_is_stopped(tmp_path: Path) -> None:
    marker = str(tmp_path / "sleepy-marker")
    config = tmp_path / "mcp.json"
    sleepy = {"command": sys.executable, "args": ["-c", SLEEPER, marker]}
    config.write_text(json.dumps({"mcpServers": {"sleepy": sleepy}}), encoding="utf-8")
    started = time.monotonic()
    result = run(config, 'local tools = mcp.tools("sleepy")', Limits(timeout=3.0))
    assert result.error is not None
    assert "MCP server 'sleepy': start timed out" in result.error["message"]
    assert time.monotonic() - started < 15  # the limit, then stopping the server
    for _ in range(50):
        if not running(marker):
            break
        time.sleep(0.1)
    assert running(marker) == [], "the server process was left running"


def test_servers_of_a_killed_run_are_stopped_too(tmp_path: Path) -> None:
    """A stuck C call gets the child killed; its stdio servers must not outlive it,
    even one that ignores the end of its stdin (this one sleeps on after it)."""
    marker = str(tmp_path / "lingering-marker")
    server = f"'{sys.executable}' '{HERE / 'mcp_test_server.py'}' stdio '{tmp_path}'"
    lingering = {"command": "sh", "args": ["-c", f"{server}; sleep 120; : {marker}"]}
    config = tmp_path / "mcp.json"
    config.write_text(json.dumps({"mcpServers": {"lingering": lingering}}), encoding="utf-8")
    script = """print(app.mcp.lingering.shout({ text = "up" }))
    local s = string.rep("a", 200000)
    return s:find(".-.-.-b")"""
    result = run(config, script, Limits(timeout=8.0))
    assert result.output == "UP!\n"
    assert result.error == {"message": "time limit exceeded (8s)"}
    for _ in range(50):
        if not running(marker):
            break
        time.sleep(0.1)
    assert running(marker) == [], "the server outlived the killed run"


def test_servers_listing_hides_secret_arguments_and_url_parts() -> None:
    from generator.hosts.lua.mcp_config import ServerConfig

    stdio = ServerConfig(
        "a", "stdio", command="x", args=("--api-key", "k1", "--token=t2", "-p", "80")
    )
    http = ServerConfig("b", "http", url="https://user:pw@h.example/mcp?access_token=t3&x=1")
    assert stdio.describe()["args"] == ["--api-key", "[redacted]", "--token=[redacted]", "-p", "80"]
    assert http.describe()["url"] == "https://h.example/mcp?access_token=[redacted]&x=1"
