"""`toolgen mcp serve --mode code`: search_docs -> read_docs -> run_lua with the official client."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
from jsonschema import Draft202012Validator
from mcp.client.session import ClientSession
from mcp.client.streamable_http import streamable_http_client
from mcp.shared.exceptions import MCPError
from mcp_helpers import READ_TIMEOUT, TOOLGEN, mcp_session, text_of
from remote_helpers import bearer_client, remote_server

from generator.hosts.mcp.code_tools import definitions
from generator.hosts.mock import MockServer

TOOLS = {"search_docs", "read_docs", "run_lua"}


def structured(result: types.CallToolResult, tool: dict[str, Any]) -> dict[str, Any]:
    """The result's structuredContent, checked against the tool's outputSchema and the text."""
    value = result.structured_content
    assert isinstance(value, dict), text_of(result)
    Draft202012Validator(tool["outputSchema"]).validate(value)
    assert json.loads(text_of(result)) == value  # the text block carries the same shape
    return value


@pytest.mark.parametrize("allow_writes", [False, True])
def test_three_tools_are_complete_and_small(allow_writes: bool) -> None:
    tools = definitions(allow_writes=allow_writes)
    assert {t["name"] for t in tools} == TOOLS
    for tool in tools:
        assert {
            "name",
            "title",
            "description",
            "inputSchema",
            "outputSchema",
            "annotations",
        } <= set(tool)
        Draft202012Validator.check_schema(tool["inputSchema"])
        Draft202012Validator.check_schema(tool["outputSchema"])
    assert len(json.dumps(tools).encode()) < 5_000  # the same at any catalog size
    run = next(t for t in tools if t["name"] == "run_lua")
    assert run["annotations"]["readOnlyHint"] is not allow_writes


async def agent_session(session: ClientSession) -> tuple[dict[str, Any], str, dict[str, Any]]:
    """What an agent does: search, read the top hit's docs, call it from Lua (three calls)."""
    listed = {t.name: t.model_dump(by_alias=True) for t in (await session.list_tools()).tools}
    assert set(listed) == TOOLS
    found = await session.call_tool(
        "search_docs", {"query": "who collaborates on my heroku app", "limit": 3}
    )
    hit = structured(found, listed["search_docs"])["hits"][0]
    read = await session.call_tool("read_docs", {"name": hit["full_name"]})
    markdown = structured(read, listed["read_docs"])["markdown"]
    param = hit["params"][0]
    code = (
        f'local people = {hit["lua_path"]}({{{param} = "my-app"}})\nprint(#people)\nreturn people'
    )
    ran = await session.call_tool("run_lua", {"code": code})
    assert not ran.is_error, text_of(ran)
    return hit, markdown, structured(ran, listed["run_lua"])


def assert_agent_succeeded(
    hit: dict[str, Any], markdown: str, answer: dict[str, Any], mock: MockServer
) -> None:
    assert hit["full_name"] == "heroku.list_collaborators" and hit["params"][0] == "app_id_or_name"
    assert "app_id_or_name" in markdown and "list_collaborators" in markdown
    assert answer["ok"] and isinstance(answer["result"], list)
    assert answer["output"].strip() == str(len(answer["result"]))
    assert [(c["tool"], c["status"]) for c in answer["calls"]] == [
        ("heroku.list_collaborators", "ok")
    ]
    requests = mock.requests()  # the function walks every page: one request or more
    assert requests and {(r["provider"], r["method"], r["path"]) for r in requests} == {
        ("heroku", "GET", "/heroku/apps/my-app/collaborators")
    }


async def test_agent_finds_reads_and_runs_a_function_in_three_calls(
    credentials_file: Path, reset: MockServer
) -> None:
    async with mcp_session("--mode", "code", credentials=credentials_file) as session:
        outcome = await agent_session(session)
    assert_agent_succeeded(*outcome, reset)


async def test_the_same_over_stateless_http(
    tmp_path: Path, credentials_file: Path, reset: MockServer
) -> None:
    args = ("--mode", "code", "--transport", "http", "--port", "0", "--stateless")
    with remote_server(tmp_path, *args, credentials=credentials_file) as server:
        async with (
            bearer_client() as http,
            streamable_http_client(server.url, http_client=http) as (read, write),
            ClientSession(read, write, READ_TIMEOUT) as session,
        ):
            await session.initialize()
            outcome = await agent_session(session)
    assert_agent_succeeded(*outcome, reset)


async def test_writes_are_refused_without_allow_writes(
    credentials_file: Path, reset: MockServer
) -> None:
    code = 'return app.integrations.fly_io.create_app({app_name = "new-app"})'
    async with mcp_session("--mode", "code", credentials=credentials_file) as session:
        refused = await session.call_tool("run_lua", {"code": code})
    assert refused.is_error
    error = json.loads(text_of(refused))["error"]
    assert error["tool"] == "fly-io.create_app" and "--allow-writes" in error["message"]
    assert reset.requests() == []  # nothing was sent
    async with mcp_session(
        "--mode", "code", "--allow-writes", credentials=credentials_file
    ) as session:
        allowed = await session.call_tool("run_lua", {"code": code})
    assert not allowed.is_error, text_of(allowed)
    assert [r["method"] for r in reset.requests()] == ["POST"]


async def test_filters_errors_and_unknown_tools(credentials_file: Path) -> None:
    async with mcp_session("--mode", "code", "-p", "fly-*", credentials=credentials_file) as s:
        hits = await s.call_tool("search_docs", {"query": "delete", "access": "destructive"})
        other = await s.call_tool("search_docs", {"query": "list heroku apps"})
        bad = await s.call_tool("search_docs", {"query": "apps", "access": "admin"})
        missing = await s.call_tool("read_docs", {"name": "fly-io.list_apz"})
        script_error = await s.call_tool("run_lua", {"code": "error('boom')"})
        with pytest.raises(MCPError) as unknown:
            await s.call_tool("fly_io__list_apps", {})
    found = json.loads(text_of(hits))["hits"]
    assert found and {(h["access"], h["full_name"][:7]) for h in found} == {
        ("destructive", "fly-io.")
    }
    assert all(h["full_name"].startswith("fly-io.") for h in json.loads(text_of(other))["hits"])
    assert bad.is_error and "access" in text_of(bad)
    assert missing.is_error and "fly-io.list_apps" in text_of(missing)  # did you mean
    assert script_error.is_error and "boom" in json.loads(text_of(script_error))["error"]["message"]
    assert unknown.value.code == types.INVALID_PARAMS and "search_docs" in unknown.value.message


def test_direct_mode_filters_are_refused_in_code_mode() -> None:
    done = subprocess.run(
        [TOOLGEN, "mcp", "serve", "--mode", "code", "--category", "CI/CD"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "filter direct mode" in done.stderr


async def test_run_lua_answers_over_the_cap_are_refused(credentials_file: Path) -> None:
    code = 'return string.rep("x", 5000)'
    args = ("--mode", "code", "--max-result-bytes", "2000")
    async with mcp_session(*args, credentials=credentials_file) as session:
        big = await session.call_tool("run_lua", {"code": code})
        small = await session.call_tool("run_lua", {"code": "return #" + code[7:]})
    assert big.is_error and "over this server's cap of 2,000" in text_of(big)
    assert not small.is_error and json.loads(text_of(small))["result"] == 5000
