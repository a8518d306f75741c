"""Check the Lua in `tools[].example` and in ```lua blocks of notes and tool descriptions.

Every call of `app.integrations.<namespace or "id">[.<account>].<tool>(...)`,
directly or through a local alias, must name a tool of this provider, pass
only its params and pass every param a caller must give.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator

from generator import naming
from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.fields import Fields
from generator.spec.lua_calls import Call, Key, integration_calls
from generator.spec.lua_tokens import tokenize
from generator.spec.model import Loc, Provider, Tool
from generator.spec.yaml_source import Source

CHUNK = "example"
COMPILE_ERROR_RE = re.compile(rf"^{CHUNK}:(\d+): (.*)$", re.DOTALL)

At = Callable[[int, int], Loc]  # 1-based line, 0-based column in the snippet -> Loc in the spec


def lua_blocks(markdown: str, start: Loc) -> Iterator[tuple[str, Loc]]:
    """```lua blocks of a Markdown text that starts at `start`, each with its first line's Loc."""
    from markdown_it import MarkdownIt

    for token in MarkdownIt("commonmark").parse(markdown):
        if token.type == "fence" and token.info.strip() == "lua" and token.map:
            yield token.content, Loc(start.file, start.line + token.map[0] + 1, start.col)


def markdown_snippets(source: Source, fields: Fields, key: str) -> list[tuple[str, Loc]]:
    """The ```lua blocks of a Markdown value (a description), located in the file."""
    text = fields.text(key)
    if "```" not in text and "~~~" not in text:
        return []  # no fence: skip the Markdown parse
    line, indent = source.text_start(fields.raw(key), fields.value_loc(key))
    return list(lua_blocks(text, Loc(source.file, line, indent + 1)))


def check_lua(code: str, start: Loc, provider: Provider, report: Report) -> None:
    def at(line: int, column: int) -> Loc:
        return Loc(start.file, start.line + line - 1, start.col + column)

    error = compile_error(code)
    if error is not None:
        line, column, message = error
        report.error(at(line, column), "example-syntax", f"Lua does not parse: {message}")
        return
    for call in integration_calls(code):
        if len(call.path) in (4, 5):
            check_call(call, provider, report, at)


@functools.cache
def _lua_load() -> Callable[..., object]:
    import lupa.lua54  # type: ignore[import-untyped]

    load: Callable[..., object] = lupa.lua54.LuaRuntime().eval("load")
    return load


def _compile(code: str) -> str | None:
    """The Lua compiler's message for `code` (None when it compiles). Nothing is run."""
    result = _lua_load()(code, f"={CHUNK}", "t")
    return str(result[1]) if isinstance(result, tuple) else None


def compile_error(code: str) -> tuple[int, int, str] | None:
    """Line, column and message of the first syntax error, None when `code` compiles.

    Lua names only the line; the column is that of the token where the compiler
    stops: the first token ending on that line such that the code up to it fails
    other than by ending early (`near <eof>`). Errors found only at the end (an
    unclosed block) point just past the last token of their line.
    """
    message = _compile(code)
    if message is None:
        return None
    match = COMPILE_ERROR_RE.match(message)
    if match is None:
        return 1, 0, message
    line, text = int(match[1]), match[2]
    on_line = [token for token in tokenize(code) if token.end_line == line]
    for token in on_line:
        failure = _compile(code[: token.end] + "\n")  # the newline ends an open short string
        if failure is not None and not failure.endswith("near <eof>"):
            return token.line, token.col, text
    if not on_line:
        return line, 0, text
    last = on_line[-1].text.rsplit("\n", 1)  # a long string may span lines
    column = len(last[-1]) if len(last) > 1 else on_line[-1].col + len(last[0])
    return line, column, text


def check_call(call: Call, provider: Provider, report: Report, at: At) -> None:
    provider_key, tool_name = call.path[2], call.path[-1]
    loc = at(call.line, call.col)
    if provider_key not in (provider.namespace, provider.id):
        report.error(
            loc,
            "example-unknown-function",
            f"'{'.'.join(call.path)}' is not a function of {provider.id}",
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
    if call.keys is None:
        return  # a variable or a string: the keys are not known here
    given = _given_params(call.keys, report, tool, at)
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


def _given_params(keys: tuple[Key, ...], report: Report, tool: Tool, at: At) -> set[str]:
    spellings = {
        spelling: p.name
        for p in tool.params
        for spelling in (p.name, naming.camel(p.name), *p.aliases)
    }
    given = set()
    for key in keys:
        if key.name in spellings:
            given.add(spellings[key.name])
        else:
            hint = did_you_mean(key.name, [p.name for p in tool.params])
            report.error(
                at(key.line, key.col),
                "example-unknown-param",
                f"'{tool.name}' has no param '{key.name}'{hint}",
            )
    return given
