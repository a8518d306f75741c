"""Apply a plan: atomic writes, then removal of stale generated files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from generator.output.plan import Plan

FILE_MODE = 0o644


def apply_plan(root: Path, plan: Plan) -> None:
    """Stage every write as a temp file first, then rename them all into place.

    A failure while staging (disk full, a path blocked by a file) removes the
    temp files and leaves the previous output untouched.
    """
    made: set[Path] = set()  # directories known to exist: one mkdir each, not one per file
    staged: list[tuple[str, Path]] = []
    try:
        for change in plan.writes:
            target = root / change.path
            if target.parent not in made:
                target.parent.mkdir(parents=True, exist_ok=True)
                made.add(target.parent)
            staged.append((stage(target, change.new_bytes), target))
    except BaseException:
        for tmp, _ in staged:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
        raise
    for tmp, target in staged:
        os.replace(tmp, target)
    for change in plan.removals:
        (root / change.path).unlink(missing_ok=True)
        prune_empty_dirs((root / change.path).parent, root)


def stage(path: Path, text: str | bytes) -> str:
    """Write `text` (or UTF-8 bytes) to a temp file next to `path`; return the temp file's name."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(text.encode("utf-8") if isinstance(text, str) else text)
            os.fchmod(out.fileno(), FILE_MODE)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
    return tmp


def prune_empty_dirs(directory: Path, root: Path) -> None:
    """Remove `directory` and its parents while they are empty, stopping at `root`."""
    root = root.resolve()
    directory = directory.resolve()
    while directory != root and directory.is_relative_to(root) and directory.is_dir():
        if any(directory.iterdir()):
            return
        directory.rmdir()
        directory = directory.parent
