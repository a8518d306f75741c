"""Small helpers shared by the surface renderers."""

from __future__ import annotations


def banner(source: str) -> str:
    """The do-not-edit line every generated file carries where its format allows."""
    return f"generated from {source}; do not edit"
