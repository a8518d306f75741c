"""Compare rendered files with the tree: what to write, what is unchanged, what is stale."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from attrs import frozen

from generator.output.manifest import CATALOG_OWNER, MANIFEST_PATH, manifest_text

ChangeKind = Literal["new", "changed", "stale"]


@frozen
class Owned:
    """A rendered file and who produced it: a provider id or `*` (the catalog)."""

    owner: str
    text: str


@frozen
class Change:
    path: str
    kind: ChangeKind
    owner: str
    old: str  # the file on disk; "" for new files
    new: str  # the text to write; "" for stale files


@frozen
class Plan:
    changes: tuple[Change, ...]  # sorted by path
    unchanged: tuple[tuple[str, str], ...]  # (path, owner)

    @property
    def writes(self) -> tuple[Change, ...]:
        """New and changed files, the manifest last so it never lists unwritten work."""
        writes = [c for c in self.changes if c.kind != "stale"]
        return tuple(sorted(writes, key=lambda c: c.path == MANIFEST_PATH))

    @property
    def removals(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind == "stale")


def check_path(path: str) -> None:
    """A generated path must stay inside the project: relative, posix, no `..`, `.` or `//`."""
    if not path or "\\" in path or any(part in ("", ".", "..") for part in path.split("/")):
        raise ValueError(f"refusing to generate outside the project: {path!r}")


def make_plan(
    root: Path,
    rendered: Mapping[str, Owned],
    previous: Mapping[str, str],
    scope: frozenset[str] | None = None,
    kept: Mapping[str, str] | None = None,
) -> Plan:
    """`scope`: owners being regenerated (None: all); other owners' files are left alone.

    `kept`: path -> owner of files known to be as they should be (not read again).
    """

    def in_scope(owner: str) -> bool:
        return scope is None or owner in scope

    kept = kept or {}
    owners = {path: owner for path, owner in previous.items() if not in_scope(owner)}
    owners.update(kept)
    owners.update({path: file.owner for path, file in rendered.items()})
    files = {**rendered, MANIFEST_PATH: Owned(CATALOG_OWNER, manifest_text(owners))}
    changes: list[Change] = []
    unchanged: list[tuple[str, str]] = [(path, owner) for path, owner in kept.items()]
    for path, file in files.items():
        check_path(path)
        old = _read(os.path.join(root, path))
        if old == file.text.encode("utf-8"):
            unchanged.append((path, file.owner))
        else:
            kind: ChangeKind = "new" if old is None else "changed"
            changes.append(Change(path, kind, file.owner, _decode(old), file.text))
    for path, owner in previous.items():
        if in_scope(owner) and path not in files and path not in kept:
            old = _read(os.path.join(root, path))
            if old is not None:
                check_path(path)
                changes.append(Change(path, "stale", owner, _decode(old), ""))
    return Plan(tuple(sorted(changes, key=lambda c: c.path)), tuple(sorted(unchanged)))


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as file:
            return file.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _decode(data: bytes | None) -> str:
    return "" if data is None else data.decode("utf-8", errors="replace")
