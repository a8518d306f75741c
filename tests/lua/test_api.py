"""The API scripts see: app.integrations, docs, json, dump and print.

Calls go through the real registry and the generated Fly.io client to the
loopback mock server; its request log shows what reached the provider.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from generator.hosts.lua import LuaHost
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry

from .conftest import FAST

APPS_PAGE = {
    "total_apps": 2,
    "apps": [
        {"id": "a1", "name": "alpha", "status": "deployed", "organization": {"slug": "personal"}},
        {"id": "b2", "name": "beta"},
    ],
}


def ok(host: LuaHost, code: str) -> object:
    result = host.run(code)
    assert result.error is None
    return result.result


def error(host: LuaHost, code: str) -> dict[str, object]:
    result = host.run(code)
    assert not result.ok and result.error is not None
    return result.error


def org_slugs(mock: MockServer) -> list[str]:
    return [request["query"]["org_slug"][0] for request in mock.requests()]


@pytest.mark.parametrize(
    ("path", "org_slug"),
    [
        ("app.integrations.fly_io.list_apps", "personal"),
        ('app.integrations["fly-io"].list_apps', "personal"),
        ("app.integrations.fly_io.default.list_apps", "personal"),
        ("app.integrations.fly_io.production.flyListApps", "production-org-slug"),
    ],
)
def test_every_spelling_reaches_the_tool_with_its_account(
    host: LuaHost, credentials_file: Path, reset: MockServer, path: str, org_slug: str
) -> None:
    assert isinstance(ok(host, f"return #{path}({{}})"), int)
    assert [r["tool"] for r in reset.requests()] == ["list_apps"]
    assert org_slugs(reset) == [org_slug]  # the account's credential filled the param


def test_default_account_comes_from_the_host(
    fly_registry: Registry, credentials_file: Path, reset: MockServer
) -> None:
    host = LuaHost(fly_registry, account="production", limits=FAST)
    ok(host, "return app.integrations.fly_io.list_apps({})")
    assert org_slugs(reset) == ["production-org-slug"]


def test_unknown_account_names_the_missing_credential(
    host: LuaHost, credentials_file: Path
) -> None:
    failed = error(host, 'app.integrations.fly_io["work-2"].list_apps({})')
    assert failed["tool"] == "fly-io.list_apps"
    assert "[fly-io.work-2]" in str(failed["message"])


def test_values_convert_to_python(host: LuaHost) -> None:
    script = """return {
        list = {1, 2, 3}, nested = {a = {true, 'x'}}, empty = {}, empty_list = json.decode('[]'),
    }"""
    assert ok(host, script) == {
        "list": [1, 2, 3],
        "nested": {"a": [True, "x"]},
        "empty": {},
        "empty_list": [],
    }


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("{[1] = 'a', x = 'b'}", "arguments: a table must be a list"),
        ("{f = print}", "arguments.f: cannot convert a Lua function"),
        ("{n = 0/0}", "arguments.n: nan is not a JSON number"),
        ("'text'", "arguments must be a table of named parameters"),
    ],
)
def test_unconvertible_arguments_are_lua_errors(host: LuaHost, value: str, message: str) -> None:
    assert message in str(error(host, f"app.integrations.fly_io.list_apps({value})")["message"])


def test_results_convert_to_lua(host: LuaHost, credentials_file: Path, reset: MockServer) -> None:
    reset.inject(status=200, path="/apps$", body=APPS_PAGE)
    script = """local apps = app.integrations.fly_io.list_apps({})
    local names = {}
    for i, a in ipairs(apps) do names[i] = a.name .. ':' .. tostring(a.status) end
    return {names = names, org = apps[1].organization.slug, missing = apps[2].organization == nil}"""
    assert ok(host, script) == {
        "names": ["alpha:deployed", "beta:nil"],
        "org": "personal",
        "missing": True,
    }


def test_provider_errors_are_catchable_tables(
    host: LuaHost, credentials_file: Path, reset: MockServer
) -> None:
    reset.inject(status=404, path="/apps/x$", body={"error": "App not found"}, times=2)
    script = """local ok, err = pcall(app.integrations.fly_io.get_app, { app_name = 'x' })
    return {ok, err.status, err.tool, err.message, tostring(err), 'failed: ' .. err, err.where}"""
    text = "script:1: fly-io.get_app: 404 App not found"  # the line that made the call
    assert ok(host, script) == [
        False,
        404,
        "fly-io.get_app",
        "App not found",
        text,
        "failed: " + text,
        "script:1",
    ]
    uncaught = error(host, "\n\napp.integrations.fly_io.get_app({ app_name = 'x' })")
    assert uncaught == {
        "message": "script:3: fly-io.get_app: 404 App not found",
        "status": 404,
        "tool": "fly-io.get_app",
    }


def test_unreachable_provider_is_an_error_without_a_status(
    host: LuaHost, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:  # a loopback port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    credentials = tmp_path / "credentials.toml"
    credentials.write_text(
        f'[fly-io.default]\nbase_url = "http://127.0.0.1:{port}"\napi_token = "t"\n', "utf-8"
    )
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(credentials))
    failed = error(host, "app.integrations.fly_io.list_apps({})")
    assert "status" not in failed
    assert str(failed["message"]).startswith("script:1: fly-io.list_apps: ")
    assert not str(failed["message"]).startswith("script:1: fly-io.list_apps: 0 ")


def test_write_tools_are_refused_without_force(
    fly_registry: Registry, host: LuaHost, credentials_file: Path, reset: MockServer
) -> None:
    for tool, access in (("create_app", "write"), ("delete_machine", "destructive")):
        failed = error(host, f"app.integrations.fly_io.{tool}({{ app_name = 'a' }})")
        assert failed["message"] == (
            f"script:1: fly-io.{tool}: {access} tool refused: pass --force to run it "
            "(nothing was sent)"
        )
    assert reset.requests() == []
    forced = LuaHost(fly_registry, force=True, limits=FAST)
    ok(forced, "return app.integrations.fly_io.create_app({ app_name = 'new-app' })")
    assert [(r["method"], r["tool"]) for r in reset.requests()] == [("POST", "create_app")]


def test_unknown_names_suggest_close_ones(host: LuaHost) -> None:
    assert str(error(host, "app.integrations.fly_io.lsit_apps({})")["message"]).startswith(
        "script:1: fly-io.lsit_apps: unknown function 'lsit_apps' (did you mean 'list_apps'"
    )
    assert "unknown provider 'fly'" in str(error(host, "return app.integrations.fly")["message"])


def test_argument_errors_name_the_function_and_parameter(host: LuaHost) -> None:
    failed = error(host, "app.integrations.fly_io.get_app({ app_nme = 'x' })")
    assert failed["tool"] == "fly-io.get_app"
    assert "unknown parameter 'app_nme' (did you mean 'app_name'?)" in str(failed["message"])
    missing = error(host, "app.integrations.fly_io.get_app({})")
    assert missing == {
        "message": "script:1: fly-io.get_app: missing required parameter 'app_name'",
        "tool": "fly-io.get_app",
        "param": "app_name",
    }
    wrong = error(host, "app.integrations.fly_io.get_app({ app_name = {} })")
    assert wrong["param"] == "app_name" and "must be a string" in str(wrong["message"])


def test_json_dump_and_iteration(host: LuaHost, fly_registry: Registry) -> None:
    script = """dump({b = {1, 2}, a = json.decode('{"k": [1, null, 3]}')})
    local names = {}
    for ns in pairs(app.integrations) do names[#names + 1] = ns end
    for name in pairs(app.integrations.fly_io) do names[#names + 1] = name end
    return names"""
    result = host.run(script)
    assert (
        result.output
        == '{\n  "a": {\n    "k": [\n      1,\n      null,\n      3\n    ]\n  },\n  "b": [\n    1,\n    2\n  ]\n}\n'
    )
    assert result.result == ["fly_io", *(entry.name for entry in fly_registry.tools())]


def test_docs_accept_every_spelling(host: LuaHost) -> None:
    texts = {
        name: ok(host, f'return docs.read("{name}")')
        for name in ("fly-io.list_apps", "fly_io.list_apps", "flyListApps", "fly_io__list_apps")
    }
    assert len(set(texts.values())) == 1
    assert "# list_apps" in str(texts["flyListApps"])
    assert ok(host, 'return docs.read("fly_io")') == ok(host, 'return docs.read("fly-io")')
