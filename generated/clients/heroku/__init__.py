# generated from specs/heroku.yaml; do not edit
"""Heroku client: `Heroku` (sync) and `AsyncHeroku` (async).

The classes are imported on first use, so reading `tools` (what the registry
does) does not load httpx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsyncHeroku, Heroku

__all__ = ["AsyncHeroku", "Heroku"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
