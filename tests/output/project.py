"""Temporary projects, running `toolgen generate` in them, and snapshots of their files."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from typer.testing import CliRunner, Result

from generator.cli import app

REPO = Path(__file__).resolve().parent.parent.parent
DEMO_SPEC = REPO / "tests/golden/specs/demo-co.yaml"
HOSTILE_SPEC = REPO / "tests/fixtures/hostile/specs/hostile.yaml"

Generate = Callable[..., Result]


def snapshot(root: Path) -> dict[str, bytes]:
    """Every file under `root`, by relative path."""
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def make_project(root: Path, specs: list[Path]) -> Path:
    (root / "specs").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", root)
    for spec in specs:
        shutil.copy(spec, root / "specs")
    return root


def runner_for(root: Path) -> Generate:
    """`run("--check")` runs `toolgen generate --root <root> --check` in-process."""

    def run(*args: str) -> Result:
        return CliRunner().invoke(app, ["generate", "--root", str(root), *args])

    return run
