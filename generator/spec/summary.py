"""A provider's summary: what the catalog-wide files and checks need of it, and no more.

Small enough to cache with each spec's rendered files, so that after an edit
the indexes are re-rendered, and ids and namespaces checked for clashes,
without loading every provider's model (or importing the loader).
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from generator import naming
from generator.spec.diagnostics import Report
from generator.spec.model import Access, AuthKind, Catalog, Loc, Provider


@frozen
class ProviderSummary:
    id: str
    name: str
    namespace: str
    category: str
    source: str  # as `Provider.source`
    loc: Loc
    auth_kind: AuthKind
    accesses: tuple[Access, ...]  # every tool's, in spec order
    tools: tuple[str, ...] = ()  # every tool's name, in spec order


def summarize(provider: Provider) -> ProviderSummary:
    return ProviderSummary(
        provider.id,
        provider.name,
        provider.namespace,
        provider.category,
        provider.source,
        provider.loc,
        provider.api.auth.kind,
        tuple(tool.access for tool in provider.tools),
        tuple(tool.name for tool in provider.tools),
    )


def summaries(catalog: Catalog | Sequence[ProviderSummary]) -> list[ProviderSummary]:
    """Summaries sorted by provider id, from a catalog or from summaries."""
    if isinstance(catalog, Catalog):
        return [summarize(provider) for provider in catalog.providers]
    return sorted(catalog, key=lambda summary: summary.id)


def check_unique(providers: Sequence[Provider | ProviderSummary], report: Report) -> None:
    """Two specs may not share a provider id or namespace."""
    for attribute in ("id", "namespace"):
        seen: dict[str, Provider | ProviderSummary] = {}
        for provider in providers:
            value = getattr(provider, attribute)
            if value in seen:
                message = f"provider {attribute} '{value}' is also used by {seen[value].source}"
                report.error(provider.loc, f"duplicate-{attribute}", message)
            seen.setdefault(value, provider)
    _check_published(providers, report)


def _check_published(providers: Sequence[Provider | ProviderSummary], report: Report) -> None:
    """No two providers may publish the same MCP name, Lua path or full name."""
    owners: dict[str, Provider | ProviderSummary] = {}
    for provider in providers:
        names = _tool_names(provider)
        published = {naming.mcp_name(provider.namespace, tool) for tool in names}
        published |= {naming.lua_path(provider.namespace, tool) for tool in names}
        published |= {naming.full_name(provider.id, tool) for tool in names}
        for name in sorted(published):
            other = owners.setdefault(name, provider)
            same = other.id == provider.id or other.namespace == provider.namespace
            if other is not provider and not same:  # a shared id or namespace is reported above
                for here, there in ((provider, other), (other, provider)):
                    message = f"published name '{name}' is also published by {there.source}"
                    report.error(here.loc, "duplicate-published-name", message)


def _tool_names(provider: Provider | ProviderSummary) -> tuple[str, ...]:
    if isinstance(provider, ProviderSummary):
        return provider.tools
    return tuple(tool.name for tool in provider.tools)
