"""Semantic versions: the next one a set of changes calls for."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.evolve.changes import Change

_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def parse(version: str) -> tuple[int, int, int]:
    match = _SEMVER.match(version)
    if match is None:
        raise ValueError(f"not a MAJOR.MINOR.PATCH version: {version!r}")
    major, minor, patch = (int(part) for part in match.groups())
    return major, minor, patch


def propose_version(current: str, changes: Iterable[Change]) -> str:
    """Major for a breaking change, minor for an addition, patch for anything else.

    Before 1.0.0 a breaking change bumps the minor version, as semver allows.
    """
    major, minor, patch = parse(current)
    found = list(changes)
    if not found:
        return current
    if any(c.breaking for c in found):
        return f"{major}.{minor + 1}.0" if major == 0 else f"{major + 1}.0.0"
    if any(c.code.endswith("-added") or c.code.endswith("-renamed") for c in found):
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def acknowledges(old: str, new: str, changes: Iterable[Change]) -> bool:
    """Whether moving from `old` to `new` declares the breaking changes among `changes`."""
    if not any(c.breaking for c in changes):
        return True
    before, after = parse(old), parse(new)
    if before[0] == 0:
        return after[:2] > before[:2]
    return after[0] > before[0]
