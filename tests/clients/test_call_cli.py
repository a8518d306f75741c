"""`toolgen call`: JSON out, actions on stdin, --force, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.hosts.mock import MockServer


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_call_prints_json(runner: CliRunner, reset: MockServer, credentials_file: Path) -> None:
    result = runner.invoke(app, ["call", "fly-io.get_app", "--args", '{"appName": "web"}'])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "web"


def test_action_on_stdin(runner: CliRunner, reset: MockServer, credentials_file: Path) -> None:
    action = {"action": "flyListApps", "arguments": {"orgSlug": "personal"}}
    result = runner.invoke(app, ["call"], input=json.dumps(action))
    assert result.exit_code == 0, result.stderr
    assert isinstance(json.loads(result.stdout), list)


def test_write_needs_force(runner: CliRunner, reset: MockServer, credentials_file: Path) -> None:
    args = ["call", "fly_io__create_app", "--args", '{"app_name": "web"}']
    refused = runner.invoke(app, args)
    assert refused.exit_code == 1 and "--force" in refused.stderr and reset.requests() == []
    assert runner.invoke(app, [*args, "--force"]).exit_code == 0


@pytest.mark.parametrize(
    ("argv", "stdin", "code", "message"),
    [
        (["call", "fly-io.get_app", "--args", "{bad"], "", 2, "not valid JSON"),
        (["call", "fly-io.get_app", "--args", "[1]"], "", 2, "must be a JSON object"),
        (["call"], '{"arguments": {}}', 2, "give a tool NAME"),
        (["call"], '{"action": "flyListApps", "extra": 1}', 2, "unknown key"),
        (["call", "fly-io.nope"], "", 1, "unknown tool"),
        (["call", "fly-io.get_app"], "", 1, "missing required parameter 'app_name'"),
    ],
)
def test_errors_exit_codes(
    runner: CliRunner, credentials_file: Path, argv: list[str], stdin: str, code: int, message: str
) -> None:
    result = runner.invoke(app, argv, input=stdin)
    assert result.exit_code == code and message in result.stderr


def test_provider_error_exits_1(
    runner: CliRunner, reset: MockServer, credentials_file: Path
) -> None:
    reset.inject(status=404, path="/apps/", body={"error": "app not found"})
    result = runner.invoke(app, ["call", "fly-io.get_app", "--args", '{"app_name": "gone"}'])
    assert result.exit_code == 1 and "app not found" in result.stderr and result.stdout == ""


def test_missing_credentials_exit_1(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(tmp_path / "none.toml"))
    monkeypatch.delenv("FLY_API_TOKEN", raising=False)
    result = runner.invoke(app, ["call", "fly-io.get_app", "--args", '{"app_name": "web"}'])
    assert (
        result.exit_code == 1
        and "FLY_API_TOKEN" in result.stderr
        and "[fly-io.default]" in result.stderr
    )
