"""Escapers, one per output sink.

Each returns `Escaped`, the only string type the Jinja `finalize` guard lets
through, so a template that prints a raw spec string fails at generation time.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from urllib.parse import quote

from markupsafe import escape as _html_escape

from generator import naming

MEMO_SIZE = 16384  # escapers are pure: repeated descriptions are escaped once


class Escaped(str):
    """Text already made safe for the sink it is printed into."""

    __slots__ = ()


# Code points written as escapes in Python source: controls (json.dumps leaves DEL and C1),
# line separators `str.splitlines` breaks on, lone surrogates (no UTF-8 for them) and the BOM.
_PY_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff]")


def _py_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


@lru_cache(maxsize=MEMO_SIZE)
def py_str(text: str) -> Escaped:
    """A double-quoted Python string literal, printable whatever the code points."""
    return Escaped(_PY_UNSAFE.sub(_py_escape, json.dumps(text, ensure_ascii=False)))


def docstring(text: str) -> Escaped:
    """Body of a triple-quoted docstring: backslashes, quotes and unsafe code points escaped."""
    body = _PY_UNSAFE.sub(_py_escape, text.replace("\\", "\\\\").replace('"', '\\"'))
    return Escaped("\n".join(line.rstrip() for line in body.splitlines()))


_LUA_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def lua_str(text: str) -> Escaped:
    """A double-quoted Lua string literal (control bytes as `\\ddd`)."""
    out = []
    for ch in text:
        if ch in _LUA_ESCAPES:
            out.append(_LUA_ESCAPES[ch])
        elif ord(ch) < 32 or ord(ch) == 127:
            out.append(f"\\{ord(ch):03d}")
        elif _PY_UNSAFE.match(ch):  # C1, separators, surrogates: Lua 5.4's `\u{XXX}`
            out.append(f"\\u{{{ord(ch):X}}}")
        else:
            out.append(ch)
    return Escaped('"' + "".join(out) + '"')


_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
# A code span on one line; an opening backtick escaped with `\\` starts none.
_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)(.+?)(?<!`)\1(?!`)")
_PIPE = re.compile(r"(\\*)\|")


def _neutralise_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _cell_pipes(text: str) -> str:
    """Escape `|` for a table cell, keeping backslashes written before it."""
    return _PIPE.sub(lambda m: "\\" * (2 * len(m.group(1))) + "\\|", text)


def _escape_line(line: str, *, cell: bool = False) -> str:
    """Neutralise raw HTML outside code spans (code spans show text as is)."""
    out, pos = [], 0
    for span in _CODE_SPAN.finditer(line):
        prose = _neutralise_html(line[pos : span.start()])
        out.append(_cell_pipes(prose) if cell else prose)
        out.append(span.group(0).replace("|", "\\|") if cell else span.group(0))
        pos = span.end()
    prose = _neutralise_html(line[pos:])
    out.append(_cell_pipes(prose) if cell else prose)
    return "".join(out)


def _closes(line: str, opener: str) -> bool:
    return (
        re.fullmatch(rf" {{0,3}}{re.escape(opener[0])}{{{len(opener)},}}[ \t]*", line) is not None
    )


def md_text(text: str) -> Escaped:
    """Markdown prose: Markdown stays, raw HTML is neutralised outside code.

    An unclosed code fence is closed, so it cannot swallow the rest of the page.
    """
    lines: list[str] = []
    opener = ""
    for line in re.split(r"\r\n|\r|\n", text):
        if opener:
            lines.append(line)
            opener = "" if _closes(line, opener) else opener
            continue
        start = _FENCE_OPEN.match(line)
        if start and not (start.group(1)[0] == "`" and "`" in start.group(2)):
            opener = start.group(1)
            lines.append(line)
        else:
            lines.append(_escape_line(line))
    if opener:
        lines.insert(len(lines) - 1 if lines[-1] == "" else len(lines), opener)
    return Escaped("\n".join(lines))


@lru_cache(maxsize=MEMO_SIZE)
def md_inline(text: str) -> Escaped:
    """One line of Markdown (headings, list items): newlines folded."""
    return Escaped(_escape_line(" ".join(text.split())))


@lru_cache(maxsize=MEMO_SIZE)
def md_cell(text: str) -> Escaped:
    """A Markdown table cell: pipes escaped, newlines as `<br>`."""
    lines = text.strip().splitlines()
    return Escaped("<br>".join(_escape_line(line.strip(), cell=True) for line in lines))


def md_heading(text: str, level: int) -> Escaped:
    """An ATX heading; a trailing `#` stays text."""
    title = _escape_line(" ".join(text.split()))
    if title.endswith("#"):
        title = title[:-1] + "\\#"
    return Escaped(f"{'#' * level} {title}")


def md_url(url: str) -> Escaped:
    """A link destination: characters Markdown would end the link on are encoded."""
    return Escaped(quote(url, safe=":/?#@!$&'*+,;=%~._-"))


def md_link(text: str, url: str) -> Escaped:
    """`[text](url)`, safe in prose and in table cells."""
    label = _escape_line(" ".join(text.split()), cell=True)
    label = label.replace("[", "\\[").replace("]", "\\]")
    return Escaped(f"[{label}]({md_url(url)})")


@lru_cache(maxsize=MEMO_SIZE)
def md_cell_code(text: str) -> Escaped:
    """An inline code span inside a table cell."""
    return Escaped(md_code(" ".join(text.split())).replace("|", "\\|"))


@lru_cache(maxsize=MEMO_SIZE)
def md_code(text: str) -> Escaped:
    """Inline code span that survives backticks inside the text."""
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * (run + 1)
    # CommonMark strips one space from each end when both ends have one: pad to keep them
    spaced = text.startswith(" ") and text.endswith(" ") and text.strip(" ") != ""
    pad = " " if text.startswith("`") or text.endswith("`") or spaced else ""
    return Escaped(f"{ticks}{pad}{text}{pad}{ticks}")


def fence(text: str, lang: str = "") -> Escaped:
    """A fenced code block longer than any backtick run inside it."""
    run = max((len(m) for m in re.findall(r"`{3,}", text)), default=2)
    ticks = "`" * (run + 1)
    return Escaped(f"{ticks}{lang}\n{text.rstrip()}\n{ticks}")


def html(text: str) -> Escaped:
    return Escaped(str(_html_escape(text)))


def ident(text: str) -> Escaped:
    """A name the loader has checked is an identifier; checked again here."""
    if not naming.IDENT_RE.match(text):
        raise ValueError(f"not an identifier: {text!r}")
    return Escaped(text)


def name(text: str) -> Escaped:
    """A published name (`fly-io.list_apps`, `fly_io__list_apps`): no sink-special chars."""
    if not re.fullmatch(r"[A-Za-z0-9_.\-\[\]\"]+", text):
        raise ValueError(f"not a published name: {text!r}")
    return Escaped(text)


def json_text(value: object) -> Escaped:
    """JSON made by json.dumps, for embedding in code fences."""
    return Escaped(json.dumps(value, indent=2, ensure_ascii=False, sort_keys=False))


FILTERS = {
    "py_str": py_str,
    "docstring": docstring,
    "lua_str": lua_str,
    "md_text": md_text,
    "md_inline": md_inline,
    "md_cell": md_cell,
    "md_cell_code": md_cell_code,
    "md_heading": md_heading,
    "md_url": md_url,
    "md_link": md_link,
    "md_code": md_code,
    "fence": fence,
    "html": html,
    "ident": ident,
    "name": name,
    "json": json_text,
}
