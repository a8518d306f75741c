"""Every name the generated Lua docs, MCP schemas and reference pages publish resolves
through the registry to the tool it names; every tool is published in every form."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator import naming
from generator.hosts.registry import Registry, ToolEntry
from generator.spec.model import Catalog

ROOT = Path(__file__).resolve().parents[2]
# app.integrations.fly_io[.account].list_apps or app.integrations["fly-io"][.account].list_apps
LUA_NAME = r'(app\.integrations(?:\.\w+|\["[\w-]+"\]))(?:\.\w+)?\.(\w+)'
LUA_CALL = re.compile(LUA_NAME + r'\s*\(|docs\.read\("([\w-]+\.\w+)"\)')
LUA_PATH = re.compile(LUA_NAME + "$")
FULL_NAME = re.compile(r"^[a-z][a-z0-9-]*\.[a-z_][a-z0-9_]*$")


def markdown_names(text: str) -> list[tuple[str, str]]:
    """(kind, text) of every candidate name in a page: code spans and Lua calls."""
    found: list[tuple[str, str]] = []
    for token in MarkdownIt("commonmark").parse(text):
        if token.type == "fence":
            for table, tool, doc in LUA_CALL.findall(token.content):
                found.append(("full", doc) if doc else ("lua", f"{table}.{tool}"))
        for child in token.children or ():
            if child.type == "code_inline":
                found.append(("span", child.content))
    return found


def classify(kind: str, text: str, ids: set[str]) -> tuple[str, str] | None:
    """(form, name) of a published name, the account dropped from a Lua path;
    None when a code span names no tool (a type, an option, a namespace table)."""
    if kind != "span":
        return kind, text
    lua = LUA_PATH.match(text)
    if lua:
        return "lua", f"{lua[1]}.{lua[2]}"
    if FULL_NAME.match(text) and text.split(".")[0] in ids:
        return "full", text
    if "__" in text and naming.MCP_NAME_RE.match(text):
        return "mcp", text
    return None


def expected_name(entry: ToolEntry, form: str) -> set[str]:
    if form == "lua":
        return {entry.lua_path, naming.lua_index_path(entry.provider_id, entry.name)}
    return {entry.full_name if form == "full" else entry.mcp_name}


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


@pytest.fixture(scope="module")
def published(catalog: Catalog) -> list[tuple[str, str, str]]:
    """(file, form, name) for every name found in the generated pages and schemas."""
    ids = {p.id for p in catalog.providers}
    pages = [naming.reference_path(p.id) for p in catalog.providers]
    for provider in catalog.providers:
        pages.append(naming.lua_doc_path(provider.id))
        pages += [naming.lua_doc_path(provider.id, t.name) for t in provider.tools]
    found = []
    for page in pages:
        for kind, text in markdown_names((ROOT / page).read_text(encoding="utf-8")):
            name = classify(kind, text, ids)
            if name is not None:
                found.append((page, *name))
    for provider in catalog.providers:
        path = naming.mcp_path(provider.id)
        tools = json.loads((ROOT / path).read_text(encoding="utf-8"))["tools"]
        found += [(path, "mcp", tool["name"]) for tool in tools]
    return found


def test_every_found_name_resolves_to_the_tool_it_names(
    registry: Registry, published: list[tuple[str, str, str]]
) -> None:
    for page, form, name in published:
        entry = registry.resolve(name)
        assert name in expected_name(entry, form), (page, name)


def test_every_tool_is_published_in_every_form(
    registry: Registry, catalog: Catalog, published: list[tuple[str, str, str]]
) -> None:
    forms: dict[str, set[str]] = defaultdict(set)
    for _, form, name in published:
        forms[registry.resolve(name).full_name].add(form)
    for provider in catalog.providers:
        for tool in provider.tools:
            full = naming.full_name(provider.id, tool.name)
            assert forms[full] == {"lua", "full", "mcp"}, full


def test_every_alias_in_the_docs_resolves(registry: Registry, catalog: Catalog) -> None:
    aliases = 0
    for provider in catalog.providers:
        for tool in provider.tools:
            page = (ROOT / naming.lua_doc_path(provider.id, tool.name)).read_text(encoding="utf-8")
            line = next((ln for ln in page.splitlines() if ln.startswith("- Aliases: ")), "")
            for alias in re.findall(r"`([^`]+)`", line):
                assert registry.resolve(alias).full_name == naming.full_name(provider.id, tool.name)
                aliases += 1
    assert aliases > 20
