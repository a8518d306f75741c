"""`toolgen lua` as a user runs it: a subprocess against the loopback mock server."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator.hosts.mock import MockServer

ROOT = Path(__file__).resolve().parents[2]


def toolgen_lua(*args: str) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).parent / "toolgen"), "lua", *args]
    return subprocess.run(
        command, check=False, capture_output=True, text=True, cwd=ROOT, timeout=60
    )


def json_run(*args: str) -> tuple[int, dict[str, Any]]:
    done = toolgen_lua(*args, "--json")
    return done.returncode, json.loads(done.stdout)


def test_docs_read_prints_the_generated_doc() -> None:
    code, out = json_run("--eval", 'print(docs.read("fly-io.list_apps"))')
    expected = (ROOT / "generated/lua/fly-io/list_apps.md").read_text(encoding="utf-8")
    assert code == 0
    assert out == {
        "ok": True,
        "result": None,
        "output": expected + "\n",
        "error": None,
        "calls": [],
    }


def test_unknown_doc_is_an_error_with_suggestions() -> None:
    code, out = json_run("--eval", 'return docs.read("fly-io.lst_apps")')
    assert code == 1
    assert out["error"]["message"].startswith(
        "eval: unknown function 'fly-io.lst_apps' (did you mean 'fly-io.list_apps'"
    )


def test_write_tool_needs_force_and_sends_nothing_without_it(
    reset: MockServer, credentials_file: Path
) -> None:
    script = 'app.integrations.fly_io.create_app({ app_name = "new-app" }) return "created"'
    code, out = json_run("--eval", script)
    assert code == 1
    assert "fly-io.create_app: write tool refused: pass --force" in out["error"]["message"]
    assert reset.requests() == []
    code, out = json_run("--eval", script, "--force")
    assert (code, out["result"]) == (0, "created"), out
    assert [(r["method"], r["tool"]) for r in reset.requests()] == [("POST", "create_app")]


def test_file_script_with_account_and_provider_error(
    reset: MockServer, credentials_file: Path, tmp_path: Path
) -> None:
    script = tmp_path / "workflow.lua"
    script.write_text(
        "local fly = app.integrations.fly_io\n"
        "local ok, err = pcall(fly.get_app, { app_name = 'missing' })\n"
        "print(ok, err.status, tostring(err))\n"
        "return #fly.production.list_apps({})\n",
        encoding="utf-8",
    )
    reset.inject(status=404, path="/apps/missing", body={"error": "Could not find App"})
    code, out = json_run(str(script))
    assert code == 0, out
    assert out["output"] == "false\t404\tworkflow.lua:2: fly-io.get_app: 404 Could not find App\n"
    assert isinstance(out["result"], int)
    listed = reset.requests()[-1]
    assert (listed["tool"], listed["query"]["org_slug"]) == ("list_apps", ["production-org-slug"])


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((), "give a Lua FILE or --eval CODE"),
        (("missing.lua",), "cannot read missing.lua"),
        (("--eval", "1", "x.lua"), "exactly one"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    done = toolgen_lua(*args)
    assert done.returncode == 2
    assert message in done.stderr


def test_plain_mode_streams_output_and_reports_errors_on_stderr() -> None:
    done = toolgen_lua("--eval", "print('one') error('boom')", "--timeout", "5")
    assert (done.returncode, done.stdout) == (1, "one\n")
    assert done.stderr == "error: eval:1: boom\n"


def test_account_option_picks_the_credentials(reset: MockServer, credentials_file: Path) -> None:
    code, out = json_run(
        "--eval", "return #app.integrations.fly_io.list_apps({})", "--account", "production"
    )
    assert code == 0, out
    assert [r["query"]["org_slug"] for r in reset.requests()] == [["production-org-slug"]]


def test_timeout_option_stops_a_runaway_script() -> None:
    code, out = json_run("--eval", "while true do end", "--timeout", "0.5")
    assert code == 1
    assert out["error"] == {"message": "time limit exceeded (0.5s)"}
