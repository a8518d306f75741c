"""Versions and changelogs: validated in the spec, drafted by `toolgen diff`, published per provider."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from generator.cli import app
from tests.output.project import DEMO_SPEC, make_project, runner_for

from .test_diff import _git

VERSIONED = (
    "  docs_url: https://example.com/docs/api\n",
    "  docs_url: https://example.com/docs/api\n  version: 1.1.0\n",
)
HISTORY = (
    "\nnotes:\n",
    (
        "\nchangelog:\n  - version: 1.1.0\n    changes: [Added `count_widgets`.]\n"
        "  - version: 1.0.0\n    changes: ['First release: widgets.']\n\nnotes:\n"
    ),
)


def _project(tmp_path: Path, *edits: tuple[str, str]) -> Path:
    project = make_project(tmp_path / "p", [DEMO_SPEC])
    spec = project / "specs" / "demo-co.yaml"
    text = spec.read_text()
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new)
    spec.write_text(text)
    return project


def test_changelog_page_lists_releases_newest_first(tmp_path: Path) -> None:
    project = _project(tmp_path, VERSIONED, HISTORY)
    assert runner_for(project)().exit_code == 0
    page = (project / "docs/changelog/demo-co.md").read_text()
    assert "Current version: `1.1.0`" in page
    assert page.index("## 1.1.0") < page.index("## 1.0.0")
    assert "- Added `count_widgets`." in page and "- First release: widgets." in page


def test_changelog_must_match_version_and_run_newest_first(tmp_path: Path) -> None:
    project = _project(
        tmp_path,
        (
            "  docs_url: https://example.com/docs/api\n",
            "  docs_url: https://example.com/docs/api\n  version: 1.2.0\n",
        ),
        (
            "\nnotes:\n",
            (
                "\nchangelog:\n  - version: 1.0.0\n    changes: [a]\n"
                "  - version: 1.1.0\n    changes: [b]\n\nnotes:\n"
            ),
        ),
    )
    result = CliRunner().invoke(app, ["validate", str(project / "specs/demo-co.yaml")])
    assert result.exit_code == 1
    assert "the newest changelog entry is 1.0.0 but provider.version is 1.2.0" in result.stderr
    assert "changelog version 1.1.0 must be older than 1.0.0" in result.stderr


def test_diff_drafts_the_next_entry(tmp_path: Path) -> None:
    project = _project(tmp_path, VERSIONED, HISTORY)
    _git(project, "init", "-q")
    _git(project, "add", ".")
    _git(project, "commit", "-qm", "1.1.0")
    spec = project / "specs/demo-co.yaml"
    text = spec.read_text().replace(
        "name: get_widget\n", "name: fetch_widget\n    aliases: [get_widget]\n"
    )
    spec.write_text(text.replace("demo_co.get_widget(", "demo_co.fetch_widget("))
    result = CliRunner().invoke(app, ["diff", "--root", str(project), "--changelog"])
    assert result.exit_code == 0, result.output
    assert "provider.version 1.2.0" in result.stdout
    assert (
        '      - "`get_widget` is now `fetch_widget`; the old name still works."' in result.stdout
    )
