"""Direct mode at scale, with the official client: paging, filters, the result cap,
destructive calls confirmed by elicitation, and the MCP error rules (issue 17)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
from jsonschema import Draft202012Validator
from mcp.client.context import ClientRequestContext
from mcp.shared.exceptions import MCPError
from mcp_helpers import TOOLGEN, definitions_by_name, generated_tools, mcp_session, text_of

from generator.hosts.mock import MockServer

DELETE = ("fly_io__delete_volume", {"app_name": "my-app", "volume_id": "vol_1"})


async def test_paging_walks_the_catalog_exactly_once(credentials_file: Path) -> None:
    names: list[str] = []
    pages = 0
    async with mcp_session("--page-size", "7", credentials=credentials_file) as session:
        cursor: str | None = None
        while True:
            params = types.PaginatedRequestParams(cursor=cursor) if cursor else None
            page = await session.list_tools(params=params)
            pages += 1
            assert len(page.tools) <= 7
            names += [tool.name for tool in page.tools]
            cursor = page.next_cursor
            if cursor is None:
                break
        with pytest.raises(MCPError) as bad:
            await session.list_tools(params=types.PaginatedRequestParams(cursor="not-mine"))
    assert sorted(names) == sorted(definitions_by_name()) and len(names) == len(set(names))
    assert pages == -(-len(names) // 7)
    assert bad.value.code == types.INVALID_PARAMS


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-p", "fly-*"], lambda p, d: p == "fly-io"),
        (["--access", "destructive"], lambda p, d: d["annotations"]["destructiveHint"]),
        (["--access", "read", "--access", "write"], lambda p, d: not _destructive(d)),
        (["--category", "ci/cd"], lambda p, d: p == "buildkite"),
    ],
)
async def test_filters(credentials_file: Path, args: list[str], expected: Any) -> None:
    wanted = {d["name"] for p, tools in generated_tools().items() for d in tools if expected(p, d)}
    left_out = sorted(set(definitions_by_name()) - wanted)
    async with mcp_session(*args, credentials=credentials_file) as session:
        listed = {tool.name for tool in (await session.list_tools()).tools}
        with pytest.raises(MCPError) as hidden:
            await session.call_tool(left_out[0], {})
    assert wanted and listed == wanted
    assert hidden.value.code == types.INVALID_PARAMS


def _destructive(definition: dict[str, Any]) -> bool:
    return bool(definition["annotations"]["destructiveHint"])


def test_a_category_without_providers_exits_2() -> None:
    done = subprocess.run(
        [TOOLGEN, "mcp", "serve", "--category", "Gardening"],
        capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False,
    )  # fmt: skip
    assert done.returncode == 2 and "no provider in category Gardening" in done.stderr


async def test_results_over_the_cap_are_cut_and_say_so(
    credentials_file: Path, reset: MockServer
) -> None:
    definitions = definitions_by_name()
    args = ("--max-result-bytes", "1000")
    async with mcp_session(*args, credentials=credentials_file) as session:
        full = await session.call_tool("fly_io__list_machines", {"app_name": "my-app"})
        one = await session.call_tool("fly_io__get_machine", {"app_name": "a", "machine_id": "m"})
    async with mcp_session(credentials=credentials_file) as session:
        whole = await session.call_tool("fly_io__list_machines", {"app_name": "my-app"})
    assert not full.is_error and len(full.content) == 2  # the value, then the note
    schema = definitions["fly_io__list_machines"]["outputSchema"]
    Draft202012Validator(schema).validate(full.structured_content)
    assert json.loads(text_of(full)) == full.structured_content
    shown, everything = full.structured_content["result"], whole.structured_content["result"]
    assert len(shown) < len(everything) and shown == everything[: len(shown)]
    note = full.content[1]
    assert isinstance(note, types.TextContent) and note.text.startswith("cut: the answer was ")
    assert f"({len(everything)} items)" in note.text and "cap of 1,000" in note.text
    assert "filtering or paging parameters" in note.text
    assert one.is_error and "over this server's cap of 1,000" in text_of(one)


async def test_destructive_calls_ask_through_elicitation(
    credentials_file: Path, reset: MockServer
) -> None:
    asked: list[str] = []

    def answering(action: str, confirm: bool) -> Any:
        async def callback(
            context: ClientRequestContext, params: types.ElicitRequestParams
        ) -> types.ElicitResult:
            asked.append(params.message)
            content = {"confirm": confirm} if action == "accept" else None
            return types.ElicitResult(action=action, content=content)  # type: ignore[arg-type]

        return callback

    outcomes = {}
    for action, confirm in (("accept", True), ("decline", False), ("accept", False)):
        async with mcp_session(
            credentials=credentials_file, elicitation_callback=answering(action, confirm)
        ) as session:
            outcomes[action, confirm] = await session.call_tool(*DELETE)
    assert not outcomes["accept", True].is_error, text_of(outcomes["accept", True])
    assert outcomes["decline", False].is_error and "declined" in text_of(outcomes["decline", False])
    assert outcomes["accept", False].is_error and "did not confirm" in text_of(
        outcomes["accept", False]
    )
    assert len(asked) == 3 and all("fly_io__delete_volume" in m and "vol_1" in m for m in asked)
    assert [r["method"] for r in reset.requests()] == ["DELETE"]  # only the confirmed call


async def test_without_elicitation_writes_follow_allow_writes(
    credentials_file: Path, reset: MockServer
) -> None:
    async with mcp_session(credentials=credentials_file) as session:
        refused = await session.call_tool(*DELETE)
        write = await session.call_tool("fly_io__create_app", {"app_name": "new-app"})
    assert refused.is_error and "--allow-writes" in text_of(refused)
    assert write.is_error and "--allow-writes" in text_of(write)  # the policy's default: ask
    assert reset.requests() == []
    async with mcp_session("--allow-writes", credentials=credentials_file) as session:
        allowed = await session.call_tool(*DELETE)
        written = await session.call_tool("fly_io__create_app", {"app_name": "new-app"})
    assert not allowed.is_error, text_of(allowed)
    assert not written.is_error, text_of(written)
    assert [r["method"] for r in reset.requests()] == ["DELETE", "POST"]


async def test_policy_allow_runs_writes_without_flags(
    credentials_file: Path, reset: MockServer
) -> None:
    credentials_file.with_name("policy.toml").write_text('[fly-io]\nwrite = "allow"\n')
    async with mcp_session(credentials=credentials_file) as session:
        write = await session.call_tool("fly_io__create_app", {"app_name": "new-app"})
        refused = await session.call_tool(*DELETE)  # destructive still asks
    assert not write.is_error, text_of(write)
    assert refused.is_error and "--allow-writes" in text_of(refused)
    assert [r["method"] for r in reset.requests()] == ["POST"]


async def test_credential_defaults_are_stated_in_description_and_schema(
    credentials_file: Path,
) -> None:
    async with mcp_session("-p", "buildkite", credentials=credentials_file) as session:
        tools = (await session.list_tools()).tools
    defaulted = [t for t in tools if "organization" in t.input_schema["properties"]]
    assert defaulted
    for tool in defaulted:
        prop = tool.input_schema["properties"]["organization"]
        assert prop["x-toolgen-credential"] == "organization"
        assert "organization" not in tool.input_schema.get("required", [])
        assert "`organization` credential of the account" in (tool.description or "")


async def test_text_matches_structured_content_for_wrapped_results(
    credentials_file: Path, reset: MockServer
) -> None:
    async with mcp_session(credentials=credentials_file) as session:
        await session.list_tools()
        result = await session.call_tool("heroku__list_apps", {})
    assert not result.is_error
    assert set(result.structured_content or {}) == {"result"}
    assert json.loads(text_of(result)) == result.structured_content
