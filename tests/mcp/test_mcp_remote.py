"""The remote HTTP server: bearer tokens per account, stateless replicas, health, start-up line.

Real `toolgen mcp serve` processes on free loopback ports, the official MCP
client over streamable HTTP, and fly-io mocks whose request logs show who
reached which account (each account's base_url is its own mock).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import httpx2
import pytest
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp_helpers import READ_TIMEOUT, ROOT, TOOLGEN, text_of
from remote_helpers import Alternating, bearer_client, remote_server, tokens_file

from generator.hosts.mock import MockServer
from generator.spec.model import Catalog

ALICE_TOKEN = "alice-0123456789-abcdef"
BOB_TOKEN = "bob-0123456789-abcdefgh"
CALL = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
        "params": {"name": "fly_io__get_app", "arguments": {"app_name": "my-app"}}}  # fmt: skip
MCP_HEADERS = {
    "accept": "application/json, text/event-stream",
    "mcp-protocol-version": "2025-11-25",
}


@pytest.fixture
def mocks(catalog: Catalog) -> Iterator[dict[str, MockServer]]:
    """A fly-io mock per account."""
    fly = next(p for p in catalog.providers if p.id == "fly-io")
    with MockServer(fly) as alice, MockServer(fly) as bob:
        yield {"alice": alice, "bob": bob}


@pytest.fixture
def accounts(tmp_path: Path, mocks: dict[str, MockServer]) -> Path:
    """`[fly-io.alice]` and `[fly-io.bob]`, each at its own mock; no default account."""
    tables = [
        f'[fly-io.{name}]\napi_token = "{name}-upstream"\nbase_url = "{mock.url}"\n'
        for name, mock in mocks.items()
    ]
    path = tmp_path / "credentials.toml"
    path.write_text("\n".join(tables), encoding="utf-8")
    return path


@pytest.fixture
def tokens(tmp_path: Path) -> Path:
    """Alice's token stored as its SHA-256, Bob's as is."""
    mapping = {ALICE_TOKEN: "alice", BOB_TOKEN: "bob"}
    return tokens_file(tmp_path / "tokens.toml", mapping, hashed={ALICE_TOKEN})


async def call_as(url: str, token: str, app_name: str) -> str:
    async with (
        bearer_client(token) as http,
        streamable_http_client(url, http_client=http) as (read, write),
        ClientSession(read, write, READ_TIMEOUT) as session,
    ):
        await session.initialize()
        result = await session.call_tool("fly_io__get_app", {"app_name": app_name})
        assert not result.is_error, text_of(result)
        selecting = await session.call_tool(
            "fly_io__get_app", {"app_name": app_name, "account": "bob"}
        )
        assert selecting.is_error and "'account' was unexpected" in text_of(selecting)
        return str(json.loads(text_of(result))["name"])


async def test_each_token_reaches_only_its_own_account(
    tmp_path: Path, accounts: Path, tokens: Path, mocks: dict[str, MockServer]
) -> None:
    with remote_server(tmp_path, "--tokens-file", str(tokens), credentials=accounts) as server:
        assert await call_as(server.url, ALICE_TOKEN, "alice-app") == "alice-app"
        assert await call_as(server.url, BOB_TOKEN, "bob-app") == "bob-app"
        log = server.access_log()
    for name, mock in mocks.items():
        assert [r["path"] for r in mock.requests()] == [f"/v1/apps/{name}-app"]
    calls = [(e["account"], e["tool"]) for e in log if e.get("rpc") == "tools/call"]
    assert calls == [("alice", "fly_io__get_app")] * 2 + [("bob", "fly_io__get_app")] * 2
    text = server.log.read_text()
    assert ALICE_TOKEN not in text and BOB_TOKEN not in text and "upstream" not in text


@pytest.mark.parametrize("stateless", [False, True])
async def test_missing_or_wrong_token_is_401_and_runs_nothing(
    tmp_path: Path, accounts: Path, tokens: Path, mocks: dict[str, MockServer], stateless: bool
) -> None:
    args = ["--tokens-file", str(tokens), *(["--stateless"] if stateless else [])]
    with remote_server(tmp_path, *args, credentials=accounts) as server:
        async with httpx.AsyncClient(timeout=10) as http:
            refusals = [
                await http.post(server.url, json=CALL, headers={**MCP_HEADERS, **extra})
                for extra in (
                    {},
                    {"authorization": "Bearer wrong-token-0123456789"},
                    {"authorization": f"Bearer {ALICE_TOKEN}x"},
                    {"authorization": f"Basic {ALICE_TOKEN}"},
                    {"authorization": "Bearer"},
                )
            ]
            with pytest.raises(Exception, match="TaskGroup"):  # the official client can't get in
                await call_as(server.url, "not-a-known-token-at-all", "x")
            health = await http.get(server.fields["health"])
        log = server.access_log()
    assert [r.status_code for r in refusals] == [401] * 5
    for response in refusals:
        assert response.headers["www-authenticate"].startswith('Bearer realm="toolgen-mcp"')
    assert [e["method"] for e in log] == ["POST"] * 6  # bodies of refused requests go unread
    assert health.status_code == 200  # probes need no token
    assert all(mock.requests() == [] for mock in mocks.values())  # no tool ran
    assert log and all(e["status"] == 401 and e["account"] is None for e in log)


async def test_stateless_replicas_serve_one_client_alternately(
    tmp_path: Path, accounts: Path, tokens: Path, mocks: dict[str, MockServer]
) -> None:
    args = ["--stateless", "--tokens-file", str(tokens)]
    with (
        remote_server(tmp_path, *args, credentials=accounts) as first,
        remote_server(tmp_path, *args, credentials=accounts) as second,
    ):
        ports = [httpx.URL(server.url).port or 0 for server in (first, second)]
        balancer = Alternating(ports)
        headers = {"Authorization": f"Bearer {BOB_TOKEN}"}
        async with (
            httpx2.AsyncClient(transport=balancer, headers=headers, timeout=30) as http,
            streamable_http_client(first.url, http_client=http) as (read, write),
            ClientSession(read, write, READ_TIMEOUT) as session,
        ):
            await session.initialize()
            listed = await session.list_tools()
            names = [f"app-{n}" for n in range(6)]
            results = [await session.call_tool("fly_io__get_app", {"app_name": n}) for n in names]
        logs = first.access_log(), second.access_log()
    assert len(listed.tools) > 0
    assert [json.loads(text_of(r))["name"] for r in results] == names
    assert sorted(set(balancer.sent)) == sorted(ports)  # both replicas answered
    for log in logs:
        assert {e["rpc"] for e in log} >= {"tools/call"}
        assert all(e["status"] in (200, 202) and e["account"] == "bob" for e in log)
    assert [r["path"] for r in mocks["bob"].requests()] == [f"/v1/apps/{n}" for n in names]


def test_workers_startup_line_and_health(tmp_path: Path, accounts: Path) -> None:
    args = ["--stateless", "--workers", "2", "--read-only", "-p", "fly-io"]
    with remote_server(tmp_path, *args, credentials=accounts) as server:
        health = httpx.get(server.fields["health"], timeout=10).json()
        wrong = httpx.get(server.url.replace("/mcp", "/nope"), timeout=10)
        children = subprocess.run(
            ["pgrep", "-P", str(server.process.pid)], capture_output=True, text=True, check=False
        ).stdout.split()
    read_tools = sum(
        t["annotations"]["readOnlyHint"] is True
        for t in json.loads((ROOT / "generated/mcp/fly-io.json").read_text())["tools"]
    )
    assert server.url.startswith("http://127.0.0.1:") and server.url.endswith("/mcp")
    assert server.fields == {
        "transport": "streamable-http", "state": "stateless", "workers": "2", "auth": "none",
        "health": server.url.removesuffix("/mcp") + "/healthz", "mode": "direct",
        "providers": "1", "tools": str(read_tools), "read_only": "yes",
    }  # fmt: skip
    assert health == {
        "status": "ok", "transport": "streamable-http", "stateless": True, "mode": "direct",
        "providers": 1, "tools": read_tools, "read_only": True,
    }  # fmt: skip
    assert wrong.status_code == 404 and "/mcp" in wrong.json()["error"]
    assert len(children) == 2


def children_of(pid: int) -> set[int]:
    found = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True, check=False)
    return {int(child) for child in found.stdout.split()}


def test_a_dead_worker_is_replaced_and_all_stop_with_the_server(
    tmp_path: Path, accounts: Path
) -> None:
    args = ["--stateless", "--workers", "2", "-p", "fly-io"]
    with remote_server(tmp_path, *args, credentials=accounts) as server:
        first = children_of(server.process.pid)
        victim = min(first)
        os.kill(victim, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while (now := children_of(server.process.pid)) in (first, first - {victim}):
            assert time.monotonic() < deadline, "the dead worker was not replaced"
            time.sleep(0.1)
        assert len(now) == 2 and victim not in now
        assert httpx.get(server.fields["health"], timeout=10).status_code == 200
        log = server.log.read_text()
    assert f"worker {victim} exited (-9)" in log
    for pid in now:  # terminating the parent stopped every worker
        assert not Path(f"/proc/{pid}").exists() or "Z" in _state(pid)


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"


def serve(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [TOOLGEN, "mcp", "serve", *args],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False,
        env={"PATH": str(Path(TOOLGEN).parent), **(env or {})},
    )  # fmt: skip


@pytest.mark.parametrize("host", ["0.0.0.0", "192.0.2.1", "::"])
def test_non_loopback_without_tokens_is_refused(host: str) -> None:
    done = serve("--transport", "http", "--host", host, "--port", "0")
    assert done.returncode == 2
    assert f"refusing to listen on {host} without authentication" in done.stderr
    assert "toolgen mcp: serving" not in done.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('[tokens]\n"short" = "alice"\n', "at least 16 characters"),
        ('[tokens]\n"sha256:abc" = "alice"\n', "64 hex digits"),
        ("[tokens]\n", "no tokens"),
        ('[tokens]\n"alice-0123456789-abcdef" = "../etc"\n', "must be an account name"),
        ("tokens = [", "not valid TOML"),
    ],
)
def test_unusable_tokens_file_is_refused(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "tokens.toml"
    path.write_text(content, encoding="utf-8")
    done = serve("--transport", "http", "--tokens-file", str(path))
    assert done.returncode == 2 and message in done.stderr and "error:" in done.stderr


def test_workers_need_stateless() -> None:
    done = serve("--transport", "http", "--port", "0", "--workers", "2")
    assert done.returncode == 2 and "--workers needs --stateless" in done.stderr


def test_tokens_exclude_a_fixed_account(tmp_path: Path) -> None:
    env = {"TOOLGEN_MCP_TOKENS": f"{ALICE_TOKEN}=alice"}
    done = serve("--transport", "http", "--account", "bob", env=env)
    assert done.returncode == 2 and "--account cannot be combined with tokens" in done.stderr


def test_empty_schemas_dir_is_an_error(tmp_path: Path) -> None:
    done = serve("--schemas-dir", str(tmp_path))
    assert done.returncode == 2
    assert "no <provider>.json MCP schemas" in done.stderr and str(tmp_path) in done.stderr


async def test_code_mode_scripts_cannot_pick_another_account(
    tmp_path: Path, accounts: Path, tokens: Path, mocks: dict[str, MockServer]
) -> None:
    own = 'return app.integrations.fly_io.get_app({app_name = "mine"}).name'
    other = 'return app.integrations.fly_io.bob.get_app({app_name = "theirs"}).name'
    args = ["--mode", "code", "--tokens-file", str(tokens)]
    with remote_server(tmp_path, *args, credentials=accounts) as server:
        async with (
            bearer_client(ALICE_TOKEN) as http,
            streamable_http_client(server.url, http_client=http) as (read, write),
            ClientSession(read, write, READ_TIMEOUT) as session,
        ):
            await session.initialize()
            mine = await session.call_tool("run_lua", {"code": own})
            theirs = await session.call_tool("run_lua", {"code": other})
    assert json.loads(text_of(mine))["result"] == "mine", text_of(mine)
    refused = json.loads(text_of(theirs))
    assert refused["ok"] is False and refused["result"] is None, refused
    assert "account 'bob' refused" in refused["error"]["message"]
    assert [r["path"] for r in mocks["alice"].requests()] == ["/v1/apps/mine"]
    assert mocks["bob"].requests() == []


async def test_a_session_belongs_to_the_token_that_opened_it(
    tmp_path: Path, accounts: Path, tokens: Path, mocks: dict[str, MockServer]
) -> None:
    initialize = {"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": {
        "protocolVersion": "2025-11-25", "capabilities": {},
        "clientInfo": {"name": "test", "version": "0"}}}  # fmt: skip
    with remote_server(tmp_path, "--tokens-file", str(tokens), credentials=accounts) as server:
        async with httpx.AsyncClient(timeout=10) as http:
            alice = {**MCP_HEADERS, "authorization": f"Bearer {ALICE_TOKEN}"}
            opened = await http.post(server.url, json=initialize, headers=alice)
            session = {"mcp-session-id": opened.headers["mcp-session-id"]}
            bob = {**MCP_HEADERS, **session, "authorization": f"Bearer {BOB_TOKEN}"}
            hijack = await http.post(server.url, json=CALL, headers=bob)
    assert opened.status_code == 200
    assert hijack.status_code == 404
    assert all(mock.requests() == [] for mock in mocks.values())


def test_stdio_prints_its_startup_line_on_stderr() -> None:
    done = serve("--read-only", "-p", "fly-io")  # stdin is empty: serves nothing, exits
    read_tools = sum(
        t["annotations"]["readOnlyHint"] is True
        for t in json.loads((ROOT / "generated/mcp/fly-io.json").read_text())["tools"]
    )
    assert done.returncode == 0 and done.stdout == ""
    expected = (
        "toolgen mcp: serving stdio transport=stdio mode=direct providers=1 "
        f"tools={read_tools} read_only=yes"
    )
    assert done.stderr.splitlines() == [expected]


def test_workers_stop_when_the_parent_is_killed(tmp_path: Path, accounts: Path) -> None:
    args = ["--stateless", "--workers", "2", "-p", "fly-io"]
    with remote_server(tmp_path, *args, credentials=accounts) as server:
        workers = children_of(server.process.pid)
        server.process.kill()  # SIGKILL: the parent can pass nothing on
        server.process.wait(timeout=10)
        deadline = time.monotonic() + 20
        while alive := {pid for pid in workers if _state(pid) != "Z"}:
            assert time.monotonic() < deadline, f"orphaned workers {alive}"
            time.sleep(0.1)
    assert len(workers) == 2
