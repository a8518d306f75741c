"""`toolgen diff`: each change class on each surface, from a pair of spec versions.

The old side is a commit of a temporary git repository holding the golden demo
spec; the new side is an edited copy in its work tree, as a user would have it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app

SPEC = Path(__file__).resolve().parents[1] / "golden" / "specs" / "demo-co.yaml"


def _git(project: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(project), "-c", "user.name=t", "-c", "user.email=t@e", *args],
        check=True,
        capture_output=True,
    )


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "specs").mkdir()
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'p'\n")
    shutil.copy(SPEC, tmp_path / "specs" / "demo-co.yaml")
    _git(tmp_path, "init", "-q")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "base")
    return tmp_path


def _edit(project: Path, *pairs: tuple[str, str]) -> None:
    path = project / "specs" / "demo-co.yaml"
    text = path.read_text()
    for old, new in pairs:
        assert old in text, old
        text = text.replace(old, new)
    path.write_text(text)


def _diff(project: Path, *args: str) -> tuple[int, dict[str, object]]:
    result = CliRunner().invoke(app, ["diff", "--root", str(project), "--json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def _codes(report: dict[str, object]) -> dict[str, dict[str, object]]:
    changes = report["changes"]
    assert isinstance(changes, list)
    return {f"{c['code']}:{c['tool']}:{c['param']}": c for c in changes}


def test_no_edit_no_change(project: Path) -> None:
    code, report = _diff(project)
    assert code == 0 and report["changes"] == []


def test_rename_without_alias_breaks_every_surface(project: Path) -> None:
    _edit(
        project,
        ("name: get_widget", "name: fetch_widget"),
        ("demo_co.get_widget(", "demo_co.fetch_widget("),
    )
    code, report = _diff(project)
    change = _codes(report)["tool-renamed:fetch_widget:None"]
    assert code == 1
    assert change["surfaces"] == {s: "breaking" for s in ("python", "lua", "mcp", "docs")}
    assert "app.integrations.demo_co.get_widget" in str(change["message"])
    assert str(change["location"]).startswith("specs/demo-co.yaml:")


def test_rename_softened_by_alias_is_compatible(project: Path) -> None:
    _edit(
        project,
        ("name: get_widget\n", "name: fetch_widget\n    aliases: [get_widget]\n"),
        ("demo_co.get_widget(", "demo_co.fetch_widget("),
    )
    code, report = _diff(project)
    change = _codes(report)["tool-renamed:fetch_widget:None"]
    assert code == 0 and change["severity"] == "compatible"


def test_removed_tool_and_lost_alias(project: Path) -> None:
    _edit(project, ("    aliases: [listWidgets]\n", ""))
    text = (project / "specs/demo-co.yaml").read_text()
    start = text.index("  - name: count_widgets")
    end = text.index("notes:")
    (project / "specs/demo-co.yaml").write_text(text[:start] + text[end:])
    code, report = _diff(project)
    codes = _codes(report)
    assert code == 1
    assert codes["tool-removed:count_widgets:None"]["location"].startswith("HEAD:specs/demo-co")
    assert codes["alias-removed:list_widgets:None"]["severity"] == "breaking"


def test_added_tool_and_optional_param_are_compatible(project: Path) -> None:
    _edit(
        project,
        (
            '      - {name: tags, type: "string[]", description: Labels.}\n',
            (
                '      - {name: tags, type: "string[]", description: Labels.}\n'
                "      - {name: note, type: string}\n"
            ),
        ),
        (
            "notes:\n",
            (
                "  - name: ping\n    summary: Ping.\n    access: read\n"
                "    http: {method: GET, path: /ping}\n\nnotes:\n"
            ),
        ),
    )
    code, report = _diff(project)
    codes = _codes(report)
    assert code == 0
    assert codes["param-added:create_widget:note"]["severity"] == "compatible"
    assert codes["tool-added:ping:None"]["severity"] == "compatible"
    assert report["providers"][0]["proposed_version"] == "0.1.0"  # type: ignore[index]


def test_required_param_and_type_and_enum_changes(project: Path) -> None:
    _edit(
        project,
        (
            '{name: tags, type: "string[]", description: Labels.}',
            '{name: tags, type: "string[]", required: true, description: Labels.}',
        ),
        ("enum: [red, blue], required: true", "enum: [red, green], required: true"),
        ("{name: limit, type: integer,", "{name: limit, type: number,"),
    )
    _, report = _diff(project)
    codes = _codes(report)
    assert codes["param-now-required:create_widget:tags"]["severity"] == "breaking"
    assert codes["enum-value-removed:create_widget:color"]["severity"] == "breaking"
    assert codes["enum-value-added:create_widget:color"]["severity"] == "compatible"
    assert codes["param-type-wider:list_widgets:limit"]["severity"] == "compatible"
    docs = codes["param-now-required:create_widget:tags"]["surfaces"]
    assert docs == {
        "python": "breaking",
        "lua": "breaking",
        "mcp": "breaking",
        "docs": "compatible",
    }


def test_narrowed_type_and_renamed_param(project: Path) -> None:
    _edit(
        project,
        (
            '{name: tags, type: "string[]", description: Labels.}',
            '{name: tags, type: "integer[]", description: Labels.}',
        ),
        (
            "{name: widget_id, type: string, in: path, description: Widget id.}",
            "{name: id, type: string, in: path, wire: widget_id, description: Widget id.}",
        ),
        ("get_widget({ widget_id = ", "get_widget({ id = "),
    )
    _, report = _diff(project)
    codes = _codes(report)
    assert codes["param-type-changed:create_widget:tags"]["severity"] == "breaking"
    assert codes["param-renamed:get_widget:id"]["severity"] == "breaking"


def test_access_raised_breaks_lua_and_mcp_only(project: Path) -> None:
    _edit(
        project,
        ("summary: Count widgets.\n    access: read", "summary: Count widgets.\n    access: write"),
    )
    _, report = _diff(project)
    change = _codes(report)["access-raised:count_widgets:None"]
    assert change["surfaces"] == {
        "python": "compatible",
        "lua": "breaking",
        "mcp": "breaking",
        "docs": "compatible",
    }


def test_return_auth_and_base_url_changes(project: Path) -> None:
    _edit(
        project,
        (
            "returns: {type: integer, description: Number of widgets.}",
            "returns: {type: string, description: Number of widgets.}",
        ),
        (
            "kind: bearer\n    credential: api_token",
            "kind: header\n    credential: api_token\n    prefix: Token",
        ),
        ("https://api.example.com/v1", "https://api.example.org/v1"),
    )
    _, report = _diff(project)
    codes = _codes(report)
    assert codes["returns-changed:count_widgets:None"]["severity"] == "breaking"
    assert codes["auth-changed:None:None"]["severity"] == "breaking"
    assert codes["base-url-changed:None:None"]["severity"] == "breaking"


def test_major_version_acknowledges_breaking_changes(project: Path) -> None:
    _edit(project, ("  id: demo-co\n", "  id: demo-co\n  version: 1.2.0\n"))
    _git(project, "commit", "-qam", "v1.2.0")
    _edit(
        project,
        (
            "  - name: count_widgets\n    summary: Count widgets.\n    access: read",
            "  - name: count_widgets\n    summary: Count widgets.\n    access: write",
        ),
    )
    code, report = _diff(project, "--against", "HEAD")
    assert code == 1 and report["providers"][0]["proposed_version"] == "2.0.0"  # type: ignore[index]
    _edit(project, ("version: 1.2.0", "version: 2.0.0"))
    code, report = _diff(project, "--against", "HEAD")
    assert code == 0 and report["providers"][0]["acknowledged"] is True  # type: ignore[index]
    code, _ = _diff(project, "--against", "HEAD", "--fail-on", "any")
    assert code == 1


def test_against_an_older_commit_and_a_directory(project: Path, tmp_path: Path) -> None:
    _edit(project, ("summary: Count widgets.", "summary: Count every widget."))
    _git(project, "commit", "-qam", "reword")
    _edit(project, ("summary: Delete a widget.", "summary: Delete one widget."))
    _git(project, "commit", "-qam", "reword again")
    code, report = _diff(project, "--against", "HEAD~2")
    assert code == 0 and report["changes"] == []  # wording is not an interface change
    older = tmp_path / "older"
    older.mkdir()
    shutil.copy(SPEC, older / "demo-co.yaml")
    _edit(project, ("    aliases: [listWidgets]\n", ""))
    code, report = _diff(project, "--against", str(older))
    assert code == 1 and "alias-removed:list_widgets:None" in _codes(report)


def test_unknown_revision_is_a_usage_error(project: Path) -> None:
    result = CliRunner().invoke(app, ["diff", "--root", str(project), "--against", "nope~9"])
    assert result.exit_code == 2
    assert "neither a directory nor a git revision" in result.stderr
