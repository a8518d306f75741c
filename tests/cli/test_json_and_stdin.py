"""`--json` modes print every outcome, usage errors included, as JSON; commands that read
standard input say so and refuse to wait on a terminal."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "args",
    [
        ["lua", "--json"],  # the command's own usage error
        ["lua", "--json", "--timeout", "abc", "--eval", "1"],  # typer's
        ["lua", "--json", "--no-such-option"],
        ["mcp", "lua", "--json"],
        ["search", "--json"],
        ["search", "--json", "apps", "--limit", "0"],
    ],
)
def test_usage_errors_are_json(args: list[str]) -> None:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["ok"] is False
    assert document["error"]["kind"] == "usage" and document["error"]["message"]


def test_lua_json_keeps_its_shape_for_usage_errors() -> None:
    document = json.loads(CliRunner().invoke(app, ["lua", "--json"]).stdout)
    assert set(document) == {"ok", "result", "output", "error", "calls"}


def test_without_json_usage_errors_stay_text() -> None:
    result = CliRunner().invoke(app, ["lua"])
    assert result.exit_code == 2 and "give a Lua FILE" in result.output
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.output)


def on_terminal(*args: str) -> subprocess.CompletedProcess[str]:
    """Run toolgen with a pseudo-terminal as standard input."""
    main, child = os.openpty()
    try:
        return subprocess.run(
            [sys.executable, "-c", "from generator.launcher import main; main()", *args],
            stdin=child,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        os.close(main)
        os.close(child)


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["call"], "standard input is a terminal"),
        (["lua", "-"], "reads the script from standard input, not a terminal"),
        (["accounts", "set", "fly-io", "--stdin-json"], "not a terminal"),
    ],
)
def test_stdin_readers_refuse_a_terminal(
    args: list[str], says: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(tmp_path / "credentials.toml"))
    result = on_terminal(*args)
    assert result.returncode != 0 and says in result.stderr
    assert not (tmp_path / "credentials.toml").exists()


def test_lua_reads_a_piped_script() -> None:
    result = subprocess.run(
        [sys.executable, "-c", "from generator.launcher import main; main()", "lua", "-", "--json"],
        input="return 6 * 7",
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert json.loads(result.stdout)["result"] == 42
