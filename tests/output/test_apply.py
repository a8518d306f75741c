from __future__ import annotations

from pathlib import Path

import pytest

from generator.output.apply import apply_plan
from generator.output.plan import Change, Plan


def _write(path: str, old: str, new: str) -> Change:
    return Change(path=path, kind="changed" if old else "new", owner="demo", old=old, new=new)


def test_a_failed_write_leaves_the_previous_output_intact(tmp_path: Path) -> None:
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "a.md").write_text("old a\n")
    (tmp_path / "generated" / "blocked").write_text("a file where a directory must go\n")
    plan = Plan(
        changes=(
            _write("generated/a.md", "old a\n", "new a\n"),
            _write("generated/blocked/b.md", "", "new b\n"),
        ),
        unchanged=(),
    )
    with pytest.raises(OSError):
        apply_plan(tmp_path, plan)
    assert (tmp_path / "generated" / "a.md").read_text() == "old a\n"
    assert sorted(p.name for p in (tmp_path / "generated").iterdir()) == ["a.md", "blocked"]


def test_every_staged_write_lands(tmp_path: Path) -> None:
    plan = Plan(
        changes=(
            _write("generated/a.md", "", "a\n"),
            _write("generated/deep/b.md", "", "b\n"),
        ),
        unchanged=(),
    )
    apply_plan(tmp_path, plan)
    assert (tmp_path / "generated" / "a.md").read_text() == "a\n"
    assert (tmp_path / "generated" / "deep" / "b.md").read_text() == "b\n"
    assert not list(tmp_path.rglob("*.tmp"))
