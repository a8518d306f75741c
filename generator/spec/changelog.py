"""`changelog:`: the provider's releases, newest first, each with its changes in people's words.

    version: 1.1.0
    changelog:
      - version: 1.1.0
        changes:
          - Added `list_volumes`.
      - version: 1.0.0
        changes: [First release.]

Versions are MAJOR.MINOR.PATCH and strictly decreasing; the newest must equal
`provider.version`. `toolgen diff --changelog` drafts the next entry.
"""

from __future__ import annotations

import re

from generator.spec import schema
from generator.spec.context import Context
from generator.spec.fields import Fields, items
from generator.spec.model import Release

SEMVER = re.compile(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)")


def _key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def read_changelog(ctx: Context, top: Fields, version: str) -> tuple[Release, ...]:
    releases: list[Release] = []
    for node, loc in items(ctx.source, top.raw("changelog")):
        entry = ctx.read(node, schema.CHANGELOG_ENTRY, "changelog entry", loc)
        if entry is None:
            continue
        number = entry.text("version")
        where = entry.value_loc("version") if "version" in entry else loc
        if not SEMVER.fullmatch(number):
            ctx.report.error(
                where, "invalid-value", f"changelog version '{number}' is not MAJOR.MINOR.PATCH"
            )
            continue
        if releases and _key(number) >= _key(releases[-1].version):
            ctx.report.error(
                where,
                "invalid-value",
                f"changelog version {number} must be older than "
                f"{releases[-1].version}, listed before it (newest first)",
            )
        changes = []
        for change, change_loc in items(ctx.source, entry.raw("changes")):
            if not isinstance(change, str) or not change.strip():
                ctx.report.error(
                    change_loc,
                    "wrong-type",
                    "a change must be a non-empty string (quote it when it holds ': ')",
                )
                continue
            changes.append(change.strip())
        releases.append(Release(number, tuple(changes), loc))
    if releases and version and releases[0].version != version:
        ctx.report.error(
            releases[0].loc,
            "invalid-value",
            f"the newest changelog entry is {releases[0].version} but "
            f"provider.version is {version}",
        )
    return tuple(releases)
