"""`toolgen mcp serve` options: --read-only, --provider, bad schema dirs, the http transport."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp_helpers import (
    ROOT,
    TOOLGEN,
    assert_conforms,
    definitions_by_name,
    generated_tools,
    is_read_only,
    mcp_session,
    text_of,
)
from mcp_types import INVALID_PARAMS

from generator.hosts.mock import MockServer


async def test_read_only_hides_and_refuses_write_tools(
    credentials_file: Path, reset: MockServer
) -> None:
    definitions = definitions_by_name()
    writes = sorted(name for name, d in definitions.items() if not is_read_only(d))
    assert writes
    async with mcp_session("--read-only", credentials=credentials_file) as session:
        listed = {tool.name for tool in (await session.list_tools()).tools}
        refused = []
        for name in writes[:5]:
            with pytest.raises(MCPError) as error:  # not offered: a protocol error
                await session.call_tool(name, {})
            refused.append(error.value)
    assert listed == {name for name, d in definitions.items() if is_read_only(d)}
    for error in refused:
        assert error.code == INVALID_PARAMS and "read-only" in error.message
    assert reset.requests() == []


async def test_provider_filter_and_account(credentials_file: Path, reset: MockServer) -> None:
    tools = generated_tools()
    args = ("-p", "fly-io", "-p", "render", "--account", "production")
    async with mcp_session(*args, credentials=credentials_file) as session:
        listed = {tool.name for tool in (await session.list_tools()).tools}
        with pytest.raises(MCPError) as other:
            await session.call_tool("heroku__list_apps", {})
        fly = await session.call_tool("fly_io__list_apps", {})
    assert listed == {t["name"] for t in tools["fly-io"] + tools["render"]}
    assert "unknown tool" in other.value.message
    assert not fly.is_error
    assert [r["query"]["org_slug"] for r in reset.requests()] == [["production-org-slug"]]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--provider", "nope"], "unknown provider 'nope'"),
        (["--schemas-dir", "missing-dir"], "no MCP schemas here"),
        (["--schemas-dir", "{broken}"], "broken.json: cannot read MCP schemas"),
    ],
)
def test_unusable_configuration_exits_2(tmp_path: Path, args: list[str], message: str) -> None:
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "broken.json").write_text('{"tools": [', encoding="utf-8")
    args = [
        a.replace("{broken}", str(broken)).replace("missing-dir", str(tmp_path / "x")) for a in args
    ]
    done = subprocess.run(
        [TOOLGEN, "mcp", "serve", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 2
    assert message in done.stderr and done.stdout == ""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def http_server(credentials_file: Path) -> Iterator[str]:
    port = free_port()
    process = subprocess.Popen(
        [TOOLGEN, "mcp", "serve", "--transport", "http", "--port", str(port), "-p", "fly-io"],
        cwd=ROOT,
        env={"TOOLGEN_CREDENTIALS": str(credentials_file), "PATH": str(Path(TOOLGEN).parent)},
        stdin=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/mcp"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, (
                    "server did not start"
                )
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


async def test_streamable_http_transport(http_server: str, reset: MockServer) -> None:
    definitions = definitions_by_name()
    transport = streamable_http_client(http_server)
    async with transport as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        listed = {tool.name for tool in (await session.list_tools()).tools}
        result = await session.call_tool("fly_io__get_app", {"app_name": "my-app"})
    assert listed == {t["name"] for t in generated_tools()["fly-io"]}
    assert_conforms(definitions["fly_io__get_app"], result)
    assert json.loads(text_of(result))["name"] == "my-app"
