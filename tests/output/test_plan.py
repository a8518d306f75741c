"""The writer's building blocks on a real directory: plan, atomic apply, manifest."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.output.apply import apply_plan
from generator.output.manifest import MANIFEST_PATH, ManifestError, read_manifest
from generator.output.plan import Owned, make_plan


def test_plan_apply_and_replan(tmp_path: Path) -> None:
    files = {"generated/a/x.md": Owned("p", "x\n"), "docs/y.md": Owned("*", "y\n")}
    plan = make_plan(tmp_path, files, {})
    assert [(c.path, c.kind) for c in plan.changes] == [
        ("docs/y.md", "new"),
        ("generated/.manifest.json", "new"),
        ("generated/a/x.md", "new"),
    ]
    assert plan.writes[-1].path == MANIFEST_PATH  # written last
    apply_plan(tmp_path, plan)
    assert read_manifest(tmp_path) == {"docs/y.md": "*", "generated/a/x.md": "p"}
    assert not list(tmp_path.rglob("*.tmp"))
    assert oct((tmp_path / "docs/y.md").stat().st_mode & 0o777) == "0o644"
    assert make_plan(tmp_path, files, read_manifest(tmp_path)).changes == ()


def test_stale_removal_respects_scope_and_prunes_dirs(tmp_path: Path) -> None:
    files = {"generated/p/one.md": Owned("p", "1\n"), "generated/q/two.md": Owned("q", "2\n")}
    apply_plan(tmp_path, make_plan(tmp_path, files, {}))
    previous = read_manifest(tmp_path)
    scoped = make_plan(tmp_path, {}, previous, scope=frozenset({"p"}))
    assert [c.path for c in scoped.removals] == ["generated/p/one.md"]
    apply_plan(tmp_path, scoped)
    assert not (tmp_path / "generated/p").exists()  # emptied directory pruned
    assert (tmp_path / "generated/q/two.md").exists()
    assert read_manifest(tmp_path) == {"generated/q/two.md": "q"}


@pytest.mark.parametrize("path", ["../escape.md", "/abs.md", "a/../b.md", "a\\b.md", "a//b.md", ""])
def test_paths_outside_the_project_are_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(ValueError, match="outside the project"):
        make_plan(tmp_path, {path: Owned("p", "x")}, {})


def test_corrupt_manifest_is_a_clear_error(tmp_path: Path) -> None:
    manifest = tmp_path / MANIFEST_PATH
    manifest.parent.mkdir(parents=True)
    for text in ("{not json", json.dumps({"files": {"a": 1}}), json.dumps([])):
        manifest.write_text(text, encoding="utf-8")
        with pytest.raises(ManifestError, match="unreadable manifest"):
            read_manifest(tmp_path)
