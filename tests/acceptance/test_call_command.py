"""`toolgen call` as users run it: the installed console script in a child process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from generator.hosts.mock import MockServer

TOOLGEN = Path(sys.executable).parent / "toolgen"


def toolgen(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(TOOLGEN), *args], input=stdin, capture_output=True, text=True, check=False
    )


def test_action_on_stdin_with_a_named_account(reset: MockServer, credentials_file: Path) -> None:
    action = {"action": "fly_io_get_app", "arguments": {"appName": "web"}}
    result = toolgen("call", "--account", "production", stdin=json.dumps(action))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["name"] == "web"
    [request] = reset.requests()
    assert (request["tool"], request["path"]) == ("get_app", "/fly-io/v1/apps/web")


def test_write_tool_from_stdin_needs_force(reset: MockServer, credentials_file: Path) -> None:
    action = json.dumps({"action": "flyCreateApp", "arguments": {"appName": "web"}})
    refused = toolgen("call", stdin=action)
    assert refused.returncode == 1 and "--force" in refused.stderr
    assert reset.requests() == []
    assert toolgen("call", "--force", stdin=action).returncode == 0
    assert [r["tool"] for r in reset.requests()] == ["create_app"]


def test_usage_error_exits_2(credentials_file: Path) -> None:
    result = toolgen("call", "fly-io.get_app", "--args", "{not json")
    assert result.returncode == 2 and "not valid JSON" in result.stderr
    assert "Traceback" not in result.stderr
