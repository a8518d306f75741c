"""Read generated Markdown back the way a renderer does (markdown-it, CommonMark + tables)."""

from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

PARSER = MarkdownIt("commonmark").enable("table")


def inline_text(token: Token) -> str:
    """Plain text of an inline token: text and code as shown, `<br>` as a newline."""
    parts = []
    for child in token.children or []:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak") or child.content == "<br>":
            parts.append("\n")
    return "".join(parts)


def tables(markdown: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts, the header row first."""
    found: list[list[list[str]]] = []
    row: list[str] = []
    tokens = PARSER.parse(markdown)
    for i, token in enumerate(tokens):
        if token.type == "table_open":
            found.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type in ("th_open", "td_open"):
            row.append(inline_text(tokens[i + 1]))
        elif token.type == "tr_close":
            found[-1].append(row)
    return found


def fences(markdown: str, info: str) -> list[str]:
    return [t.content for t in PARSER.parse(markdown) if t.type == "fence" and t.info == info]


def headings(markdown: str, tag: str) -> list[str]:
    tokens = PARSER.parse(markdown)
    return [
        inline_text(tokens[i + 1])
        for i, t in enumerate(tokens)
        if t.type == "heading_open" and t.tag == tag
    ]


def html(markdown: str) -> str:
    return str(PARSER.render(markdown))
