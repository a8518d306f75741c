# generated from specs/render.yaml; do not edit
"""Render client: `Render2` (sync) and `AsyncRender2` (async).

The classes are imported on first use, so reading `tools` (what the registry
does) does not load httpx.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AsyncRender2, Render2

__all__ = ["AsyncRender2", "Render2"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
