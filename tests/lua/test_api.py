"""The API scripts see: app.integrations, docs, json, dump and print."""

from __future__ import annotations

import pytest

from generator.hosts.lua import LuaHost
from generator.hosts.registry import Registry

from .conftest import FAST, StubRegistry


def ok(host: LuaHost, code: str) -> object:
    result = host.run(code)
    assert result.error is None
    return result.result


def error(host: LuaHost, code: str) -> dict[str, object]:
    result = host.run(code)
    assert not result.ok and result.error is not None
    return result.error


@pytest.mark.parametrize(
    ("path", "account"),
    [
        ("app.integrations.fly_io.echo", None),
        ('app.integrations["fly-io"].echo', None),
        ("app.integrations.fly_io.default.echo", "default"),
        ('app.integrations.fly_io["work-2"].echo', "work-2"),
    ],
)
def test_every_spelling_reaches_the_tool_with_its_account(
    host: LuaHost, stub_registry: StubRegistry, path: str, account: str | None
) -> None:
    echoed = {"arguments": {"n": 1}} | ({"account": account} if account else {})  # nil: absent
    assert ok(host, f"return {path}({{ n = 1 }})") == echoed
    assert stub_registry.calls == [("fly-io.echo", {"n": 1}, account)]


def test_default_account_comes_from_the_host(stub_registry: StubRegistry) -> None:
    host = LuaHost(stub_registry, account="work", limits=FAST)
    assert ok(host, "return app.integrations.fly_io.echo({}).account") == "work"


def test_aliases_resolve(host: LuaHost, stub_registry: StubRegistry) -> None:
    assert ok(host, "return #app.integrations.fly_io.flyListApps()") == 2
    assert stub_registry.calls[0][0] == "fly-io.list_apps"


def test_arguments_convert_to_python(host: LuaHost) -> None:
    script = """return app.integrations.fly_io.echo({
        list = {1, 2, 3}, nested = {a = {true, 'x'}}, empty = {}, empty_list = json.decode('[]'),
    }).arguments"""
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
    assert message in str(error(host, f"app.integrations.fly_io.echo({value})")["message"])


def test_results_convert_to_lua(host: LuaHost) -> None:
    script = """local apps = app.integrations.fly_io.list_apps({})
    local names = {}
    for i, a in ipairs(apps) do names[i] = a.name .. ':' .. tostring(a.status) end
    return {names = names, tags = json.encode(apps[1].tags)}"""
    assert ok(host, script) == {"names": ["alpha:deployed", "beta:nil"], "tags": "[]"}


def test_provider_errors_are_catchable_tables(host: LuaHost) -> None:
    script = """local ok, err = pcall(app.integrations.fly_io.get_app, { app_name = 'x' })
    return {ok, err.status, err.tool, err.message, tostring(err), 'failed: ' .. err}"""
    text = "fly-io.get_app: 404 App not found"
    assert ok(host, script) == [
        False,
        404,
        "fly-io.get_app",
        "App not found",
        text,
        "failed: " + text,
    ]
    uncaught = error(host, "app.integrations.fly_io.get_app({ app_name = 'x' })")
    assert uncaught == {"message": text, "status": 404, "tool": "fly-io.get_app"}


def test_write_tools_are_refused_without_force(host: LuaHost, stub_registry: StubRegistry) -> None:
    for tool, access in (("create_app", "write"), ("delete_app", "destructive")):
        failed = error(host, f"app.integrations.fly_io.{tool}({{}})")
        assert failed["message"] == (
            f"fly-io.{tool}: {access} tool refused: pass --force to run it (nothing was sent)"
        )
    assert stub_registry.calls == []
    forced = LuaHost(stub_registry, force=True, limits=FAST)
    assert ok(forced, "return app.integrations.fly_io.delete_app({}).done") is True


def test_unknown_names_suggest_close_ones(host: LuaHost) -> None:
    assert str(error(host, "app.integrations.fly_io.lsit_apps({})")["message"]).startswith(
        "fly-io.lsit_apps: no function 'lsit_apps'; did you mean 'list_apps'"
    )
    assert "no provider 'fly'" in str(error(host, "return app.integrations.fly")["message"])


def test_argument_errors_name_the_function_and_parameter() -> None:
    host = LuaHost(Registry.load(["fly-io"]), limits=FAST)
    failed = error(host, "app.integrations.fly_io.get_app({ app_nme = 'x' })")
    assert failed["tool"] == "fly-io.get_app"
    assert "app_nme" in str(failed["message"])
    missing = error(host, "app.integrations.fly_io.get_app({})")
    assert missing == {
        "message": "fly-io.get_app: missing required parameter 'app_name'",
        "tool": "fly-io.get_app",
        "param": "app_name",
    }


def test_json_dump_and_iteration(host: LuaHost) -> None:
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
    assert result.result == ["fly_io", "list_apps", "get_app", "echo", "create_app", "delete_app"]


def test_docs_accept_every_spelling(host: LuaHost) -> None:
    real = LuaHost(Registry.load(["fly-io"]), limits=FAST)
    texts = {
        name: ok(real, f'return docs.read("{name}")')
        for name in ("fly-io.list_apps", "fly_io.list_apps", "flyListApps", "fly_io__list_apps")
    }
    assert len(set(texts.values())) == 1
    assert "# list_apps" in str(texts["flyListApps"])
    assert ok(real, 'return docs.read("fly_io")') == ok(real, 'return docs.read("fly-io")')
