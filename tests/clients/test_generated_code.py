"""The generated client packages are ruff-format clean and pass mypy --strict and pyright
(strict: the project's pyrightconfig.json settings, over the rendered clients, hostile
included, the runtime and tests/typecheck)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.needs import missing

from .conftest import ROOT

PYRIGHT = ROOT / "node_modules/.bin/pyright"  # `npm ci` installs it (package.json)


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


@pytest.mark.timeout(600)
def test_pyright_strict(rendered_clients: Path) -> None:
    if not PYRIGHT.exists():
        missing(f"{PYRIGHT} is missing (npm ci)")
    config = json.loads((ROOT / "pyrightconfig.json").read_text(encoding="utf-8"))
    assert config["typeCheckingMode"] == "strict"
    others = [str(ROOT / path) for path in config["include"] if path != "generated/clients"]
    # The project's settings; the clients rendered here (hostile included) in place of
    # the committed ones, which `toolgen generate --check` keeps equal to these.
    config.update(include=["clients"], venvPath=str(ROOT), extraPaths=[str(ROOT)])
    (rendered_clients / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    command = [str(PYRIGHT), "--outputjson", "clients", *others]
    result = subprocess.run(
        command, cwd=rendered_clients, capture_output=True, text=True, check=False
    )
    report = json.loads(result.stdout)
    errors = [
        f"{found['file']}:{found['range']['start']['line'] + 1}: {found['message']}"
        for found in report["generalDiagnostics"]
    ]
    assert errors == [], "\n".join(errors[:50])
    assert report["summary"]["filesAnalyzed"] > 20  # the clients, the runtime, tests/typecheck


ALLOWED_IMPORTS = ("__future__", "typing", "collections.abc", "attrs", "httpx", "generator.runtime")


def test_packages_ship_py_typed_and_import_only_the_runtime(rendered_clients: Path) -> None:
    packages = [p for p in (rendered_clients / "clients").iterdir() if p.is_dir()]
    assert len(packages) == 5
    for package in packages:
        assert (package / "py.typed").is_file(), package
        for path in package.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    modules = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    modules = [node.module or ""]
                else:
                    continue
                for module in modules:
                    assert module.startswith(ALLOWED_IMPORTS), (path, module)
