"""Every published spelling of a tool or param works wherever a name is taken.

Heroku's seed pages call tools with `app_id`; the spec's param is
`app_id_or_name` with `aliases: [app_id]`. Buildkite's `list_builds` has the
alias `list`, so `app.integrations.buildkite.list` is a Lua path of it. Both
are exercised through the registry, `toolgen call`, the Lua host and the MCP
server, against the mock provider server.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.hosts.lua import Limits, LuaHost
from generator.hosts.mcp.server import ServerOptions, ToolHandlers, load_handlers
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry

APP_PATH = "/apps/orders-api"


@pytest.fixture
def registry(reset: MockServer, credentials_file: Path) -> Registry:
    return Registry.load(["heroku", "buildkite"])


def paths(server: MockServer) -> list[str]:
    return [str(request["path"]) for request in server.requests()]


@pytest.mark.parametrize(
    "name",
    [
        "buildkite.list",
        "app.integrations.buildkite.list",
        'app.integrations["buildkite"].list',
        "buildkite.buildkite_list_builds",
        "app.integrations.buildkite.buildkite_list_builds",
    ],
)
def test_every_spelling_of_an_alias_resolves(registry: Registry, name: str) -> None:
    assert registry.resolve(name).full_name == "buildkite.list_builds"


def test_toolgen_call_takes_an_alias_lua_path(registry: Registry, reset: MockServer) -> None:
    args = json.dumps({"organization": "acme", "pipeline": "deploy", "per_page": 1})
    result = CliRunner().invoke(app, ["call", "app.integrations.buildkite.list", "--args", args])
    assert result.exit_code == 0, result.stderr
    assert paths(reset)[0].endswith("/organizations/acme/pipelines/deploy/builds")


def test_registry_and_toolgen_call_take_app_id(registry: Registry, reset: MockServer) -> None:
    assert registry.call("heroku.get_app", {"app_id": "orders-api"})["name"]
    result = CliRunner().invoke(
        app, ["call", "heroku.get_app", "--args", '{"app_id": "orders-api"}']
    )
    assert result.exit_code == 0, result.stderr
    assert [p.endswith(APP_PATH) for p in paths(reset)] == [True, True]


def test_giving_a_param_and_its_alias_is_refused(registry: Registry) -> None:
    from generator.hosts.registry import ArgumentError

    with pytest.raises(ArgumentError, match="given twice"):
        registry.call("heroku.get_app", {"app_id": "a", "app_id_or_name": "b"})


def test_lua_takes_app_id(registry: Registry, reset: MockServer) -> None:
    host = LuaHost(registry, limits=Limits(timeout=10.0))
    result = host.run('return app.integrations.heroku.get_app({ app_id = "orders-api" }).name')
    assert result.ok, result.error
    assert paths(reset)[0].endswith(APP_PATH)


async def test_mcp_takes_app_id(registry: Registry, reset: MockServer) -> None:
    handlers = load_handlers(ServerOptions(providers=("heroku",)))
    assert isinstance(handlers, ToolHandlers)
    result = await handlers.call("heroku__get_app", {"app_id": "orders-api"})
    assert not result.is_error, result.content
    assert paths(reset)[0].endswith(APP_PATH)


async def test_mcp_refuses_a_10_mb_argument_with_a_tool_error(
    registry: Registry, reset: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    handlers = load_handlers(ServerOptions(providers=("heroku",)))
    assert isinstance(handlers, ToolHandlers)
    result = await handlers.call("heroku__get_app", {"app_id_or_name": "x" * 10_000_000})
    assert result.is_error
    [text] = [block.text for block in result.content if block.type == "text"]
    assert text == ("heroku__get_app: arguments of 10,000,022 bytes exceed the limit of 1,000,000")
    assert "Traceback" not in caplog.text
    assert reset.requests() == []


async def test_mcp_refuses_a_url_no_server_takes_with_a_tool_error(
    registry: Registry, reset: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Under the argument cap, a 100 kB path value still makes a URL httpx refuses."""
    handlers = load_handlers(ServerOptions(providers=("heroku",)))
    assert isinstance(handlers, ToolHandlers)
    result = await handlers.call("heroku__get_app", {"app_id_or_name": "x" * 100_000})
    assert result.is_error
    [text] = [block.text for block in result.content if block.type == "text"]
    assert text == "get_app: the request URL would be 100,006 characters (at most 32,768)"
    assert "Traceback" not in caplog.text
    assert reset.requests() == []
