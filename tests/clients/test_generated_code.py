"""The generated client packages are ruff-format clean and pass mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT


def _tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_every_file_carries_the_banner(rendered_clients: Path) -> None:
    for path in rendered_clients.rglob("*.py"):
        assert path.read_text().startswith("# generated from "), path


def test_ruff_format_clean(rendered_clients: Path) -> None:
    result = _tool("ruff", "format", "--check", "--diff", str(rendered_clients), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict(rendered_clients: Path) -> None:
    result = _tool("mypy", "--strict", "--no-incremental", "clients", cwd=rendered_clients)
    assert result.returncode == 0, result.stdout + result.stderr
