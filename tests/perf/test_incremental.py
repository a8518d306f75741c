"""Incremental generation: cached runs give exactly the files of a fresh, uncached run."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from synthetic import make_catalog
from typer.testing import CliRunner

from generator.cli import app
from generator.output import incremental, pipeline
from generator.output.cache import Cache

from .conftest import copy_project, tree


def generate(root: Path, *args: str) -> str:
    result = CliRunner().invoke(app, ["generate", "--root", str(root), *args])
    assert result.exit_code == 0, result.output
    return result.stderr


def fresh_tree(project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, bytes]:
    """The output of an uncached run on a copy of `project`'s specs."""
    copy = copy_project(project, tmp_path / f"fresh-{len(list(tmp_path.iterdir()))}")
    monkeypatch.setenv("TOOLGEN_CACHE_DIR", str(tmp_path / f"{copy.name}-cache"))
    generate(copy)
    return tree(copy)


def edit_summary(spec: Path, text: str) -> None:
    source = spec.read_text(encoding="utf-8")
    spec.write_text(re.sub(r"(?m)^(\s*summary: ).*$", rf"\g<1>{text}", source, count=1))


@pytest.fixture
def project(tmp_path: Path, cache_dir: Path) -> Path:
    return make_catalog(tmp_path / "project", providers=6, tools=6)


def test_edits_additions_and_removals_match_a_fresh_run(
    project: Path, cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    generate(project)
    entries = sorted(cache_dir.rglob("*"))
    assert "Generated: 0 written" in generate(project)
    assert sorted(cache_dir.rglob("*")) == entries  # a no-op run adds nothing

    edit_summary(project / "specs/synth-0002.yaml", "Edited summary.")
    (project / "specs/synth-0004.yaml").unlink()
    spec = project / "specs/synth-0003.yaml"
    added = spec.read_text().replace("synth-0003", "synth-0100").replace("synth_0003", "synth_0100")
    (project / "specs/synth-0100.yaml").write_text(added)
    generate(project)
    after = tree(project)
    assert any(b"Edited summary." in text for path, text in after.items() if "synth_0002" in path)
    assert not any("synth-0004" in path for path in after)
    monkeypatch.setenv("TOOLGEN_CACHE_DIR", str(cache_dir))
    assert after == fresh_tree(project, tmp_path, monkeypatch)


def test_parallel_build_equals_serial_build(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    serial = incremental.build(project, cache=Cache(tmp_path / "serial")).files
    monkeypatch.setattr(incremental, "PARALLEL_THRESHOLD", 2)
    monkeypatch.setattr(os, "sched_getaffinity", lambda _pid: {0, 1})  # two workers even on 1 CPU
    parallel = incremental.build(project, cache=Cache(tmp_path / "parallel")).files
    assert parallel == serial
    assert len(list((tmp_path / "parallel").rglob("*"))) > len(serial) // 10  # workers cached


def test_corrupt_cache_entries_are_misses(project: Path, cache_dir: Path) -> None:
    expected = incremental.build(project).files
    for entry in cache_dir.rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"not a pickle")
    assert incremental.build(project).files == expected


def test_broken_spec_is_reported_and_not_cached(project: Path, cache_dir: Path) -> None:
    spec = project / "specs/synth-0001.yaml"
    good = spec.read_text()
    spec.write_text(good.replace("access: read", "access: reed", 1))
    for _ in range(2):  # the second run must not find a cached success
        with pytest.raises(pipeline.SpecErrors) as raised:
            incremental.build(project)
        assert any(d.code == "invalid-value" for d in raised.value.diagnostics)
    spec.write_text(good)
    files = incremental.build(project).files
    assert "generated/lua/synth-0001.md" in files


def test_duplicate_namespace_across_cached_specs_is_an_error(project: Path) -> None:
    incremental.build(project)  # every spec cached on its own
    spec = project / "specs/synth-0002.yaml"
    spec.write_text(spec.read_text().replace("synth_0002", "synth_0001"))
    with pytest.raises(pipeline.SpecErrors) as raised:
        incremental.build(project)
    assert [d.code for d in raised.value.diagnostics if d.severity == "error"] == [
        "duplicate-namespace"
    ]


def test_provider_option_renders_only_that_provider(project: Path) -> None:
    files = incremental.build(project, ["synth-0003"]).files
    owners = {file.owner for file in files.values()}
    assert owners == {"synth-0003", "*"}
