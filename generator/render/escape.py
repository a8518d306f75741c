"""Escapers, one per output sink.

Each returns `Escaped`, the only string type the Jinja `finalize` guard lets
through, so a template that prints a raw spec string fails at generation time.
"""

from __future__ import annotations

import json
import re

from markupsafe import escape as _html_escape

from generator import naming


class Escaped(str):
    """Text already made safe for the sink it is printed into."""

    __slots__ = ()


def py_str(text: str) -> Escaped:
    """A double-quoted Python string literal."""
    return Escaped(json.dumps(text, ensure_ascii=False))


def docstring(text: str) -> Escaped:
    """Body of a triple-quoted docstring: backslashes and quotes escaped."""
    body = text.replace("\\", "\\\\").replace('"', '\\"')
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
        else:
            out.append(ch)
    return Escaped('"' + "".join(out) + '"')


def md_text(text: str) -> Escaped:
    """Markdown prose: Markdown stays, raw HTML is neutralised."""
    return Escaped(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


def md_inline(text: str) -> Escaped:
    """One line of Markdown (headings, list items): newlines folded."""
    return md_text(" ".join(text.split()))


def md_cell(text: str) -> Escaped:
    """A Markdown table cell: pipes escaped, newlines as `<br>`."""
    cell = md_text(text.strip()).replace("|", "\\|")
    return Escaped("<br>".join(line.strip() for line in cell.splitlines()))


def md_code(text: str) -> Escaped:
    """Inline code span that survives backticks inside the text."""
    run = max((len(m) for m in re.findall(r"`+", text)), default=0)
    ticks = "`" * (run + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
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
    "md_code": md_code,
    "fence": fence,
    "html": html,
    "ident": ident,
    "name": name,
    "json": json_text,
}
