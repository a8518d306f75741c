"""The tool catalog and the listing in-process: filtering, bad schema files, both protocol eras."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from mcp.client.client import Client
from mcp.shared.exceptions import MCPError
from mcp_helpers import SCHEMAS_DIR, definitions_by_name, is_read_only
from mcp_types import INVALID_PARAMS

from generator.hosts.mcp.catalog import CatalogError, ToolCatalog
from generator.hosts.mcp.server import ServerOptions, build_server, load_handlers


@pytest.mark.parametrize("mode", ["legacy", "2026-07-28"])
async def test_both_protocol_eras_list_the_generated_tools(mode: str) -> None:
    server = build_server(load_handlers(ServerOptions(schemas_dir=SCHEMAS_DIR)))
    async with Client(server, mode=mode) as client:
        listed = (await client.list_tools()).tools
        with pytest.raises(MCPError) as unknown:
            await client.call_tool("heroku__list_appz", {})
    served = {tool.name: tool.model_dump(by_alias=True, exclude_none=True) for tool in listed}
    assert served == definitions_by_name()
    assert unknown.value.code == INVALID_PARAMS
    assert "did you mean 'heroku__list_apps'" in unknown.value.message


def test_read_only_catalog_hides_every_write_tool() -> None:
    catalog = ToolCatalog.load(SCHEMAS_DIR, read_only=True)
    definitions = definitions_by_name()
    writes = {name for name, definition in definitions.items() if not is_read_only(definition)}
    assert set(catalog.tools) == set(definitions) - writes
    assert catalog.hidden == writes
    assert "read-only" in catalog.unknown_message(min(writes))


def write_schemas(directory: Path, files: dict[str, Any]) -> Path:
    directory.mkdir()
    for stem, document in files.items():
        text = document if isinstance(document, str) else json.dumps(document)
        (directory / f"{stem}.json").write_text(text, encoding="utf-8")
    return directory


TOOL = {"name": "acme__ping", "inputSchema": {"type": "object"}}


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"acme": "{not json"}, "acme.json: cannot read MCP schemas"),
        ({"acme": [TOOL]}, "acme.json: expected an object with a `tools` list"),
        ({"acme": {"tools": [{"inputSchema": {}}]}}, "acme.json: tools[0] has no string `name`"),
        (
            {"acme": {"tools": [{"name": "acme__ping"}]}},
            "tools[0] (acme__ping) has no `inputSchema`",
        ),
        ({"acme": {"tools": [TOOL]}, "acme2": {"tools": [TOOL]}}, "'acme__ping' is defined twice"),
        ({"acme": {"tools": [dict(TOOL, annotations="x")]}}, "invalid tool definition"),
    ],
)
def test_bad_schema_files_are_located_errors(
    tmp_path: Path, files: dict[str, Any], message: str
) -> None:
    directory = write_schemas(tmp_path / "mcp", files)
    with pytest.raises(CatalogError, match=re.escape(message)):
        load_handlers(ServerOptions(schemas_dir=directory))
