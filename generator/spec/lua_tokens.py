"""A Lua 5.4 tokenizer for the example checks: names, strings, numbers and punctuation, located.

Comments and whitespace are dropped. The tokenizer is lenient: a character no
token starts with, or a string left open, becomes a token of its own, so a
snippet the Lua compiler rejected still tokenizes (for locating the error).
"""

from __future__ import annotations

import bisect
import re
from typing import Literal

from attrs import frozen

Kind = Literal["name", "keyword", "string", "number", "symbol"]

KEYWORDS = frozenset(
    {"and", "break", "do", "else", "elseif", "end", "false", "for", "function", "goto", "if"}
    | {"in", "local", "nil", "not", "or", "repeat", "return", "then", "true", "until", "while"}
)
_TOKEN_RE = re.compile(
    r"""
      (?P<skip> \s+
        | --\[(?P<comment_eq>=*)\[ .*? \](?P=comment_eq)\]   # long comment
        | --[^\n]* )                                        # line comment
    | (?P<long_string> \[(?P<string_eq>=*)\[ (?P<long_body>.*?) \](?P=string_eq)\] )
    | (?P<string> "(?:\\z\s*|\\.|[^"\\\n])*" | '(?:\\z\s*|\\.|[^'\\\n])*' )
    | (?P<number> 0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?[0-9]+)?
        | (?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)? )
    | (?P<name> [A-Za-z_][A-Za-z0-9_]* )
    | (?P<symbol> \.\.\.|\.\.|::|//|==|~=|<=|>=|<<|>>|[-+*/%^\#&~|<>=(){}\[\];:,.] )
    | (?P<other> ["'][^\n]* | . )                           # left open, or no Lua token
    """,
    re.VERBOSE | re.DOTALL,
)
_ESCAPE_RE = re.compile(
    r"\\(?:(?P<simple>[abfnrtv\\\"'\n])|x(?P<hex>[0-9a-fA-F]{2})|(?P<dec>[0-9]{1,3})"
    r"|u\{(?P<code>[0-9a-fA-F]+)\}|z\s*)"
)
_SIMPLE_ESCAPES = dict(zip("abfnrtv\\\"'\n", "\a\b\f\n\r\t\v\\\"'\n", strict=True))


@frozen
class Token:
    """`value` is a string token's content (escapes decoded), else the text itself."""

    kind: Kind
    text: str
    value: str
    line: int  # 1-based
    col: int  # 0-based, in characters
    end: int  # offset just past the token in the code
    end_line: int

    def is_symbol(self, *texts: str) -> bool:
        return self.kind == "symbol" and self.text in texts


def tokenize(code: str) -> list[Token]:
    line_starts = [0, *(match.end() for match in re.finditer("\n", code))]

    def line_col(offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(line_starts, offset)
        return line, offset - line_starts[line - 1]

    tokens = []
    for match in _TOKEN_RE.finditer(code):
        kind = match.lastgroup
        if kind == "skip":
            continue
        line, col = line_col(match.start())
        text = match.group()
        tokens.append(
            Token(
                _kind(kind, text),
                text,
                _value(match),
                line,
                col,
                match.end(),
                line_col(max(match.start(), match.end() - 1))[0],
            )
        )
    return tokens


def _kind(group: str | None, text: str) -> Kind:
    if group == "name":
        return "keyword" if text in KEYWORDS else "name"
    if group in ("string", "long_string"):
        return "string"
    if group == "number":
        return "number"
    return "symbol"


def _value(match: re.Match[str]) -> str:
    if match.lastgroup == "long_string":
        body = match["long_body"]
        return body.removeprefix("\n")  # Lua skips a first newline
    if match.lastgroup == "string":
        return _ESCAPE_RE.sub(_unescape, match.group()[1:-1])
    return match.group()


def _unescape(match: re.Match[str]) -> str:
    if match["simple"]:
        return _SIMPLE_ESCAPES[match["simple"]]
    if match["hex"]:
        return chr(int(match["hex"], 16))
    if match["dec"]:
        return chr(int(match["dec"]))
    if match["code"]:
        return chr(min(int(match["code"], 16), 0x10FFFF))
    return ""  # `\z` and the whitespace after it
