"""The static reference site: `index.html`, one page per provider and local assets.

Pure like the other surfaces (model -> {path: text}), but not part of
`toolgen generate`: `toolgen docs build` writes it and adds the search index.
The pages show what the reference pages show, from the same helpers.
"""

from __future__ import annotations

import json
import posixpath
import shlex
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from attrs import frozen

from generator import naming
from generator.render import lua_docs
from generator.render.common import AUTH_LABELS, ToolDoc, access_counts, spec_source, tool_doc
from generator.render.env import TEMPLATES, environment
from generator.render.reference import credentials_example, lua_usage
from generator.render.schema import input_schema, output_schema
from generator.render.site_markdown import markdown, web_url
from generator.spec.model import Catalog, Provider

SURFACE = "site"
STATIC = TEMPLATES / SURFACE / "static"
ASSETS_DIR = "assets"
INDEX_PAGE = "index.html"


def provider_page(provider_id: str) -> str:
    """Path of a provider's page inside the site."""
    return f"providers/{provider_id}.html"


@frozen
class Function:
    """One tool as the site shows it: the reference's `ToolDoc` plus its anchor and schemas."""

    doc: ToolDoc
    anchor: str
    http: str  # `GET /apps/{app_name}`; "" for composite tools
    input_schema: str
    output_schema: str  # "" for tools that return nothing


@cache
def site_environment() -> jinja2.Environment:
    """The site's Jinja environment: the shared one plus the `markdown` filter."""
    env = environment(SURFACE).overlay()
    env.filters = {**env.filters, "markdown": markdown}
    return env


def render_site(catalog: Catalog) -> dict[str, str]:
    """Every file of the site, keyed by its path inside the site directory."""
    files = {f"{ASSETS_DIR}/{path.name}": path.read_text("utf-8") for path in _static_files()}
    files[INDEX_PAGE] = _render("index.html.j2", base="", rows=_index_rows(catalog))
    for provider in catalog.providers:
        files[provider_page(provider.id)] = render_provider_page(provider)
    return dict(sorted(files.items()))


def render_provider_page(provider: Provider) -> str:
    page = provider_page(provider.id)
    lua_markdown = _lua_markdown(provider)
    return _render(
        "provider.html.j2",
        base=posixpath.relpath(".", posixpath.dirname(page)) + "/",
        provider=provider,
        docs_url=web_url(provider.docs_url),
        source=spec_source(provider),
        counts=access_counts(provider),
        auth=AUTH_LABELS[provider.api.auth.kind],
        functions=[_function(tool_doc(tool, provider), provider) for tool in provider.tools],
        mcp_command=shlex.join(["toolgen", "mcp", "serve", "--provider", provider.id]),
        lua_doc_path=naming.lua_doc_path(provider.id),
        lua_markdown=lua_markdown,
        credentials_file=credentials_example(provider),
        **lua_usage(provider),
    )


def _render(template: str, **context: Any) -> str:
    return site_environment().get_template(template).render(**context).rstrip() + "\n"


def _static_files() -> list[Path]:
    return sorted(path for path in STATIC.iterdir() if path.is_file())


def _index_rows(catalog: Catalog) -> list[dict[str, Any]]:
    return [
        {
            "provider": provider,
            "page": provider_page(provider.id),
            "counts": access_counts(provider),
            "auth": AUTH_LABELS[provider.api.auth.kind],
            "filter_text": _filter_text(provider),
        }
        for provider in catalog.providers
    ]


def _filter_text(provider: Provider) -> str:
    """What the index page's filter box matches against, lower case."""
    return f"{provider.id} {provider.name} {provider.category} {provider.description}".lower()


def _function(doc: ToolDoc, provider: Provider) -> Function:
    tool = doc.tool
    output = output_schema(tool, provider)
    return Function(
        doc=doc,
        anchor=naming.anchor(tool.name),
        http=f"{tool.http.method} {tool.http.path}" if tool.http else "",
        input_schema=_json(input_schema(tool, provider)),
        output_schema="" if output is None else _json(output),
    )


def _lua_markdown(provider: Provider) -> str:
    """The agent-facing Lua docs (`generated/lua/<id>.md`) without its banner comment."""
    text = lua_docs.render_provider(provider)[naming.lua_doc_path(provider.id)]
    first, _, rest = text.partition("\n")
    return rest.lstrip("\n") if first.startswith("<!--") else text


def _json(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)
