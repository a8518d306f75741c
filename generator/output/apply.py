"""Apply a plan: atomic writes, then removal of stale generated files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from generator.output.plan import Plan

FILE_MODE = 0o644


def apply_plan(root: Path, plan: Plan) -> None:
    made: set[Path] = set()  # directories known to exist: one mkdir each, not one per file
    for change in plan.writes:
        target = root / change.path
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        atomic_write(target, change.new)
    for change in plan.removals:
        (root / change.path).unlink(missing_ok=True)
        prune_empty_dirs((root / change.path).parent, root)


def atomic_write(path: Path, text: str) -> None:
    """Write a temp file next to `path` (in an existing directory), then rename it over `path`."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(text.encode("utf-8"))
            os.fchmod(out.fileno(), FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def prune_empty_dirs(directory: Path, root: Path) -> None:
    """Remove `directory` and its parents while they are empty, stopping at `root`."""
    root = root.resolve()
    directory = directory.resolve()
    while directory != root and directory.is_relative_to(root) and directory.is_dir():
        if any(directory.iterdir()):
            return
        directory.rmdir()
        directory = directory.parent
