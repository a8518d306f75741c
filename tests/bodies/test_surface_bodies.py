"""File values in their JSON form through `toolgen call`, the Lua host and the MCP server
(official client, in process), to the mock: the bytes, names and types that arrive."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from types import ModuleType

import pytest
from mcp.client.client import Client
from typer.testing import CliRunner

from generator.cli import app
from generator.hosts.lua import Limits, LuaHost
from generator.hosts.mcp.server import ServerOptions, build_server, load_handlers
from generator.hosts.mock import MockServer
from generator.hosts.registry import ArgumentError, Registry

PNG = b"\x89PNG\r\n\x1a\n\x00"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def test_toolgen_call_sends_a_text_file_and_a_form(package: ModuleType, server: MockServer) -> None:
    args = {"site_id": "s", "file": "hello\n", "title": "T", "labels": ["a"]}
    runner = CliRunner()
    result = runner.invoke(
        app, ["call", "bodies.upload_files", "--args", json.dumps(args), "--force"]
    )
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["id"] == "s"
    form = runner.invoke(app, ["call", "bodies.submit_form", "--args", '{"title": "x"}', "--force"])
    assert form.exit_code == 0, form.stderr
    upload, submitted = server.requests()
    assert upload["files"] == {
        "file": [
            {
                "filename": "file",
                "content_type": "application/octet-stream",
                "size": 6,
                "content_base64": b64(b"hello\n"),
            }
        ]
    }
    assert upload["form"] == {"title": ["T"], "labels": ["a"]}
    assert submitted["form"] == {"title": ["x"]}


def test_lua_sends_base64_content_with_a_name_and_type(
    package: ModuleType, server: MockServer, bodies_root: Path
) -> None:
    host = LuaHost(Registry.load(["bodies"]), force=True, limits=Limits(timeout=10.0))
    code = f"""
      local r = app.integrations.bodies.upload_files({{
        site_id = "s",
        file = {{ content_base64 = "{b64(PNG)}", filename = "logo.png", content_type = "image/png" }},
        extras = {{ "plain text", {{ content = "ü", filename = "u.txt" }} }},
      }})
      local blob = app.integrations.bodies.put_archive({{ name = "a", archive = "zip bytes" }})
      return {{ r.id, blob.id }}
    """
    result = host.run(code)
    assert result.ok, result.error
    upload, archive = server.requests()
    assert upload["files"]["file"] == [
        {"filename": "logo.png", "content_type": "image/png", "size": 9, "content_base64": b64(PNG)}
    ]
    assert [(p["filename"], p["content_type"]) for p in upload["files"]["extras"]] == [
        ("extras", "application/octet-stream"),
        ("u.txt", "text/plain"),
    ]
    assert base64.b64decode(upload["files"]["extras"][1]["content_base64"]) == "ü".encode()
    assert archive["content"]["content_type"] == "application/zip"
    assert base64.b64decode(archive["content"]["content_base64"]) == b"zip bytes"


def test_lua_reports_a_malformed_file_value(package: ModuleType, server: MockServer) -> None:
    host = LuaHost(Registry.load(["bodies"]), force=True, limits=Limits(timeout=10.0))
    result = host.run(
        'return app.integrations.bodies.post_blob({ data = { content_base64 = "%%" } })'
    )
    assert not result.ok and result.error is not None
    assert "'content_base64' is not valid base64" in result.error["message"]
    assert server.requests() == []


@pytest.mark.parametrize(
    "value",
    [5, {"content": "a", "content_base64": "YQ=="}, {"filename": "a"}, {"content": "a", "x": 1}],
)
def test_registry_refuses_file_values_outside_the_documented_form(
    package: ModuleType, value: object
) -> None:
    registry = Registry.load(["bodies"])
    entry = registry.resolve("bodies.post_blob")
    with pytest.raises(ArgumentError, match="file parameter 'data'|must be a string or a file"):
        registry.normalize(entry, {"data": value})


async def test_mcp_client_uploads_and_reads_an_empty_answer(
    package: ModuleType, server: MockServer, bodies_root: Path
) -> None:
    options = ServerOptions(
        providers=("bodies",), schemas_dir=bodies_root / "generated/mcp", allow_writes=True
    )
    mcp_server = build_server(load_handlers(options))
    server.inject(status=200, empty=True, path="/touch$")
    async with Client(mcp_server) as client:
        listed = {tool.name: tool for tool in (await client.list_tools()).tools}
        file_schema = listed["bodies__post_blob"].input_schema["properties"]["data"]
        uploaded = await client.call_tool(
            "bodies__post_blob",
            {"data": {"content_base64": b64(PNG), "filename": "x.png"}},
        )
        touched = await client.call_tool("bodies__touch", {"id": "r"})
        refused = await client.call_tool("bodies__post_blob", {"data": {"bytes": "x"}})
    assert {"string", "object"} == {option["type"] for option in file_schema["anyOf"]}
    assert not uploaded.is_error and uploaded.structured_content["id"]
    assert not touched.is_error and touched.structured_content == {"result": None}
    assert refused.is_error
    blob, _touch = server.requests()
    assert blob["content"] == {
        "content_type": "application/octet-stream",
        "size": len(PNG),
        "content_base64": b64(PNG),
    }
