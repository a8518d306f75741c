"""The generated client packages are ruff-format clean and pass mypy --strict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.render import clients
from generator.spec import load_provider
from generator.spec.model import Catalog

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests/fixtures/hostile/specs/hostile.yaml"  # quotes, backslashes, markup


@pytest.fixture(scope="module")
def rendered(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The client surface of the bundled and hostile specs, rendered into a temporary tree."""
    hostile, diagnostics = load_provider(HOSTILE, ROOT)
    assert hostile is not None, diagnostics
    providers = Catalog([*catalog.providers, hostile]).providers
    root = tmp_path_factory.mktemp("rendered")
    files = clients.render_catalog(Catalog(providers))
    for provider in providers:
        files.update(clients.render_provider(provider))
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root / "generated"


def _tool(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def test_every_file_carries_the_banner(rendered: Path) -> None:
    for path in rendered.rglob("*.py"):
        assert path.read_text().startswith("# generated from "), path


def test_ruff_format_clean(rendered: Path) -> None:
    result = _tool("ruff", "format", "--check", "--diff", str(rendered), cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict(rendered: Path) -> None:
    result = _tool("mypy", "--strict", "--no-incremental", "clients", cwd=rendered)
    assert result.returncode == 0, result.stdout + result.stderr
