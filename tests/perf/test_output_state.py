"""Runs that trust the recorded size and mtime of unchanged output give a fresh run's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from catalog import make_catalog
from typer.testing import CliRunner

from generator.cli import app
from generator.output import state

from .conftest import tree
from .test_incremental import edit_summary, fresh_tree

INDEX = "docs/reference/index.md"
LUA_DOC = "generated/lua/synth-0001.md"


def generate(root: Path, *args: str, status: int = 0) -> str:
    result = CliRunner().invoke(app, ["generate", "--root", str(root), *args])
    assert result.exit_code == status, result.output
    return result.stderr


@pytest.fixture
def project(tmp_path: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A generated project whose output is recorded as trusted (no racy window)."""
    monkeypatch.setattr(state, "RACY_NS", 0)
    root = make_catalog(tmp_path / "project", providers=4, tools=4)
    generate(root)
    return root


def test_edits_after_trusted_runs_match_a_fresh_run(
    project: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Generated: 0 written" in generate(project)
    edit_summary(project / "specs/synth-0001.yaml", "Edited once.")
    (project / "specs/synth-0002.yaml").unlink()
    assert "Generated: 0 written" not in generate(project)
    edit_summary(project / "specs/synth-0001.yaml", "Edited twice.")
    generate(project)
    after = tree(project)
    assert any(b"Edited twice." in text for text in after.values())
    monkeypatch.setenv("TOOLGEN_CACHE_DIR", str(cache_dir))
    assert after == fresh_tree(project, tmp_path, monkeypatch)


def test_an_edited_or_deleted_output_file_is_rewritten(project: Path) -> None:
    expected = tree(project)
    (project / LUA_DOC).write_bytes(b"edited by hand")
    (project / INDEX).unlink()
    generate(project, "--check", status=1)
    assert "Generated: 2 written" in generate(project)
    assert tree(project) == expected


def test_unchanged_size_and_mtime_are_trusted_without_reading(project: Path) -> None:
    target = project / LUA_DOC
    before = target.stat()
    text = target.read_bytes()
    target.write_bytes(text.swapcase())  # same size
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert "Up to date" in generate(project, "--check")  # the documented limit of the trust
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000))
    generate(project, "--check", status=1)


def test_a_provider_run_keeps_the_other_providers_trusted(project: Path) -> None:
    expected = tree(project)
    (project / "generated/lua/synth-0003.md").write_bytes(b"edited by hand")
    scoped = generate(project, "--provider", "synth-0001")
    assert "Generated: 0 written" in scoped
    assert "synth-0001: 0 written" in scoped and "synth-0000" not in scoped
    assert "Generated: 1 written" in generate(project)
    assert tree(project) == expected
