"""Spec loading: YAML files -> the frozen model in `generator.spec.model`, with located diagnostics.

The loader (ruamel, lupa) is imported on first use, so importing
`generator.spec.model` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from generator.spec.diagnostics import Diagnostic, SpecError

if TYPE_CHECKING:
    from generator.spec.loader import load_catalog, load_or_raise, load_provider, spec_paths

__all__ = [
    "Diagnostic",
    "SpecError",
    "load_catalog",
    "load_or_raise",
    "load_provider",
    "spec_paths",
]
_LOADER_NAMES = {"load_catalog", "load_or_raise", "load_provider", "spec_paths"}


def __getattr__(name: str) -> Any:
    if name in _LOADER_NAMES:
        from generator.spec import loader

        return getattr(loader, name)
    raise AttributeError(f"module 'generator.spec' has no attribute {name!r}")
