"""Parts of the machine some tests need: a skip on a user's machine, a failure in CI.

`.ci/run` exports `TOOLGEN_REQUIRE_ALL=1` (and CI services set `CI=true`): there a
missing browser or missing upstream documents fail the test with the reason, so CI
cannot turn green by skipping them. Elsewhere the test is skipped and `-ra` prints why.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

UPSTREAM = Path(__file__).resolve().parents[1].parent / "shared" / "upstream"


def strict_reason() -> str:
    """Why missing parts fail here ("" when they only skip)."""
    if os.environ.get("TOOLGEN_REQUIRE_ALL") == "1":
        return "TOOLGEN_REQUIRE_ALL=1"
    if os.environ.get("CI", "").lower() == "true":
        return "CI=true"
    return ""


def missing(part: str) -> NoReturn:
    """Skip the test because `part` is missing, or fail it when every part is required."""
    reason = strict_reason()
    if reason:
        pytest.fail(f"{part} ({reason}: CI requires every part the tests need)", pytrace=False)
    pytest.skip(part)


def require_files(*paths: Path) -> None:
    """`missing(...)` unless every path exists."""
    absent = [str(path) for path in paths if not path.exists()]
    if absent:
        missing(f"not available: {', '.join(absent)}")
