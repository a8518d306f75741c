"""Merging imported data into an existing spec, in place, with ruamel round-trip.

Comments, key order and everything hand-written survive: new tools, params,
types and fields are added; existing entries only gain machine-owned keys
(`http`, `type`, `returns`, `wire`, `in`) that they lack. Descriptions,
summaries and examples already present are never replaced.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

MACHINE_OWNED = ("type", "http", "returns", "wire", "in", "pagination")


def merge_spec(existing: CommentedMap, imported: dict[str, Any]) -> None:
    for key, value in imported.items():
        if key not in existing:
            existing[key] = value
    _merge_named(existing, "types", imported.get("types", {}), _merge_type)
    tools = existing.setdefault("tools", CommentedSeq())
    for tool in imported.get("tools", ()):
        current = _by_name(tools, tool["name"])
        if current is None:
            tools.append(tool)
        else:
            _merge_tool(current, tool)


def _merge_named(parent: CommentedMap, key: str, imported: dict[str, Any], merge: Any) -> None:
    target = parent.setdefault(key, CommentedMap())
    for name, value in imported.items():
        if name in target:
            merge(target[name], value)
        else:
            target[name] = value


def _merge_type(current: CommentedMap, imported: dict[str, Any]) -> None:
    _add_missing(current, imported, ("description",))
    fields = current.setdefault("fields", CommentedMap())
    for key, field in imported.get("fields", {}).items():
        if key in fields:
            _add_missing(fields[key], field, MACHINE_OWNED)
        else:
            fields[key] = field


def _merge_tool(current: CommentedMap, imported: dict[str, Any]) -> None:
    _add_missing(current, imported, MACHINE_OWNED)
    params = current.setdefault("params", CommentedSeq())
    for param in imported.get("params", ()):
        wire = param.get("wire", param["name"])
        match = next(
            (
                p
                for p in params
                if p.get("wire", p.get("name")) == wire or p.get("name") == param["name"]
            ),
            None,
        )
        if match is None:
            params.append(param)
        else:
            _add_missing(match, param, MACHINE_OWNED)


def _add_missing(current: CommentedMap, imported: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        if key in imported and key not in current:
            current[key] = imported[key]


def _by_name(items: CommentedSeq, name: str) -> CommentedMap | None:
    return next(
        (item for item in items if isinstance(item, CommentedMap) and item.get("name") == name),
        None,
    )
