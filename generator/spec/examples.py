"""Check the Lua in `tools[].example` and in ```lua blocks of `notes[].body`.

Every call of `app.integrations.<namespace or "id">[.<account>].<tool>(...)`,
directly or through a local alias, must name a tool of this provider, pass
only its params and pass every param a caller must give.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from luaparser import ast, astnodes  # type: ignore[import-untyped]

from generator import naming
from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.model import Loc, Provider, Tool

SYNTAX_POSITION_RE = re.compile(r"line (\d+):(\d+)")


def lua_blocks(markdown: str, start: Loc) -> Iterator[tuple[str, Loc]]:
    """```lua blocks of a Markdown text that starts at `start`, each with its first line's Loc."""
    from markdown_it import MarkdownIt

    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "fence" and token.info.strip() == "lua" and token.map:
            yield token.content, Loc(start.file, start.line + token.map[0] + 1, start.col)


def check_lua(code: str, start: Loc, provider: Provider, report: Report) -> None:
    def at(line: int, column: int) -> Loc:
        return Loc(start.file, start.line + line - 1, start.col + column)

    try:
        tree = ast.parse(code)
    except ast.SyntaxException as exc:
        message = str(exc).removeprefix("syntax errors: ")
        match = SYNTAX_POSITION_RE.search(message)
        loc = at(int(match[1]), int(match[2])) if match else start
        report.error(loc, "example-syntax", f"Lua does not parse: {message}")
        return
    aliases: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, astnodes.LocalAssign | astnodes.Assign):
            _record_aliases(node, aliases)
        elif isinstance(node, astnodes.Call):
            path = _segments(node.func, aliases)
            if path is not None and path[:2] == ["app", "integrations"] and len(path) in (4, 5):
                _check_call(node, path, provider, report, at)


def _record_aliases(
    node: astnodes.LocalAssign | astnodes.Assign, aliases: dict[str, list[str]]
) -> None:
    for target, value in zip(node.targets, node.values, strict=False):
        path = _segments(value, aliases)
        if (
            isinstance(target, astnodes.Name)
            and path is not None
            and path[:2] == ["app", "integrations"]
        ):
            aliases[target.id] = path


def _segments(node: Any, aliases: dict[str, list[str]]) -> list[str] | None:
    """`a.b["c"].d` -> ["a", "b", "c", "d"], expanding a local alias at the root."""
    if isinstance(node, astnodes.Name):
        return list(aliases.get(node.id, [node.id]))
    if isinstance(node, astnodes.Index):
        key = _key(node.idx)
        head = _segments(node.value, aliases)
        return None if key is None or head is None else [*head, key]
    return None


def _key(node: Any) -> str | None:
    if isinstance(node, astnodes.Name):
        return str(node.id)
    if isinstance(node, astnodes.String):
        return str(node.raw)
    return None


def _position(node: Any) -> tuple[int, int]:
    """1-based line and 0-based column of a node's most telling token."""
    token = node.last_token if isinstance(node, astnodes.Index) else node.first_token
    token = token or node.first_token
    return (token.line, token.column) if token is not None else (1, 0)


def _check_call(
    node: astnodes.Call, path: list[str], provider: Provider, report: Report, at: Any
) -> None:
    provider_key, tool_name = path[2], path[-1]
    loc = at(*_position(node.func))
    if provider_key not in (provider.namespace, provider.id):
        report.error(
            loc,
            "example-unknown-function",
            f"'{'.'.join(path)}' is not a function of {provider.id}",
        )
        return
    tool = next((t for t in provider.tools if tool_name == t.name or tool_name in t.aliases), None)
    if tool is None:
        names = [name for t in provider.tools for name in (t.name, *t.aliases)]
        hint = did_you_mean(tool_name, names)
        report.error(
            loc, "example-unknown-function", f"{provider.id} has no function '{tool_name}'{hint}"
        )
        return
    args = node.args
    if args and not isinstance(args[0], astnodes.Table):
        return  # a variable or a string: the keys are not known here
    given = _table_keys(args[0], report, tool, at) if args else set()
    missing = [
        p.name
        for p in tool.params
        if p.required and not p.credential and p.default is None and p.name not in given
    ]
    if missing:
        report.error(
            loc,
            "example-missing-param",
            f"call of '{tool.name}' lacks required param(s): {', '.join(missing)}",
        )


def _table_keys(table: astnodes.Table, report: Report, tool: Tool, at: Any) -> set[str]:
    spellings = {
        spelling: p.name for p in tool.params for spelling in (p.name, naming.camel(p.name))
    }
    given = set()
    for field in table.fields:
        variable = field.between_brackets and isinstance(field.key, astnodes.Name)
        key = None if variable else _key(field.key)
        if key is None:
            continue
        if key in spellings:
            given.add(spellings[key])
        else:
            hint = did_you_mean(key, [p.name for p in tool.params])
            report.error(
                at(*_position(field)),
                "example-unknown-param",
                f"'{tool.name}' has no param '{key}'{hint}",
            )
    return given
