"""Compare rendered files with the tree: what to write, what is unchanged, what is stale."""

from __future__ import annotations

import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import Literal

from attrs import frozen

from generator.output.manifest import CATALOG_OWNER, MANIFEST_PATH, manifest_text

ChangeKind = Literal["new", "changed", "stale"]


def pack(text: str) -> bytes:
    """A rendered text kept compressed: a large catalog's output stays small in memory."""
    return zlib.compress(text.encode("utf-8"), 1)


class Owned:
    """A rendered file (compressed, `pack`) and who produced it: a provider id or `*`."""

    __slots__ = ("data", "owner")

    def __init__(self, owner: str, text: str = "", *, data: bytes | None = None) -> None:
        self.owner = owner
        self.data = pack(text) if data is None else data

    @property
    def raw(self) -> bytes:
        return zlib.decompress(self.data)

    @property
    def text(self) -> str:
        return self.raw.decode("utf-8")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Owned) and (self.owner, self.data) == (other.owner, other.data)

    def __hash__(self) -> int:
        return hash((self.owner, self.data))

    def __repr__(self) -> str:
        return f"Owned({self.owner!r}, {len(self.data)} packed bytes)"


class Change:
    """One file to write or remove; its old and new texts are kept compressed."""

    __slots__ = ("_new", "_old", "kind", "owner", "path")

    def __init__(
        self, path: str, kind: ChangeKind, owner: str, old: str | bytes = "", new: str | bytes = ""
    ) -> None:
        """`old` / `new`: the text, or packed bytes (`pack`)."""
        self.path, self.kind, self.owner = path, kind, owner
        self._old = pack(old) if isinstance(old, str) else old
        self._new = pack(new) if isinstance(new, str) else new

    @property
    def old(self) -> str:
        """The file on disk; "" for new files."""
        return zlib.decompress(self._old).decode("utf-8")

    @property
    def new(self) -> str:
        """The text to write; "" for stale files."""
        return self.new_bytes.decode("utf-8")

    @property
    def new_bytes(self) -> bytes:
        return zlib.decompress(self._new)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Change) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple[str, str, str, bytes, bytes]:
        return (self.path, self.kind, self.owner, self._old, self._new)

    def __repr__(self) -> str:
        return f"Change({self.path!r}, {self.kind!r}, {self.owner!r})"


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
        if old is not None and old == file.raw:
            unchanged.append((path, file.owner))
        else:
            kind: ChangeKind = "new" if old is None else "changed"
            changes.append(Change(path, kind, file.owner, _packed(old), file.data))
    for path, owner in previous.items():
        if in_scope(owner) and path not in files and path not in kept:
            old = _read(os.path.join(root, path))
            if old is not None:
                check_path(path)
                changes.append(Change(path, "stale", owner, _packed(old), ""))
    return Plan(tuple(sorted(changes, key=lambda c: c.path)), tuple(sorted(unchanged)))


def _read(path: str) -> bytes | None:
    try:
        with open(path, "rb") as file:
            return file.read()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


def _packed(data: bytes | None) -> bytes:
    """What was on disk, packed as text (undecodable bytes replaced, as before)."""
    return pack("" if data is None else data.decode("utf-8", errors="replace"))
