"""Compare two versions of the specs, tool by tool and parameter by parameter."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from generator import naming
from generator.evolve.changes import Change, Severity, Surface, everywhere, only
from generator.evolve.params import compare_params
from generator.evolve.types import direction
from generator.spec.model import Catalog, Loc, Provider, Tool

RUNTIME_SURFACES: tuple[Surface, ...] = ("python", "lua", "mcp")


def compare_catalogs(old: Catalog, new: Catalog, old_label: str = "old") -> list[Change]:
    """Every change from `old` to `new`; removals are located in `old` (prefixed `old_label`)."""
    changes: list[Change] = []
    old_ids = {p.id for p in old.providers}
    for provider in new.providers:
        before = old.provider(provider.id)
        if before is None:
            changes.append(
                Change(
                    provider.id,
                    "provider-added",
                    "new provider",
                    everywhere("compatible"),
                    provider.loc,
                )
            )
        else:
            changes.extend(compare_providers(before, provider, old_label))
    for provider in old.providers:
        if new.provider(provider.id) is None and provider.id in old_ids:
            changes.append(
                Change(
                    provider.id,
                    "provider-removed",
                    "provider removed: every name it published stops resolving",
                    everywhere("breaking"),
                    _old(provider.loc, old_label),
                )
            )
    return changes


def compare_providers(old: Provider, new: Provider, old_label: str = "old") -> list[Change]:
    return [*_provider_level(old, new, old_label), *_tools(old, new, old_label)]


def _provider_level(old: Provider, new: Provider, label: str) -> Iterator[Change]:
    pid = new.id
    if old.namespace != new.namespace:
        yield Change(
            pid,
            "namespace-changed",
            f"namespace {old.namespace} -> {new.namespace}: every Lua path, MCP name "
            "and Python import moves",
            only(("python", "lua", "mcp")),
            new.loc,
        )
    if (old.api.auth.kind, old.api.auth.credential, old.api.auth.header, old.api.auth.prefix) != (
        new.api.auth.kind,
        new.api.auth.credential,
        new.api.auth.header,
        new.api.auth.prefix,
    ):
        yield Change(
            pid,
            "auth-changed",
            f"auth {old.api.auth.kind} -> {new.api.auth.kind}: accounts must be reconfigured",
            only(RUNTIME_SURFACES),
            new.api.auth.loc,
        )
    if old.api.base_url != new.api.base_url:
        moved = _origin(old.api.base_url) != _origin(new.api.base_url)
        yield Change(
            pid,
            "base-url-changed",
            f"base URL {old.api.base_url} -> {new.api.base_url}",
            only(RUNTIME_SURFACES) if moved else everywhere("compatible"),
            new.api.loc,
        )
    old_creds = {c.name: c for c in old.credentials}
    for cred in new.credentials:
        needed = cred.required and cred.default is None
        if cred.name not in old_creds and needed:
            yield Change(
                pid,
                "credential-required",
                f"new required credential {cred.name}: existing accounts lack it",
                only(RUNTIME_SURFACES),
                cred.loc,
            )


def _tools(old: Provider, new: Provider, label: str) -> Iterator[Change]:
    pid = new.id
    new_names = {name: tool for tool in new.tools for name in (tool.name, *tool.aliases)}
    old_by_name = {t.name: t for t in old.tools}
    for tool in old.tools:
        successor = new_names.get(tool.name)
        if successor is None:
            yield _removed(old, new, tool, label)
            continue
        if successor.name != tool.name:
            yield Change(
                pid,
                "tool-renamed",
                f"{tool.name} renamed to {successor.name}; the old name stays as an alias",
                everywhere("compatible"),
                successor.loc,
                successor.name,
                before=tool.name,
            )
        yield from _lost_aliases(pid, tool, successor, new_names)
        yield from _tool(pid, tool, successor)
    for tool in new.tools:
        renamed = set(tool.aliases) & set(old_by_name)
        if tool.name in old_by_name or renamed or _matches_removed(tool, old, new_names):
            continue
        yield Change(
            pid,
            "tool-added",
            f"new tool {tool.name}",
            everywhere("compatible"),
            tool.loc,
            tool.name,
        )


def _removed(old: Provider, new: Provider, tool: Tool, label: str) -> Change:
    same_route = next(
        (
            t
            for t in new.tools
            if tool.http
            and t.http
            and (t.http.method, t.http.path) == (tool.http.method, tool.http.path)
        ),
        None,
    )
    if same_route is not None:
        return Change(
            new.id,
            "tool-renamed",
            f"{tool.name} renamed to {same_route.name} without an alias: "
            f"{naming.lua_path(old.namespace, tool.name)}, "
            f"{naming.mcp_name(old.namespace, tool.name)} and "
            f"{naming.full_name(old.id, tool.name)} stop resolving "
            f"(add `aliases: [{tool.name}]` to keep them)",
            everywhere("breaking"),
            same_route.loc,
            same_route.name,
            before=tool.name,
        )
    return Change(
        new.id,
        "tool-removed",
        f"tool {tool.name} removed",
        everywhere("breaking"),
        _old(tool.loc, label),
        tool.name,
    )


def _matches_removed(tool: Tool, old: Provider, new_names: dict[str, Tool]) -> bool:
    """A new tool on the route of a removed one is reported as that tool's rename."""
    return any(
        t.http
        and tool.http
        and (t.http.method, t.http.path) == (tool.http.method, tool.http.path)
        and t.name not in new_names
        for t in old.tools
    )


def _lost_aliases(pid: str, old: Tool, new: Tool, names: dict[str, Tool]) -> Iterator[Change]:
    for alias in old.aliases:
        if alias not in names:
            yield Change(
                pid,
                "alias-removed",
                f"alias {alias} of {new.name} no longer resolves",
                everywhere("breaking"),
                new.loc,
                new.name,
            )


def _tool(pid: str, old: Tool, new: Tool) -> Iterator[Change]:
    rank = {"read": 0, "write": 1, "destructive": 2}
    if rank[new.access] > rank[old.access]:
        yield Change(
            pid,
            "access-raised",
            f"{new.name}: access {old.access} -> {new.access}: read-only MCP servers "
            "hide it and Lua needs --force",
            only(("lua", "mcp")),
            new.loc,
            new.name,
        )
    elif rank[new.access] < rank[old.access]:
        yield Change(
            pid,
            "access-lowered",
            f"{new.name}: access {old.access} -> {new.access}",
            everywhere("compatible"),
            new.loc,
            new.name,
        )
    if old.is_paginated and not new.is_paginated:
        yield Change(
            pid,
            "pagination-removed",
            f"{new.name}: no longer paginated; {naming.iter_method(new.name)}() is gone",
            only(("python",)),
            new.pagination.loc if new.pagination.loc.line else new.loc,
            new.name,
        )
    elif new.is_paginated and not old.is_paginated:
        yield Change(
            pid,
            "pagination-added",
            f"{new.name}: now paginated",
            everywhere("compatible"),
            new.pagination.loc,
            new.name,
        )
    yield from _returns(pid, old, new)
    yield from compare_params(pid, old, new)


def _returns(pid: str, old: Tool, new: Tool) -> Iterator[Change]:
    before, after = old.returns.type, new.returns.type
    if str(before) == str(after) and old.returns.unwrap == new.returns.unwrap:
        return
    loc = new.returns.loc if new.returns.loc.line else new.loc
    if before is None or after is None:
        severity: Severity = "breaking"
        what = "now returns nothing" if after is None else f"now returns {after}"
    else:
        way = direction(before, after)
        severity = "compatible" if way == "narrower" else "breaking"
        what = (
            f"returns {before} -> {after}"
            if str(before) != str(after)
            else (f"result unwrapped from '{new.returns.unwrap}' instead of '{old.returns.unwrap}'")
        )
    yield Change(
        pid,
        "returns-changed",
        f"{new.name}: {what}",
        only(RUNTIME_SURFACES) if severity == "breaking" else everywhere("compatible"),
        loc,
        new.name,
    )


def _origin(url: str) -> tuple[str, str]:
    parts = urlsplit(url)
    return parts.scheme, parts.netloc


def _old(loc: Loc, label: str) -> Loc:
    return Loc(f"{label}:{loc.file}", loc.line, loc.col)
