"""Find installed providers and functions by any published name, with one wording for misses."""

from __future__ import annotations

import importlib

from generator.hosts.registry import Registry, UnknownTool
from generator.runtime.meta import ProviderSpec
from generator.suggest import unknown


def installed_providers() -> dict[str, str]:
    """Provider id -> client package name of every generated provider."""
    try:
        packages: dict[str, str] = importlib.import_module("generated.clients").PACKAGES
    except (ImportError, AttributeError):
        raise UnknownTool("no generated clients found: run `toolgen generate`") from None
    return packages


def unknown_provider(provider: str, known: list[str]) -> UnknownTool:
    return UnknownTool(unknown("provider", provider, known))


def provider_spec(provider: str) -> ProviderSpec:
    known = installed_providers()
    if provider not in known:
        raise unknown_provider(provider, sorted(known))
    return Registry.load([provider]).provider(provider)
