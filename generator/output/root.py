"""Find the project root: the directory holding `pyproject.toml` and `specs/`."""

from __future__ import annotations

from pathlib import Path


def is_project_root(path: Path) -> bool:
    return (path / "pyproject.toml").is_file() and (path / "specs").is_dir()


def find_root(start: Path) -> Path | None:
    """`start` or its nearest ancestor that is a project root."""
    start = start.resolve()
    return next((p for p in (start, *start.parents) if is_project_root(p)), None)
