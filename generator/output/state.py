"""What the last write left in a project, so the next run can skip unchanged output.

After `toolgen generate` writes, every owner's files are recorded with their
size and mtime, under the render key they came from. A later run whose render
key for that owner is the same, and whose files still have that size and
mtime, knows them unchanged without rendering, unpickling or reading them (the
trust `make` and `rsync` place in mtimes). A file changed by hand gets a new
mtime, so it is read and compared as usual. Files written less than
`RACY_NS` before the recording are not trusted: a change within the mtime
granularity of the file system (2 s on FAT) could leave the mtime unchanged.
The state lives in the cache directory, keyed by the project root.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from pathlib import Path

from attrs import frozen

from generator.output.cache import Cache, digest
from generator.spec.diagnostics import Diagnostic
from generator.spec.summary import ProviderSummary

RACY_NS = 2_000_000_000


@frozen
class Written:
    """One owner's output as a run left it: `files` holds (path, size, mtime_ns)."""

    key: str  # the render key (the catalog key for the catalog-wide files)
    owner: str
    diagnostics: tuple[Diagnostic, ...]
    summary: ProviderSummary | None  # None for the catalog-wide files
    files: tuple[tuple[str, int, int], ...]

    @property
    def paths(self) -> dict[str, str]:
        return {path: self.owner for path, _size, _mtime in self.files}


class OutputState:
    def __init__(self, cache: Cache, root: Path) -> None:
        self.cache = cache
        self.root = os.fspath(root)
        self.key = digest("output-state", root.resolve().as_posix())
        entry = cache.get(self.key)
        self.found = isinstance(entry, dict)
        self.written: dict[str, Written] = entry if isinstance(entry, dict) else {}

    def unchanged(self, key: str) -> Written | None:
        """What was written under render key `key`, if each of its files is still as written."""
        written = self.written.get(key)
        if written is None:
            return None
        for path, size, mtime_ns in written.files:
            try:
                stat = os.stat(f"{self.root}/{path}")
            except OSError:
                return None
            if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns):
                return None
        return written

    def record(self, owners: Iterable[Written], current_keys: AbstractSet[str]) -> None:
        """Store `owners` (their files as they are now) and keep earlier entries still current.

        Owners found `unchanged` this run are kept as they are; the files of the
        others are stat'ed here (their sizes and mtimes are ignored).
        """
        recorded = {key: w for key, w in self.written.items() if key in current_keys}
        fresh_before = time.time_ns() - RACY_NS
        for owner in owners:
            if recorded.get(owner.key) == owner:
                continue
            recorded.pop(owner.key, None)
            files = self._stat(path for path, _size, _mtime in owner.files)
            if files is not None and all(mtime < fresh_before for _p, _s, mtime in files):
                recorded[owner.key] = Written(
                    owner.key, owner.owner, owner.diagnostics, owner.summary, files
                )
        if recorded != self.written or not self.found:  # the same entry, rewritten in place
            self.cache.put(self.key, recorded)

    def _stat(self, paths: Iterable[str]) -> tuple[tuple[str, int, int], ...] | None:
        files = []
        for path in paths:
            try:
                stat = os.stat(f"{self.root}/{path}")
            except OSError:
                return None
            files.append((path, stat.st_size, stat.st_mtime_ns))
        return tuple(files)
