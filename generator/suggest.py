"""Close matches for a misspelt name, in one wording for every message (spec diagnostics, hosts)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

MAX_SUGGESTIONS = 3
CUTOFF = 0.6  # difflib's similarity ratio below which a name is not suggested


def did_you_mean(name: str, candidates: Iterable[str], limit: int = MAX_SUGGESTIONS) -> str:
    """` (did you mean 'list_apps'?)`, or "" when nothing is close."""
    matches = difflib.get_close_matches(name, list(candidates), n=limit, cutoff=CUTOFF)
    return f" (did you mean {', '.join(map(repr, matches))}?)" if matches else ""
