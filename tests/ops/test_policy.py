"""The allow/ask/deny policy on all three surfaces, and `toolgen call --dry-run`.

`deny` must refuse before anything reaches the provider: every test asserts on
the mock's request log, not on our own messages alone.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.hosts.mock import MockServer
from generator.spec.model import Catalog
from tests.conftest import TEST_TOKEN
from tests.mcp.mcp_helpers import mcp_session, text_of

TOOLGEN = str(Path(sys.executable).parent / "toolgen")
CREATE = ["call", "fly-io.create_app", "--args", '{"app_name": "web"}']


@pytest.fixture
def deny_writes(credentials_file: Path) -> Path:
    """`[fly-io] write = "deny"` in the policy file beside the credentials file."""
    path = credentials_file.with_name("policy.toml")
    path.write_text('[fly-io]\nwrite = "deny"\n', encoding="utf-8")
    return path


def test_deny_refuses_call_even_with_force(reset: MockServer, deny_writes: Path) -> None:
    result = CliRunner().invoke(app, [*CREATE, "--force"])
    assert result.exit_code == 1 and "denied by the policy" in result.stderr
    assert reset.requests() == []


def test_deny_refuses_lua(reset: MockServer, deny_writes: Path) -> None:
    script = 'return app.integrations.fly_io.create_app({ app_name = "web" })'
    done = subprocess.run(
        [TOOLGEN, "lua", "--eval", script, "--force", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "denied by the policy" in done.stdout
    assert reset.requests() == []


async def test_deny_refuses_mcp(
    reset: MockServer, deny_writes: Path, credentials_file: Path
) -> None:
    async with mcp_session("--provider", "fly-io", credentials=credentials_file) as session:
        result = await session.call_tool("fly_io__create_app", {"app_name": "web"})
        assert result.is_error and "denied by the policy" in text_of(result)
    assert reset.requests() == []


def test_allow_runs_a_write_without_force(reset: MockServer, credentials_file: Path) -> None:
    credentials_file.with_name("policy.toml").write_text('[fly-io]\nwrite = "allow"\n')
    result = CliRunner().invoke(app, CREATE)
    assert result.exit_code == 0, result.stderr
    assert [r["method"] for r in reset.requests()] == ["POST"]


def test_ask_refuses_without_a_terminal(reset: MockServer, credentials_file: Path) -> None:
    credentials_file.with_name("policy.toml").write_text('[defaults]\nread = "ask"\n')
    done = subprocess.run(
        [TOOLGEN, "call", "fly-io.get_app", "--args", '{"app_name": "w"}'],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and "--force" in done.stderr
    assert reset.requests() == []


def test_account_rule_beats_provider_rule(reset: MockServer, credentials_file: Path) -> None:
    credentials_file.with_name("policy.toml").write_text(
        '[fly-io]\nwrite = "deny"\n\n[fly-io.production]\nwrite = "allow"\n'
    )
    assert CliRunner().invoke(app, [*CREATE, "--account", "production"]).exit_code == 0
    assert CliRunner().invoke(app, [*CREATE, "--force"]).exit_code == 1
    assert len(reset.requests()) == 1


def test_bad_policy_file_is_a_located_usage_error(credentials_file: Path) -> None:
    credentials_file.with_name("policy.toml").write_text('[fly-io]\nwrite = "maybe"\n')
    result = CliRunner().invoke(app, CREATE)
    assert result.exit_code == 2 and "policy.toml: [fly-io] write = 'maybe'" in result.stderr


def test_dry_run_prints_the_request_and_sends_nothing(
    reset: MockServer, credentials_file: Path, catalog: Catalog
) -> None:
    provider = catalog.provider("fly-io")
    tool = provider.tool("create_app") if provider else None
    assert tool is not None and tool.http is not None
    wire = next(p.wire_name for p in tool.params if p.name == "app_name")
    result = CliRunner().invoke(app, [*CREATE, "--dry-run"])
    assert result.exit_code == 0, result.stderr
    shown = json.loads(result.stdout)
    request = shown["request"]
    assert request["method"] == tool.http.method and request["url"].endswith(tool.http.path)
    assert request["body"][wire] == "web"
    assert request["headers"]["authorization"] == "********"
    assert TEST_TOKEN not in result.stdout
    assert shown["policy"] == "ask"
    assert reset.requests() == []


def test_policy_command_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("# team policy\n")
    monkeypatch.setenv("TOOLGEN_POLICY", str(path))
    runner = CliRunner()
    first = runner.invoke(app, ["policy", "set", "heroku", "write=deny"])
    assert first.exit_code == 0, first.output
    assert runner.invoke(app, ["policy", "set", "heroku", "-a", "ci", "write=allow"]).exit_code == 0
    assert runner.invoke(app, ["policy", "set", "heroku", "write=perhaps"]).exit_code == 2
    assert path.read_text().startswith("# team policy")
    shown = json.loads(runner.invoke(app, ["policy", "show", "heroku", "--json"]).stdout)
    assert shown["policy"] == {"read": "allow", "write": "deny", "destructive": "ask"}
    ci = json.loads(runner.invoke(app, ["policy", "show", "heroku", "-a", "ci", "--json"]).stdout)
    assert ci["policy"]["write"] == "allow"


def test_lua_follows_allow_and_ask(reset: MockServer, credentials_file: Path) -> None:
    script = 'return app.integrations.fly_io.create_app({ app_name = "web" }) == nil'
    asked = subprocess.run(
        [TOOLGEN, "lua", "--eval", script, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert asked.returncode == 1 and "--force" in asked.stdout  # the default: writes ask
    assert reset.requests() == []
    credentials_file.with_name("policy.toml").write_text('[fly-io]\nwrite = "allow"\n')
    allowed = subprocess.run(
        [TOOLGEN, "lua", "--eval", script, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert allowed.returncode == 0, allowed.stdout
    assert [r["method"] for r in reset.requests()] == ["POST"]


def test_lua_dry_run_describes_and_sends_nothing(reset: MockServer, credentials_file: Path) -> None:
    script = (
        'local r = app.integrations.fly_io.create_app({ app_name = "web" })\n'
        "return { method = r.request.method, url = r.request.url, auth = r.request.headers.authorization }"
    )
    done = subprocess.run(
        [TOOLGEN, "lua", "--dry-run", "--eval", script, "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    answer = json.loads(done.stdout)
    assert answer["ok"], answer
    assert answer["result"]["method"] == "POST" and answer["result"]["auth"] == "********"
    assert answer["calls"][0]["status"] == "dry-run"
    assert TEST_TOKEN not in done.stdout
    assert reset.requests() == []
