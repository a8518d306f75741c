"""The static reference site: `index.html`, a page per provider, a page per function, assets.

Pure like the other surfaces (model -> {path: text}), but not part of
`toolgen generate`: `toolgen docs build` writes it and adds the search index.
A provider's pages depend on that provider alone (`render_provider_pages`);
the index depends only on each provider's `SiteEntry`, so after an edit only
that provider's pages and the index are rendered again.
"""

from __future__ import annotations

import posixpath
import shlex
from collections import Counter
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from attrs import frozen

from generator import naming
from generator.render.common import AUTH_LABELS, access_counts, spec_source
from generator.render.env import TEMPLATES, environment
from generator.render.reference import credentials_example, lua_usage
from generator.render.site_function import Function, function_page, site_function
from generator.render.site_highlight import highlight
from generator.render.site_llms import provider_twins, render_llms, twin
from generator.render.site_markdown import markdown, web_url
from generator.spec.model import Catalog, Provider

SURFACE = "site"
STATIC = TEMPLATES / SURFACE / "static"
ASSETS_DIR = "assets"
INDEX_PAGE = "index.html"
__all__ = ["INDEX_PAGE", "Function", "SiteEntry", "function_page", "provider_page", "render_site"]


def provider_page(provider_id: str) -> str:
    """Path of a provider's page inside the site."""
    return f"providers/{provider_id}.html"


@frozen
class SiteEntry:
    """What the index page shows of one provider (cached with its pages)."""

    id: str
    name: str
    category: str
    description: str
    auth: str
    tools: int
    counts: tuple[tuple[str, int], ...]  # (access, count) in ACCESS_LABELS order
    functions: tuple[tuple[str, str], ...]  # (name, one-line summary), for llms.txt


def site_entry(provider: Provider) -> SiteEntry:
    return SiteEntry(
        provider.id,
        provider.name,
        provider.category,
        provider.description,
        AUTH_LABELS[provider.api.auth.kind],
        len(provider.tools),
        tuple(access_counts(provider).items()),
        tuple((tool.name, " ".join(tool.summary.split())) for tool in provider.tools),
    )


@cache
def site_environment() -> jinja2.Environment:
    """The site's Jinja environment: the shared one plus `markdown` and `highlight` filters."""
    env = environment(SURFACE).overlay()
    env.filters = {**env.filters, "markdown": markdown, "highlight": highlight}
    return env


def reload_templates(compiled: Path) -> None:
    """Templates as they are now (a long-lived `toolgen docs serve` calls this per build)."""
    from generator.render import env

    env.reload_templates(compiled)
    site_environment.cache_clear()


def render_site(catalog: Catalog) -> dict[str, str]:
    """Every file of the site, keyed by its path inside the site directory."""
    files = render_assets()
    files.update(render_index([site_entry(p) for p in catalog.providers]))
    for provider in catalog.providers:
        files.update(render_provider_pages(provider))
    twins = [files[twin(provider_page(p.id))] for p in catalog.providers]
    files.update(render_llms([site_entry(p) for p in catalog.providers], twins))
    return dict(sorted(files.items()))


def render_assets() -> dict[str, str]:
    return {f"{ASSETS_DIR}/{path.name}": path.read_text("utf-8") for path in _static_files()}


def render_index(entries: Sequence[SiteEntry]) -> dict[str, str]:
    """The index page: every provider, filterable by name, category and auth."""
    entries = sorted(entries, key=lambda entry: entry.id)
    rows = [
        {
            "entry": entry,
            "page": provider_page(entry.id),
            "counts": dict(entry.counts),
            "filter_text": f"{entry.id} {entry.name} {entry.description}".lower(),
        }
        for entry in entries
    ]
    categories = sorted(Counter(entry.category for entry in entries).items())
    auths = sorted(Counter(entry.auth for entry in entries).items())
    tools = sum(entry.tools for entry in entries)
    page = _render(
        "index.html.j2",
        base="",
        twin=twin(INDEX_PAGE),
        rows=rows,
        categories=categories,
        auths=auths,
        tools=tools,
    )
    return {INDEX_PAGE: page}


def render_provider_pages(provider: Provider) -> dict[str, str]:
    """The provider's page and one page per function."""
    functions = [site_function(tool, provider) for tool in provider.tools]
    page = provider_page(provider.id)
    files = {page: _provider_page(provider, functions, _base(page))}
    for function in functions:
        files[function.page] = _render(
            "function.html.j2",
            base=_base(function.page),
            twin=posixpath.basename(twin(function.page)),
            provider=provider,
            provider_link=posixpath.relpath(page, posixpath.dirname(function.page)),
            f=function,
        )
    files.update(provider_twins(provider, page, functions))
    return files


def _provider_page(provider: Provider, functions: list[Function], base: str) -> str:
    return _render(
        "provider.html.j2",
        base=base,
        twin=f"{provider.id}.md",
        provider=provider,
        docs_url=web_url(provider.docs_url),
        source=spec_source(provider),
        counts=access_counts(provider),
        auth=AUTH_LABELS[provider.api.auth.kind],
        functions=functions,
        function_dir=provider.id,
        mcp_command=shlex.join(["toolgen", "mcp", "serve", "--provider", provider.id]),
        lua_doc_path=naming.lua_doc_path(provider.id),
        credentials_file=credentials_example(provider),
        **lua_usage(provider),
    )


def _base(page: str) -> str:
    return posixpath.relpath(".", posixpath.dirname(page)) + "/"


def _render(template: str, **context: Any) -> str:
    return site_environment().get_template(template).render(**context).rstrip() + "\n"


def _static_files() -> list[Path]:
    return sorted(path for path in STATIC.iterdir() if path.is_file())
