"""`toolgen generate` end to end on temporary copies of the project."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from generator.output.manifest import MANIFEST_PATH as MANIFEST

from .project import Generate, runner_for, snapshot

EDITED = [
    "generated/lua/demo-co.md",
    "generated/lua/hostile/get_thing.md",
    "generated/mcp/demo-co.json",
    "generated/clients/demo_co/client.py",
    "generated/clients/__init__.py",
    "docs/reference/hostile.md",
    "docs/reference/index.md",
]


def test_bundled_specs_generate_then_check_clean(bundled_project: Path) -> None:
    generate = runner_for(bundled_project)
    result = generate()
    assert result.exit_code == 0, result.output
    assert "Generated: " in result.stderr and " 0 removed." in result.stderr
    for provider in ("fly-io", "heroku", "render", "buildkite", "demo-co"):
        assert (bundled_project / f"generated/lua/{provider}.md").is_file()
        assert (bundled_project / f"generated/mcp/{provider}.json").is_file()
        assert (bundled_project / f"docs/reference/{provider}.md").is_file()
    check = generate("--check")
    assert check.exit_code == 0 and "Up to date" in check.stderr


def test_second_run_writes_nothing(project: Path, generate: Generate) -> None:
    first = generate()
    assert first.exit_code == 0, first.output
    assert "demo-co: " in first.stderr and "hostile: " in first.stderr  # per-provider lines
    before = {p: (project / p).stat().st_mtime_ns for p in snapshot(project)}
    again = generate()
    assert again.exit_code == 0 and "Generated: 0 written" in again.stderr
    assert {p: (project / p).stat().st_mtime_ns for p in snapshot(project)} == before


def test_check_fails_with_a_diff_after_hand_edits(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    for path in EDITED:
        target = project / path
        target.write_text(
            target.read_text(encoding="utf-8").replace("\n", "\nhand edit\n", 1), encoding="utf-8"
        )
    result = generate("--check")
    assert result.exit_code == 1
    assert result.stdout.count("-hand edit") == len(EDITED)
    for path in EDITED:
        assert f"+++ b/{path}" in result.stdout and f"changed: {path}" in result.stderr
        assert "hand edit" in (project / path).read_text(encoding="utf-8")  # check writes nothing
    (project / EDITED[0]).unlink()
    missing = generate("--check")
    assert missing.exit_code == 1 and f"missing: {EDITED[0]}" in missing.stderr


def test_check_notices_an_edit_to_any_generated_file(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    generated = json.loads((project / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert any(p.endswith(".py") for p in generated) and any(p.endswith(".json") for p in generated)
    for path in generated:
        with (project / path).open("a", encoding="utf-8") as file:
            file.write("hand edit\n")
    result = generate("--check")
    assert result.exit_code == 1
    assert sorted(re.findall(r"changed: (\S+)", result.stderr)) == sorted(generated)


def test_check_diff_is_capped(generate: Generate) -> None:
    result = generate("--check")  # nothing generated yet: every file is missing
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert len(lines) == 201 and lines[-1].startswith("… ") and lines[-1].endswith(" more lines")


def test_stale_files_are_removed_but_hand_written_ones_kept(
    project: Path, generate: Generate
) -> None:
    assert generate().exit_code == 0
    per_function = project / "generated/lua/demo-co/count_widgets.md"
    assert per_function.is_file()
    hand_written = [project / "generated/README.md", project / "generated/lua/demo-co/extra.md"]
    for path in hand_written:
        path.write_text("mine\n", encoding="utf-8")
    spec = project / "specs/demo-co.yaml"
    text = spec.read_text(encoding="utf-8")
    spec.write_text(
        text[: text.index("  - name: count_widgets")] + text[text.index("notes:") :],
        encoding="utf-8",
    )
    dry = generate("--dry-run")
    assert (
        dry.exit_code == 0 and "would remove: generated/lua/demo-co/count_widgets.md" in dry.stderr
    )
    assert per_function.exists()
    assert generate().exit_code == 0
    assert not per_function.exists()
    assert "count_widgets" not in (project / "generated/.manifest.json").read_text(encoding="utf-8")
    spec.unlink()  # the whole provider goes
    assert generate().exit_code == 0
    assert not (project / "generated/lua/demo-co.md").exists()
    assert not (project / "docs/reference/demo-co.md").exists()
    assert all(path.read_text(encoding="utf-8") == "mine\n" for path in hand_written)


def test_spec_errors_write_nothing(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    spec = project / "specs/demo-co.yaml"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("access: read", "access: reed", 1),
        encoding="utf-8",
    )
    (project / "specs/hostile.yaml").unlink()  # would remove files, were the run to go ahead
    before = snapshot(project)
    result = generate()
    assert result.exit_code == 1
    assert "specs/demo-co.yaml:" in result.stderr and ": error[" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(project) == before


def test_provider_option_limits_regeneration(project: Path, generate: Generate) -> None:
    assert generate().exit_code == 0
    hostile_doc = project / "generated/lua/hostile.md"
    hostile_doc.write_text("edited\n", encoding="utf-8")
    (project / "generated/lua/demo-co.md").unlink()
    result = generate("--provider", "demo-co")
    assert result.exit_code == 0, result.output
    assert (project / "generated/lua/demo-co.md").is_file()
    assert hostile_doc.read_text(encoding="utf-8") == "edited\n"  # not this run's provider
    assert "hostile:" not in result.stderr
    assert generate("--check", "--provider", "hostile").exit_code == 1


def test_usage_errors_exit_2(generate: Generate, tmp_path: Path) -> None:
    unknown = generate("--provider", "demo-oc")
    assert unknown.exit_code == 2 and "demo-co" in unknown.stderr  # did you mean
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
        # Run from specs/: the project root is found by walking up.
        subprocess.run(
            [toolgen, "generate"], cwd=copy / "specs", env=env, check=True, capture_output=True
        )
        trees.append(snapshot(copy))
    assert trees[0] == trees[1]
    assert len(trees[0]) > 15
