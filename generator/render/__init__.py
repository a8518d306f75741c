"""Model -> {path: text}. Pure: no I/O, no clock, no environment.

Each surface is a module here with `render_provider(provider) -> dict[str, str]`
and optionally `render_catalog(catalog) -> dict[str, str]` for files that span
providers (indexes). `render_catalog` takes the `Catalog` or only its providers'
summaries (`generator.spec.summary`), so an incremental run need not load every
model. Its templates live in `templates/<surface>/`.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from types import ModuleType

from generator.spec.model import Catalog, Provider
from generator.spec.summary import ProviderSummary

SURFACES = ("lua_docs", "mcp", "reference", "clients", "openapi", "search", "changelog")


def _surface(name: str) -> ModuleType | None:
    try:
        return importlib.import_module(f"generator.render.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"generator.render.{name}":
            return None  # surface not built yet
        raise


def render_provider(provider: Provider) -> dict[str, str]:
    files: dict[str, str] = {}
    for name in SURFACES:
        module = _surface(name)
        if module is not None:
            files.update(module.render_provider(provider))
    return files


def render_catalog_files(catalog: Catalog | Sequence[ProviderSummary]) -> dict[str, str]:
    files: dict[str, str] = {}
    for name in SURFACES:
        module = _surface(name)
        if module is not None and hasattr(module, "render_catalog"):
            files.update(module.render_catalog(catalog))
    return files


def render(catalog: Catalog) -> dict[str, str]:
    """Every generated file of the catalog, keyed by path relative to the project root."""
    files: dict[str, str] = {}
    for provider in catalog.providers:
        files.update(render_provider(provider))
    files.update(render_catalog_files(catalog))
    return dict(sorted(files.items()))
