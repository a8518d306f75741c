"""`toolgen generate` end to end on a temporary copy of the project."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.output.conftest import DEMO_SPEC, Generate, snapshot

EDITED = [
    "generated/lua/fly-io.md",
    "generated/lua/heroku/get_app.md",
    "generated/mcp/render.json",
    "docs/reference/buildkite.md",
    "docs/reference/index.md",
]


def test_generate_writes_every_surface_then_check_is_clean(project: Path, generate: Generate) -> None:
    result = generate()
    assert result.exit_code == 0, result.output
    for path in EDITED:
        assert (project / path).is_file(), path
    assert "fly-io: " in result.stderr and "written" in result.stderr
    assert (project / "generated/.manifest.json").is_file()
    before = snapshot(project)
    check = generate("--check")
    assert check.exit_code == 0, check.output
    assert "Up to date" in check.stderr
    again = generate()
    assert again.exit_code == 0 and "0 written" in again.stderr
    assert snapshot(project) == before


def test_check_fails_with_a_diff_after_a_hand_edit(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    for path in EDITED:
        target = project / path
        original = target.read_text(encoding="utf-8")
        target.write_text(original.replace("\n", "\nhand edit\n", 1), encoding="utf-8")
        result = generate("--check")
        assert result.exit_code == 1, path
        assert f"+++ b/{path}" in result.stdout and "-hand edit" in result.stdout
        assert f"changed: {path}" in result.stderr
        assert "hand edit" in target.read_text(encoding="utf-8")  # check writes nothing
        target.write_text(original, encoding="utf-8")
    (project / EDITED[0]).unlink()
    missing = generate("--check")
    assert missing.exit_code == 1 and f"missing: {EDITED[0]}" in missing.stderr


def test_check_diff_is_capped(project: Path, generate: Generate) -> None:
    result = generate("--check")  # nothing generated yet: every file is missing
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 201 and lines[-1].startswith("… ") and lines[-1].endswith(" more lines")


def test_stale_files_are_removed_but_hand_written_ones_kept(project: Path, generate: Generate) -> None:
    shutil.copy(DEMO_SPEC, project / "specs")
    assert generate().exit_code == 0
    per_function = project / "generated/lua/demo-co/count_widgets.md"
    assert per_function.is_file()
    hand_written = [project / "generated/README.md", project / "generated/lua/demo-co/extra.md"]
    for path in hand_written:
        path.write_text("mine\n", encoding="utf-8")
    spec = project / "specs/demo-co.yaml"
    text = spec.read_text(encoding="utf-8")
    start = text.index("  - name: count_widgets")
    spec.write_text(text[:start] + text[text.index("notes:") :], encoding="utf-8")
    assert generate("--check").exit_code == 1
    dry = generate("--dry-run")
    assert dry.exit_code == 0 and "would remove: generated/lua/demo-co/count_widgets.md" in dry.stderr
    assert per_function.exists()
    result = generate()
    assert result.exit_code == 0, result.output
    assert not per_function.exists()
    assert all(path.read_text(encoding="utf-8") == "mine\n" for path in hand_written)
    assert "count_widgets" not in (project / "generated/.manifest.json").read_text(encoding="utf-8")
    spec.unlink()
    assert generate().exit_code == 0
    assert not (project / "generated/lua/demo-co.md").exists()
    assert (project / "generated/lua/demo-co/extra.md").exists()


def test_spec_errors_write_nothing(project: Path, generate: Generate) -> None:
    spec = project / "specs/heroku.yaml"
    spec.write_text(spec.read_text(encoding="utf-8").replace("access: read", "access: reed", 1), encoding="utf-8")
    before = snapshot(project)
    result = generate()
    assert result.exit_code == 1
    assert "specs/heroku.yaml:" in result.stderr and ": error[" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(project) == before


def test_spec_errors_leave_previous_output_intact(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    before = snapshot(project)
    spec = project / "specs/fly-io.yaml"
    spec.write_text(spec.read_text(encoding="utf-8") + "\nbogus_key: 1\n", encoding="utf-8")
    assert generate().exit_code == 1
    assert snapshot(project) == {**before, "specs/fly-io.yaml": spec.read_bytes()}


def test_provider_option_limits_regeneration(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    heroku_doc = project / "generated/lua/heroku.md"
    heroku_doc.write_text("edited\n", encoding="utf-8")
    result = generate("--provider", "fly-io")
    assert result.exit_code == 0, result.output
    assert heroku_doc.read_text(encoding="utf-8") == "edited\n"  # not this run's provider
    assert "heroku:" not in result.stderr
    assert generate("--check", "--provider", "heroku").exit_code == 1
    assert generate("--check", "--provider", "fly-io").exit_code == 0


def test_usage_errors_exit_2(generate: Generate, tmp_path: Path) -> None:
    unknown = generate("--provider", "fly-oi")
    assert unknown.exit_code == 2 and "fly-io" in unknown.stderr  # did-you-mean
    assert generate("--check", "--dry-run").exit_code == 2
    empty = tmp_path / "empty"
    empty.mkdir()
    assert generate("--root", str(empty)).exit_code == 2


def test_output_is_identical_under_different_hash_seeds(project: Path, tmp_path: Path) -> None:
    trees = []
    for seed in ("1", "2"):
        copy = tmp_path / f"seed-{seed}"
        shutil.copytree(project, copy)
        env = {**os.environ, "PYTHONHASHSEED": seed}
        toolgen = Path(sys.executable).parent / "toolgen"
        subprocess.run([toolgen, "generate"], cwd=copy / "specs", env=env, check=True, capture_output=True)
        trees.append(snapshot(copy))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 40
