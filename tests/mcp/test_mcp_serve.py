"""`toolgen mcp serve` over stdio against the mock providers: listing, calls, errors."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import mcp_types as types
import pytest
from mcp.shared.exceptions import MCPError
from mcp_helpers import (
    assert_conforms,
    definitions_by_name,
    generated_tools,
    is_read_only,
    mcp_session,
    text_of,
)

from generator import naming
from generator.hosts.mock import MockServer
from generator.spec.model import Catalog


def first_read_tool_without_arguments(tools: list[dict[str, Any]]) -> str:
    return next(
        str(t["name"]) for t in tools if is_read_only(t) and not t["inputSchema"].get("required")
    )


async def test_lists_exactly_the_generated_tools(catalog: Catalog, credentials_file: Path) -> None:
    async with mcp_session(credentials=credentials_file) as session:
        listed = (await session.list_tools()).tools
    served = {tool.name: tool.model_dump(by_alias=True, exclude_none=True) for tool in listed}
    assert served == definitions_by_name()  # the generated JSON, as is
    for provider in catalog.providers:
        expected = {naming.mcp_name(provider.namespace, tool.name) for tool in provider.tools}
        assert {name for name in served if name.startswith(f"{provider.namespace}__")} == expected


async def test_read_tools_answer_with_structured_content(
    credentials_file: Path, reset: MockServer
) -> None:
    definitions = definitions_by_name()
    calls: dict[str, dict[str, Any]] = {
        first_read_tool_without_arguments(tools): {} for tools in generated_tools().values()
    }
    calls["fly_io__get_app"] = {"app_name": "my-app"}  # an object result, not wrapped
    async with mcp_session(credentials=credentials_file) as session:
        await session.list_tools()  # lets the client check results against outputSchema too
        for name, arguments in calls.items():
            result = await session.call_tool(name, arguments)
            assert_conforms(definitions[name], result)
    assert json.loads(text_of(result))["name"] == "my-app"
    assert {r["provider"] for r in reset.requests()} == set(generated_tools())


async def test_write_tools_run_with_allow_writes(credentials_file: Path, reset: MockServer) -> None:
    definitions = definitions_by_name()
    async with mcp_session("--allow-writes", credentials=credentials_file) as session:
        result = await session.call_tool("fly_io__create_app", {"app_name": "new-app"})
    assert_conforms(definitions["fly_io__create_app"], result)
    assert [r["method"] for r in reset.requests()] == ["POST"]


async def test_bad_calls_are_tool_errors_and_reach_no_provider(
    credentials_file: Path, reset: MockServer
) -> None:
    async with mcp_session(credentials=credentials_file) as session:
        wrong_type = await session.call_tool("fly_io__get_app", {"app_name": 5})
        missing = await session.call_tool("fly_io__get_app", {})
        unexpected = await session.call_tool("fly_io__list_apps", {"bogus": True})
        with pytest.raises(MCPError) as unknown:  # not a tool result: a protocol error
            await session.call_tool("fly_io__list_app", {})
        still_fine = await session.call_tool("fly_io__get_app", {"app_name": "my-app"})
    assert wrong_type.is_error and "app_name" in text_of(wrong_type)
    assert "not of type 'string'" in text_of(wrong_type)
    assert missing.is_error and "'app_name' is a required property" in text_of(missing)
    assert unexpected.is_error and "'bogus' was unexpected" in text_of(unexpected)
    assert unknown.value.code == types.INVALID_PARAMS
    assert "did you mean 'fly_io__list_apps'" in unknown.value.message
    assert not still_fine.is_error
    assert len(reset.requests()) == 1  # only the valid call was sent


async def test_provider_errors_are_tool_errors(credentials_file: Path, reset: MockServer) -> None:
    reset.inject(status=404, path="/apps/gone", body={"error": "app gone not found"})
    async with mcp_session(credentials=credentials_file) as session:
        result = await session.call_tool("fly_io__get_app", {"app_name": "gone"})
    assert result.is_error
    assert "404" in text_of(result) and "app gone not found" in text_of(result)


async def test_missing_credentials_reported_on_first_call(tmp_path: Path, catalog: Catalog) -> None:
    empty = tmp_path / "credentials.toml"
    empty.write_text("", encoding="utf-8")
    fly = next(p for p in catalog.providers if p.id == "fly-io")
    token = next(c for c in fly.credentials if c.name == fly.api.auth.credential)
    variable = token.env or naming.env_var(fly.id, token.name)
    async with mcp_session(credentials=empty) as session:
        assert len((await session.list_tools()).tools) == len(definitions_by_name())
        result = await session.call_tool("fly_io__list_apps", {})
    assert result.is_error
    assert variable in text_of(result) and "[fly-io.default]" in text_of(result)


async def test_logs_go_to_stderr(credentials_file: Path, tmp_path: Path, reset: MockServer) -> None:
    log = tmp_path / "stderr.log"
    with log.open("w", encoding="utf-8") as errlog:
        async with mcp_session("--verbose", credentials=credentials_file, errlog=errlog) as session:
            assert not (await session.call_tool("fly_io__list_apps", {})).is_error
    text = log.read_text(encoding="utf-8")
    assert "fly_io__list_apps ok" in text
    assert "test-token" not in text


async def answer_with_altered_machine(
    credentials: Path, mock: MockServer, field: str, value: Any
) -> types.CallToolResult:
    """`fly_io__get_machine` once the mock's answer has `field` set to `value`."""
    arguments = {"app_name": "a", "machine_id": "m1"}
    async with mcp_session(credentials=credentials) as session:
        machine = json.loads(text_of(await session.call_tool("fly_io__get_machine", arguments)))
        mock.inject(status=200, path="/machines/m1$", body=machine | {field: value})
        return await session.call_tool("fly_io__get_machine", arguments)


async def test_unknown_enum_values_from_the_server_pass_through(
    credentials_file: Path, reset: MockServer
) -> None:
    # "on-the-moon": a value the spec does not list
    result = await answer_with_altered_machine(
        credentials_file, reset, "host_status", "on-the-moon"
    )
    assert not result.is_error
    assert result.structured_content is not None
    assert result.structured_content["host_status"] == "on-the-moon"


async def test_answers_that_break_the_output_schema_are_tool_errors(
    credentials_file: Path, reset: MockServer
) -> None:
    result = await answer_with_altered_machine(credentials_file, reset, "config", ["a", "list"])
    assert result.is_error
    assert "config" in text_of(result)
