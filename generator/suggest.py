"""Close matches for a misspelt name, in one wording for every message (spec diagnostics, hosts),
and the one message for a name a command or script gives that does not exist."""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Mapping

MAX_SUGGESTIONS = 3
CUTOFF = 0.6  # difflib's similarity ratio below which a name is not suggested


def did_you_mean(
    name: str,
    candidates: Iterable[str],
    limit: int = MAX_SUGGESTIONS,
    shown: Mapping[str, str] | None = None,
) -> str:
    """` (did you mean 'list_apps'?)`, or "" when nothing is close. With `shown`, a match is
    shown as the name it maps to (an alias suggests the name it stands for), once."""
    close = difflib.get_close_matches(name, list(candidates), n=limit * 4, cutoff=CUTOFF)
    matches = list(dict.fromkeys((shown or {}).get(match, match) for match in close))[:limit]
    return f" (did you mean {', '.join(map(repr, matches))}?)" if matches else ""


def unknown(
    kind: str,
    name: str,
    candidates: Iterable[str],
    within: str = "",
    shown: Mapping[str, str] | None = None,
) -> str:
    """`unknown provider 'flyio' (did you mean 'fly-io'?)`: the same words for every unknown
    provider, tool, account or Lua function, wherever it is named; `within` says where
    (`unknown account 'prod' for fly-io`)."""
    where = f" {within}" if within else ""
    return f"unknown {kind} {name!r}{where}{did_you_mean(name, candidates, shown=shown)}"
