"""Runs that trust the recorded size and mtime of unchanged output give a fresh run's files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.output import state

from .conftest import REPO, copy_project, tree
from .test_incremental import edit_summary, fresh_tree

INDEX = "docs/reference/index.md"
LUA_DOC = "generated/lua/fly-io.md"


def generate(root: Path, *args: str, status: int = 0) -> str:
    result = CliRunner().invoke(app, ["generate", "--root", str(root), *args])
    assert result.exit_code == status, result.output
    return result.stderr


def age_output(root: Path, seconds: int = 60) -> None:
    """Move every generated file's mtime into the past, out of the racy window."""
    for path in tree(root):
        stat = (root / path).stat()
        past = stat.st_mtime_ns - seconds * 1_000_000_000
        os.utime(root / path, ns=(stat.st_atime_ns, past))


@pytest.fixture
def project(tmp_path: Path, cache_dir: Path) -> Path:
    """A generated project whose output is recorded as trusted: old enough to be."""
    root = copy_project(REPO, tmp_path / "project")  # the four bundled specs
    generate(root)
    age_output(root)
    assert "Generated: 0 written" in generate(root)  # reads, compares, then trusts
    return root


def test_fresh_output_is_not_trusted_until_it_is_older_than_the_racy_window(
    tmp_path: Path, cache_dir: Path
) -> None:
    assert state.RACY_NS >= 1_000_000_000  # coarser than any file system's mtime step
    root = copy_project(REPO, tmp_path / "project")
    generate(root)
    target = root / LUA_DOC
    before = target.stat()
    target.write_bytes(target.read_bytes().swapcase())  # same size, same mtime: a racy edit
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))
    generate(root, "--check", status=1)  # just written: read and compared, not trusted
    generate(root)
    age_output(root)
    generate(root)  # now older than the window: recorded as trusted
    aged = target.stat()
    target.write_bytes(target.read_bytes().swapcase())
    os.utime(target, ns=(aged.st_atime_ns, aged.st_mtime_ns))
    assert "Up to date" in generate(root, "--check")  # trusted without reading


def test_edits_after_trusted_runs_match_a_fresh_run(
    project: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "Generated: 0 written" in generate(project)
    edit_summary(project / "specs/fly-io.yaml", "Edited once.")
    (project / "specs/render.yaml").unlink()
    assert "Generated: 0 written" not in generate(project)
    edit_summary(project / "specs/fly-io.yaml", "Edited twice.")
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
    (project / "generated/lua/heroku.md").write_bytes(b"edited by hand")
    scoped = generate(project, "--provider", "fly-io")
    assert "Generated: 0 written" in scoped
    assert "fly-io: 0 written" in scoped and "buildkite" not in scoped
    assert "Generated: 1 written" in generate(project)
    assert tree(project) == expected
