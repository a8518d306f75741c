"""Parameter-level changes of one tool: what a caller may and must send."""

from __future__ import annotations

from collections.abc import Iterator

from generator.evolve.changes import Change, Surface, everywhere, only
from generator.evolve.types import direction
from generator.spec.model import Param, Tool

CALLER_SURFACES: tuple[Surface, ...] = ("python", "lua", "mcp")


def _needed(param: Param) -> bool:
    """The caller must pass it: required, with no default and no credential to fall back on."""
    return param.required and param.default is None and not param.credential


def _spellings(param: Param) -> set[str]:
    return {param.name, *getattr(param, "aliases", ())}


def compare_params(pid: str, old: Tool, new: Tool) -> Iterator[Change]:
    by_spelling = {name: p for p in new.params for name in _spellings(p)}
    old_names = {p.name for p in old.params}
    for before in old.params:
        after = by_spelling.get(before.name)
        if after is None:
            yield _removed_or_renamed(pid, before, new)
            continue
        if after.name != before.name:
            yield _change(
                pid,
                new,
                after,
                "param-renamed",
                f"{before.name} renamed to {after.name}; the old name stays as an alias",
                breaking=False,
                before=before.name,
            )
        yield from _param(pid, new, before, after)
    for after in new.params:
        if _spellings(after) & old_names or _renamed_from(after, old, new):
            continue
        if _needed(after):
            yield _change(
                pid,
                new,
                after,
                "param-added-required",
                f"new required parameter {after.name}: existing calls lack it",
                breaking=True,
            )
        else:
            yield _change(
                pid,
                new,
                after,
                "param-added",
                f"new optional parameter {after.name}",
                breaking=False,
            )


def _removed_or_renamed(pid: str, before: Param, new: Tool) -> Change:
    twin = next(
        (
            p
            for p in new.params
            if p.wire_name == before.wire_name
            and p.location == before.location
            and p.name != before.name
        ),
        None,
    )
    if twin is not None:
        return _change(
            pid,
            new,
            twin,
            "param-renamed",
            f"{before.name} renamed to {twin.name} without an alias "
            f"(add `aliases: [{before.name}]` to the parameter to keep it)",
            breaking=True,
            before=before.name,
        )
    return _change(
        pid,
        new,
        None,
        "param-removed",
        f"parameter {before.name} removed: calls that pass it are refused",
        breaking=True,
        name=before.name,
    )


def _renamed_from(after: Param, old: Tool, new: Tool) -> bool:
    new_names = {name for p in new.params for name in _spellings(p)}
    return any(
        p.wire_name == after.wire_name and p.location == after.location and p.name not in new_names
        for p in old.params
    )


def _param(pid: str, tool: Tool, before: Param, after: Param) -> Iterator[Change]:
    name = after.name
    if _needed(after) and not _needed(before):
        yield _change(
            pid, tool, after, "param-now-required", f"{name} became required", breaking=True
        )
    elif _needed(before) and not _needed(after):
        yield _change(
            pid, tool, after, "param-now-optional", f"{name} became optional", breaking=False
        )
    way = direction(before.type, after.type)
    if way != "same":
        yield _change(
            pid,
            tool,
            after,
            f"param-type-{way}",
            f"{name}: type {before.type} -> {after.type}",
            breaking=way != "wider",
        )
    removed = [v for v in before.enum if v not in after.enum] if after.enum else []
    added = [v for v in after.enum if v not in before.enum] if before.enum else []
    if after.enum and not before.enum:
        yield _change(
            pid,
            tool,
            after,
            "enum-restricted",
            f"{name}: now limited to {', '.join(map(str, after.enum))}",
            breaking=True,
        )
    if removed:
        yield _change(
            pid,
            tool,
            after,
            "enum-value-removed",
            f"{name}: value(s) {', '.join(map(str, removed))} no longer accepted",
            breaking=True,
        )
    if added:
        yield _change(
            pid,
            tool,
            after,
            "enum-value-added",
            f"{name}: new value(s) {', '.join(map(str, added))}",
            breaking=False,
        )
    if (before.location, before.wire_name) != (after.location, after.wire_name):
        yield _change(
            pid,
            tool,
            after,
            "param-wire-changed",
            f"{name}: now sent as {after.location} '{after.wire_name}' "
            f"(was {before.location} '{before.wire_name}'); callers are unaffected",
            breaking=False,
        )


def _change(
    pid: str,
    tool: Tool,
    param: Param | None,
    code: str,
    message: str,
    *,
    breaking: bool,
    name: str = "",
    before: str = "",
) -> Change:
    impact = only(CALLER_SURFACES) if breaking else everywhere("compatible")
    loc = param.loc if param is not None and param.loc.line else tool.loc
    return Change(
        pid,
        code,
        f"{tool.name}: {message}",
        impact,
        loc,
        tool.name,
        param.name if param is not None else name,
        before,
    )
