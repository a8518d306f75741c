"""Small temporary projects for the incremental-generation and watch tests."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent.parent
DEMO_SPEC = REPO / "tests/golden/specs/demo-co.yaml"
sys.path.insert(0, str(REPO / "benchmarks"))  # the synthetic catalog maker


def tree(root: Path) -> dict[str, bytes]:
    """Every generated file under `root`, by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for folder in ("generated", "docs")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private cache directory for every run of the test (also in child processes)."""
    directory = tmp_path / "cache"
    monkeypatch.setenv("TOOLGEN_CACHE_DIR", str(directory))
    return directory


def copy_project(source: Path, target: Path) -> Path:
    """`source`'s specs and pyproject.toml only (no output), at `target`."""
    (target / "specs").mkdir(parents=True)
    shutil.copy(source / "pyproject.toml", target)
    for spec in (source / "specs").glob("*.yaml"):
        shutil.copy(spec, target / "specs")
    return target
