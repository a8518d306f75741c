"""Every escaper handles every code point: the output parses in its sink and means the input.

The spec refuses control characters in text (`control-character`), but the
escapers do not rely on that: a value from anywhere else (an importer, a hook)
must not break the file it is written into either.
"""

from __future__ import annotations

import ast
import sys

import lupa
import pytest
from markdown_it import MarkdownIt

from generator.render import escape

# Every code point class that has broken a sink somewhere: C0, DEL, C1, separators,
# surrogates, BOM, noncharacters, the last code point, plus quotes and backslashes.
SPECIAL = [*range(0x20), 0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xD800, 0xDFFF]
SPECIAL += [0xFEFF, 0xFFFE, 0xFFFF, sys.maxunicode, ord('"'), ord("'"), ord("\\"), ord("`")]
TEXT = "".join(map(chr, SPECIAL)) + "plain é 漢字 🙂"


def test_py_str_round_trips_every_code_point() -> None:
    literal = escape.py_str(TEXT)
    literal.encode("utf-8")  # no lone surrogate is written raw
    assert ast.literal_eval(literal) == TEXT


@pytest.mark.parametrize("code_point", SPECIAL)
def test_docstring_compiles_and_keeps_its_text(code_point: int) -> None:
    text = f"before {chr(code_point)} after"
    source = f'def f() -> None:\n    """{escape.docstring(text)}"""\n'
    source.encode("utf-8")
    namespace: dict[str, object] = {}
    exec(compile(source, "<docstring>", "exec"), namespace)  # noqa: S102 (our own output)
    kept = "\n".join(line.rstrip() for line in text.split("\n"))  # trailing blanks go
    assert namespace["f"].__doc__ == kept  # type: ignore[attr-defined]


def test_lua_str_round_trips_every_code_point() -> None:
    lua = lupa.LuaRuntime(encoding=None)
    literal = escape.lua_str(TEXT)
    got = lua.execute(("return " + literal).encode("utf-8"))
    assert got == TEXT.encode("utf-8", "surrogatepass")


@pytest.mark.parametrize("code_point", SPECIAL)
def test_markdown_cells_keep_the_table(code_point: int) -> None:
    cell = escape.md_cell(f"a {chr(code_point)} b | c")
    page = f"| name | text |\n|---|---|\n| x | {cell} |\n"
    tokens = MarkdownIt("commonmark").enable("table").parse(page)
    assert [t.type for t in tokens].count("td_open") == 2
