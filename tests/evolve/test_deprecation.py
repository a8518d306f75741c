"""`deprecated:` on tools and params reaches every surface the way its users expect it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.output.project import DEMO_SPEC, make_project, runner_for

DEPRECATIONS = [
    (
        "  - name: count_widgets\n    summary: Count widgets.\n",
        (
            "  - name: count_widgets\n    summary: Count widgets.\n"
            "    deprecated: {message: Counting is slow., replacement: list_widgets}\n"
        ),
    ),
    (
        '{name: tags, type: "string[]", description: Labels.}',
        '{name: tags, type: "string[]", description: Labels., deprecated: Tags are ignored.}',
    ),
]


def _project(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    project = make_project(tmp_path / "p", [DEMO_SPEC])
    spec = project / "specs" / "demo-co.yaml"
    text = spec.read_text()
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    spec.write_text(text)
    return project


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = _project(tmp_path_factory.mktemp("deprecated"), *DEPRECATIONS)
    result = runner_for(project)()
    assert result.exit_code == 0, result.output
    return project


def test_docs_reference_and_mcp_say_so(generated: Path) -> None:
    tool_note = "Deprecated: Counting is slow. Use the tool `list_widgets` instead."
    param_note = "Deprecated: Tags are ignored."
    for page in ("generated/lua/demo-co.md", "docs/reference/demo-co.md"):
        text = (generated / page).read_text()
        assert tool_note in text and param_note in text, page
    tools = {
        t["name"]: t
        for t in json.loads((generated / "generated/mcp/demo-co.json").read_text())["tools"]
    }
    assert tools["demo_co__count_widgets"]["description"].startswith(tool_note)
    tags = tools["demo_co__create_widget"]["inputSchema"]["properties"]["tags"]
    assert param_note in tags["description"]
    assert "Deprecated" not in tools["demo_co__get_widget"]["description"]


PROGRAM = """
import warnings
from generated.clients.demo_co import DemoCo
from generator.runtime.retry import RetryPolicy

client = DemoCo(api_token="t", base_url="http://127.0.0.1:9", retry=RetryPolicy(max_attempts=1))
assert "Deprecated: Counting is slow." in DemoCo.count_widgets.__doc__
for call in (lambda: client.count_widgets(), lambda: client.create_widget(color="red", tags=["a"]),
             lambda: client.create_widget(color="red")):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            call()
        except Exception:
            pass  # nothing listens on port 9: only the warnings matter here
    print(sorted((str(w.message), w.filename.endswith("program.py")) for w in caught
                 if w.category is DeprecationWarning))
"""


def test_python_methods_warn_at_the_callers_line(generated: Path) -> None:
    program = generated / "program.py"
    program.write_text(PROGRAM)
    env = {**os.environ, "PYTHONPATH": str(generated)}
    done = subprocess.run(
        [sys.executable, str(program)],
        capture_output=True,
        text=True,
        env=env,
        cwd=generated,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    counted, tagged, untagged = done.stdout.splitlines()
    assert "demo-co.count_widgets: Deprecated: Counting is slow." in counted
    assert "True" in counted
    assert "create_widget(tags=...): Deprecated: Tags are ignored." in tagged
    assert untagged == "[]"


def test_unknown_replacement_is_located(tmp_path: Path) -> None:
    project = _project(
        tmp_path,
        (
            "  - name: count_widgets\n    summary: Count widgets.\n",
            (
                "  - name: count_widgets\n    summary: Count widgets.\n"
                "    deprecated: {message: Slow., replacement: list_widget}\n"
            ),
        ),
    )
    result = runner_for(project)()
    assert result.exit_code == 1
    assert (
        "error[unknown-reference]: deprecated: replacement demo-co has no tool "
        "'list_widget' (did you mean 'list_widgets'?)" in result.output
    )


def test_lua_json_call_log_flags_deprecated_calls(generated: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(generated),
        "DEMO_CO_API_TOKEN": "t",
        "DEMO_CO_BASE_URL": "http://127.0.0.1:9",
        "TOOLGEN_CREDENTIALS": str(generated / "none.toml"),
    }
    script = "pcall(app.integrations.demo_co.count_widgets, {}); return 1"
    toolgen = str(Path(sys.executable).parent / "toolgen")
    done = subprocess.run(
        [toolgen, "lua", "--eval", script, "--json", "--timeout", "20"],
        capture_output=True,
        text=True,
        env=env,
        cwd=generated,
        timeout=60,
        check=False,
    )
    calls = json.loads(done.stdout)["calls"]
    assert [c["tool"] for c in calls] == ["demo-co.count_widgets"]
    assert calls[0]["deprecated"].startswith("Deprecated: Counting is slow.")
