"""Escapers read back by their sink's own parser: what was written is what is shown.

Written to kill the mutants `mutmut` left alive in generator/render/escape.py
(docs/testing.md): each case pins one behaviour a mutant changed.
"""

from __future__ import annotations

import html as stdlib_html
import json

import pytest

from generator.render import escape

from .markdown import PARSER, fences, headings, html, inline_text, tables


def code_spans(markdown: str) -> list[str]:
    return [
        child.content
        for token in PARSER.parse(markdown)
        for child in token.children or ()
        if child.type == "code_inline"
    ]


@pytest.mark.parametrize(
    "text", ["a", "a`b", "``x``", "`lead", "trail`", "` both `", "a ``` b", " pad ", " \t ", " X "]
)
def test_md_code_is_one_span_showing_the_text(text: str) -> None:
    written = escape.md_code(text)
    assert code_spans(f"see {written} here") == [text]
    assert isinstance(written, escape.Escaped)


def test_md_code_uses_the_shortest_fence_and_pads_only_when_needed() -> None:
    assert escape.md_code("plain") == "`plain`"
    assert escape.md_code("a`b") == "``a`b``"
    assert escape.md_code("a``b`c") == "```a``b`c```"
    assert escape.md_code("`x") == "`` `x ``"
    assert escape.md_code("x`") == "`` x` ``"
    assert escape.md_code(" pad ") == "`  pad  `"  # CommonMark strips one space each side
    assert escape.md_code("  ") == "`  `"


@pytest.mark.parametrize("text", ["a|b", "x  y\nz", "`t`|u"])
def test_md_cell_code_stays_in_its_cell(text: str) -> None:
    page = f"| h | i |\n|---|---|\n| {escape.md_cell_code(text)} | end |\n"
    row = tables(page)[0][1]
    assert row == [" ".join(text.split()), "end"]


@pytest.mark.parametrize("body", ["x = 1", "a\n```\nb", "````\nquad", "ends with blanks  \n\n"])
def test_fence_holds_the_text(body: str) -> None:
    written = escape.fence(body, "lua")
    assert fences(written + "\n\nafter", "lua") == [body.rstrip() + "\n"]


def test_fence_length() -> None:
    assert escape.fence("x") == "```\nx\n```"
    assert escape.fence("a ```` b", "py") == "`````py\na ```` b\n`````"


@pytest.mark.parametrize("level", [1, 3, 6])
def test_md_heading_level_and_text(level: int) -> None:
    written = escape.md_heading("Use <b>C#</b>\n now #", level)
    assert written.startswith("#" * level + " ")
    assert headings(written, f"h{level}") == ["Use <b>C#</b> now #"]


def test_md_link_label_and_target() -> None:
    written = escape.md_link("a [b] | <i>\n c", "https://x.example/p q?r=[1]")
    assert written == ("[a \\[b\\] \\| &lt;i&gt; c](https://x.example/p%20q?r=%5B1%5D)")
    page = f"| h |\n|---|\n| {written} |\n"
    assert tables(page)[0][1] == ["a [b] | <i> c"]


def test_md_text_leaves_pipes_alone() -> None:
    assert escape.md_text("a | b `x|y` c|d") == "a | b `x|y` c|d"
    assert escape.md_inline("a | b") == "a | b"


def test_md_text_keeps_markdown_and_neutralises_html_outside_code() -> None:
    text = "**bold** a < b & c > d `x<y>` <br>\r\nnext\rline"
    written = escape.md_text(text)
    assert written == ("**bold** a &lt; b &amp; c &gt; d `x<y>` &lt;br&gt;\nnext\nline")
    assert "<strong>bold</strong>" in html(written)


def test_md_text_closes_an_open_fence_before_a_trailing_blank() -> None:
    assert escape.md_text("```\ncode\n") == "```\ncode\n```\n"
    assert escape.md_text("~~~~\ncode") == "~~~~\ncode\n~~~~"
    assert escape.md_text("```\na\n```\n<b>") == "```\na\n```\n&lt;b&gt;"
    assert escape.md_text("``` not `a` fence\n<b>") == "``` not `a` fence\n&lt;b&gt;"
    assert escape.md_text("~~~\nx\n~~\n<b>") == "~~~\nx\n~~\n<b>\n~~~"  # `~~` closes nothing


def test_md_cell_escapes_pipes_but_keeps_backslashes() -> None:
    assert escape.md_cell("a|b") == "a\\|b"
    assert escape.md_cell("a\\|b") == "a\\\\\\|b"
    assert escape.md_cell("`x|y` z|") == "`x\\|y` z\\|"
    assert escape.md_cell("p|q `x` r|s") == "p\\|q `x` r\\|s"
    assert escape.md_cell(" one \n two ") == "one<br>two"


def test_md_inline_folds_whitespace() -> None:
    assert escape.md_inline(" a \n\t<b> ") == "a &lt;b&gt;"


def test_html_escapes_every_markup_character() -> None:
    text = "<a href=\"x\" title='y'>&amp;</a>"
    written = escape.html(text)
    assert "<" not in written and '"' not in written and "'" not in written
    assert stdlib_html.unescape(written) == text


@pytest.mark.parametrize("good", ["list_apps", "_x", "A1"])
def test_ident_accepts_identifiers(good: str) -> None:
    assert escape.ident(good) == good


@pytest.mark.parametrize("bad", ["1x", "a-b", "a b", "", "a\n"])
def test_ident_refuses_anything_else(bad: str) -> None:
    with pytest.raises(ValueError, match="not an identifier"):
        escape.ident(bad)


@pytest.mark.parametrize(
    "good", ["fly-io.list_apps", "fly_io__list_apps", 'app["fly-io"]', "flyListApps"]
)
def test_name_accepts_published_names(good: str) -> None:
    assert escape.name(good) == good


@pytest.mark.parametrize("bad", ["a b", "a<b", "a`b", "", "a\nb", "a|b"])
def test_name_refuses_sink_special_characters(bad: str) -> None:
    with pytest.raises(ValueError, match="not a published name"):
        escape.name(bad)


def test_json_text_is_indented_json_in_key_order() -> None:
    value = {"z": 1, "a": ["é", None]}
    written = escape.json_text(value)
    assert json.loads(written) == value
    assert written == '{\n  "z": 1,\n  "a": [\n    "é",\n    null\n  ]\n}'


def test_py_str_exact() -> None:
    assert escape.py_str('a"b\\c\n\x7f\u2028é') == '"a\\"b\\\\c\\n\\u007f\\u2028é"'


def test_docstring_exact() -> None:
    written = escape.docstring('say "hi"\\  \n\x85next\u2029')
    assert written == 'say \\"hi\\"\\\\\n\\u0085next\\u2029'


def test_lua_str_exact() -> None:
    written = escape.lua_str('q"\\\n\r\t\x01\x7f\x85é !')
    assert written == '"q\\"\\\\\\n\\r\\t\\001\\127\\u{85}é !"'


def test_filters_name_every_escaper() -> None:
    assert escape.FILTERS["json"] is escape.json_text
    assert {name: f.__name__ for name, f in escape.FILTERS.items() if name != "json"} == {
        name: name for name in escape.FILTERS if name != "json"
    }


def test_inline_text_helper_sees_code() -> None:
    token = PARSER.parse("a `b`")[1]
    assert inline_text(token) == "a b"
