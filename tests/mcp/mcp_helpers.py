"""Run `toolgen mcp serve` as a subprocess and talk to it with the SDK's own clients."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TextIO

import mcp_types as types
from jsonschema import Draft202012Validator
from mcp.client.session import ClientSession, ElicitationFnT
from mcp.client.stdio import StdioServerParameters, stdio_client

ROOT = Path(__file__).resolve().parents[2]
TOOLGEN = str(Path(sys.executable).parent / "toolgen")
SCHEMAS_DIR = ROOT / "generated" / "mcp"
READ_TIMEOUT = 60.0


def generated_tools() -> dict[str, list[dict[str, Any]]]:
    """{provider id: tool definitions} as `toolgen generate` wrote them."""
    return {
        path.stem: json.loads(path.read_text(encoding="utf-8"))["tools"]
        for path in sorted(SCHEMAS_DIR.glob("*.json"))
    }


def definitions_by_name() -> dict[str, dict[str, Any]]:
    return {tool["name"]: tool for tools in generated_tools().values() for tool in tools}


def is_read_only(definition: dict[str, Any]) -> bool:
    """Whether the spec (not the annotation under test) makes the tool `access: read`."""
    return spec_access()[definition["name"]] == "read"


@functools.cache
def spec_access() -> dict[str, str]:
    """{MCP name: access} of every bundled tool, from the spec model."""
    from generator import naming
    from generator.spec import load_or_raise, spec_paths

    catalog = load_or_raise(spec_paths(ROOT), ROOT)
    return {
        naming.mcp_name(provider.namespace, tool.name): tool.access
        for provider in catalog.providers
        for tool in provider.tools
    }


@asynccontextmanager
async def mcp_session(
    *args: str,
    credentials: Path | None = None,
    errlog: TextIO | None = None,
    elicitation_callback: ElicitationFnT | None = None,
) -> AsyncIterator[ClientSession]:
    """An initialized session with `toolgen mcp serve ARGS` (stdio), stopped on exit.

    The child sees only the SDK's minimal environment plus `TOOLGEN_CREDENTIALS`,
    so no provider token leaks in from the developer's shell. With
    `elicitation_callback` the client declares the elicitation capability.
    """
    env = {"TOOLGEN_CREDENTIALS": str(credentials)} if credentials else {}
    params = StdioServerParameters(command=TOOLGEN, args=["mcp", "serve", *args], env=env, cwd=ROOT)
    transport = stdio_client(params, errlog=errlog or sys.stderr)
    async with (
        transport as (read, write),
        ClientSession(
            read, write, READ_TIMEOUT, elicitation_callback=elicitation_callback
        ) as session,
    ):
        await session.initialize()
        yield session


def text_of(result: types.CallToolResult) -> str:
    block = result.content[0]
    assert isinstance(block, types.TextContent)
    return block.text


def assert_conforms(definition: dict[str, Any], result: types.CallToolResult) -> None:
    """A successful result: structuredContent valid for the outputSchema; the text is its JSON."""
    assert not result.is_error, text_of(result)
    value = json.loads(text_of(result))
    schema = definition.get("outputSchema")
    if schema is None:
        assert result.structured_content is None
        return
    errors = [
        e.message for e in Draft202012Validator(schema).iter_errors(result.structured_content)
    ]
    assert errors == []
    assert result.structured_content == value  # the same shape in both blocks
