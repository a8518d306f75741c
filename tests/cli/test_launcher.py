"""The entry point: a static `--help` that matches typer's listing, `--version`, lazy command
loading, and shell completion of commands, provider ids and tool names."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest
import typer.main
from typer.core import TyperGroup
from typer.testing import CliRunner

from generator.cli import app, load_all
from generator.launcher import COMMANDS, help_text

ROOT = Path(__file__).resolve().parents[2]
TOOLGEN = [sys.executable, "-c", "from generator.launcher import main; main()"]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*TOOLGEN, *args],
        check=False,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, **(env or {})},
    )


def test_static_table_is_what_typer_lists() -> None:
    load_all()
    group = typer.main.get_group(app)
    listed = {
        name: command.get_short_help_str(limit=300) for name, command in group.commands.items()
    }
    assert listed == {name: text for name, (text, _) in COMMANDS.items()}


def test_help_answers_without_typer() -> None:
    probe = (
        "import sys\nfrom generator.launcher import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit as e:\n    code = e.code\n"
        "print(code, 'typer' in sys.modules, 'generator.cli' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert out.stdout.strip().splitlines()[-1] == "0 False False"
    assert out.stdout.startswith(help_text())


def test_help_lists_every_command_and_no_args_is_usage_error() -> None:
    shown = run("--help")
    assert shown.returncode == 0
    for name, (text, _) in COMMANDS.items():
        assert f"  {name} " in shown.stdout and text in shown.stdout
    bare = run()
    assert bare.returncode == 2 and "Usage: toolgen" in bare.stdout


def test_version_from_package_metadata() -> None:
    expected = f"toolgen {version('toolgen')}"
    assert run("--version").stdout.strip() == expected
    assert CliRunner().invoke(app, ["--version"]).output.strip() == expected


def test_a_command_imports_only_its_own_module() -> None:
    probe = (
        "import sys\nfrom generator.launcher import main\n"
        "try:\n    main(['validate', '--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('generator.commands.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    loaded = out.stdout.strip().splitlines()[-1]
    assert "generator.commands.validate" in loaded
    assert "generator.commands.generate" not in loaded and "generator.commands.mcp" not in loaded


def test_every_command_loads_through_the_lazy_group() -> None:
    group = typer.main.get_group(app)
    assert isinstance(group, TyperGroup)
    for name in COMMANDS:
        result = CliRunner().invoke(app, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_show_prints_a_script(shell: str) -> None:
    result = CliRunner().invoke(app, ["completion", "show", shell])
    assert result.exit_code == 0
    assert "_TOOLGEN_COMPLETE" in result.output


def test_completion_install_writes_the_script(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path)}
    result = run("completion", "install", "fish", env=env)
    assert result.returncode == 0, result.stderr
    script = tmp_path / ".config/fish/completions/toolgen.fish"
    assert "_TOOLGEN_COMPLETE" in script.read_text()


def bash_complete(words: str) -> list[str]:
    env = {
        "_TOOLGEN_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split()) - 1),
    }
    return run(env=env).stdout.split()


def test_completes_commands_provider_ids_and_tool_names() -> None:
    assert bash_complete("toolgen gen") == ["generate"]
    assert bash_complete("toolgen verify fl") == ["fly-io"]
    assert bash_complete("toolgen generate -p he") == ["heroku"]
    tools = bash_complete("toolgen call fly-io.get_a")
    assert tools == ["fly-io.get_app"]


def test_zsh_completes_provider_ids() -> None:
    env = {"_TOOLGEN_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "toolgen sdk re"}
    assert "render" in run(env=env).stdout
