"""Every name a command takes (provider, tool, account, Lua function) gets the same message with
the same did-you-mean, whichever command it is given to."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.suggest import unknown

PROVIDER = "unknown provider 'flyio' (did you mean 'fly-io'?)"


def test_one_wording() -> None:
    assert unknown("provider", "flyio", ["fly-io", "heroku"]) == PROVIDER
    names = {"list_apps": "list_apps", "flyListApps": "list_apps"}
    assert unknown("function", "list_ap", names, shown=names) == (
        "unknown function 'list_ap' (did you mean 'list_apps'?)"
    )
    assert unknown("account", "x", [], within="for fly-io") == "unknown account 'x' for fly-io"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Policy and credentials files in a temp home, never the user's."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    credentials = tmp_path / "credentials.toml"
    credentials.write_text('[fly-io.production]\napi_token = "t"\n')
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(credentials))
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["generate", "-p", "flyio", "--dry-run"],
        ["verify", "flyio", "--upstream", "x.json"],
        ["mock", "flyio"],
        ["sdk", "flyio", "--out", "out"],
        ["docs", "build", "-p", "flyio", "--out", "out"],
        ["accounts", "show", "flyio"],
        ["policy", "set", "flyio", "write=deny"],
        ["policy", "show", "flyio"],
        ["search", "apps", "-p", "flyio"],
        ["mcp", "serve", "-p", "flyio"],
        ["doctor", "flyio"],
        ["diff", "-p", "flyio"],
    ],
)
def test_unknown_provider(args: list[str], home: Path) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code != 0
    assert PROVIDER in " ".join(result.output.replace("│", " ").split())
    assert not (home / "config" / "toolgen" / "policy.toml").exists()


@pytest.mark.parametrize("args", [["call", "fly-io.get_ap"], ["schema", "fly-io.get_ap"]])
def test_unknown_tool(args: list[str], home: Path) -> None:
    result = CliRunner().invoke(app, [*args, "--args", "{}"] if args[0] == "call" else args)
    assert result.exit_code != 0
    assert "unknown tool 'fly-io.get_ap' (did you mean 'fly-io.get_app'" in result.output


def test_unknown_account(home: Path) -> None:
    args = ["call", "fly-io.get_app", "--args", '{"app_name": "a"}', "--account", "prodution"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "unknown account 'prodution' for fly-io (did you mean 'production'?)" in result.output
    removed = CliRunner().invoke(app, ["accounts", "remove", "fly-io", "--account", "prodution"])
    assert "unknown account 'prodution' for fly-io (did you mean 'production'?)" in removed.output


def test_unknown_lua_names(home: Path) -> None:
    function = CliRunner().invoke(app, ["lua", "--eval", "app.integrations.fly_io.lsit_apps({})"])
    assert "unknown function 'lsit_apps' (did you mean 'list_apps'" in function.output
    provider = CliRunner().invoke(app, ["lua", "--eval", "app.integrations.flyio.list_apps({})"])
    assert (
        "unknown provider 'flyio' in app.integrations (did you mean 'fly_io'?)" in provider.output
    )


def test_unknown_command() -> None:
    result = CliRunner().invoke(app, ["generat"])
    assert result.exit_code == 2
    assert "unknown command 'generat' (did you mean 'generate'?)" in result.output


def test_unknown_subcommand() -> None:
    result = CliRunner().invoke(app, ["mcp", "serv"])
    assert result.exit_code == 2
    assert "unknown command 'serv' (did you mean 'serve'?)" in result.output
