"""A temporary project (pyproject.toml + the bundled specs) and a way to run `toolgen generate` in it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from generator.cli import app

REPO = Path(__file__).resolve().parent.parent.parent
DEMO_SPEC = REPO / "tests" / "golden" / "specs" / "demo-co.yaml"

Generate = Callable[..., Result]


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root`, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", root)
    for spec in (REPO / "specs").glob("*.yaml"):
        shutil.copy(spec, root / "specs")
    return root


@pytest.fixture
def generate(project: Path) -> Generate:
    """`generate("--check")` runs `toolgen generate --root <project> --check` in-process."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(app, ["generate", "--root", str(project), *args])

    return run
