"""`toolgen lua --check`: saved scripts checked against the specs after an edit, nothing run."""

from __future__ import annotations

import json
import os
from pathlib import Path

from typer.testing import CliRunner

from generator.cli import app
from tests.output.project import DEMO_SPEC, make_project

SCRIPTS = {
    "report.lua": (
        "local demo = app.integrations.demo_co\n"
        "for _, w in ipairs(demo.list_widgets({})) do\n"
        "  print(demo.get_widget({ widget_id = w.id }).id)\n"
        "end\n"
        'print(app.integrations["demo-co"].count_widgets({}))\n'
    ),
    "create.lua": (
        'local w = app.integrations.demo_co.create_widget({ color = "red", tags = {"a"} })\n'
        "return w.id\n"
    ),
}


def _check(project: Path, *args: str) -> tuple[int, list[dict[str, str]]]:
    cwd = Path.cwd()
    os.chdir(project)
    try:
        result = CliRunner().invoke(app, ["lua", "--check", "--json", *args])
    finally:
        os.chdir(cwd)
    return result.exit_code, json.loads(result.stdout)["diagnostics"]


def test_scripts_checked_after_a_spec_edit(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", [DEMO_SPEC])
    scripts = project / "workflows"
    scripts.mkdir()
    for name, code in SCRIPTS.items():
        (scripts / name).write_text(code)
    paths = sorted(f"workflows/{name}" for name in SCRIPTS)
    assert _check(project, *paths) == (0, [])

    spec = project / "specs" / "demo-co.yaml"
    text = spec.read_text()
    text = text.replace("name: get_widget\n", "name: fetch_widget\n")
    text = text.replace("demo_co.get_widget(", "demo_co.fetch_widget(")
    text = text.replace(
        '{name: tags, type: "string[]", description: Labels.}',
        '{name: labels, type: "string[]", description: Labels.}',
    )
    text = text.replace(
        "  - name: count_widgets\n    summary: Count widgets.\n",
        "  - name: count_widgets\n    summary: Count widgets.\n"
        "    deprecated: {message: Slow., replacement: list_widgets}\n",
    )
    spec.write_text(text)
    code, found = _check(project, *paths)
    assert code == 1
    assert [(d["location"], d["severity"], d["code"]) for d in found] == [
        ("workflows/create.lua:1:67", "error", "example-unknown-param"),
        ("workflows/report.lua:3:14", "error", "example-unknown-function"),
        ("workflows/report.lua:5:35", "warning", "deprecated-call"),
    ]
    assert found[0]["message"] == "'create_widget' has no param 'tags'"


def test_unparsable_script_and_no_files(tmp_path: Path) -> None:
    project = make_project(tmp_path / "p", [DEMO_SPEC])
    (project / "broken.lua").write_text("local x = = 1\n")
    code, found = _check(project, "broken.lua")
    assert code == 1 and found[0]["code"] == "script-syntax"
    assert found[0]["location"].startswith("broken.lua:1:")
    assert CliRunner().invoke(app, ["lua", "--check"]).exit_code == 2
