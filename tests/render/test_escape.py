"""The Markdown escapers against a real CommonMark parser: no raw HTML, code shown as written."""

from __future__ import annotations

import pytest

from generator.render.escape import md_cell, md_heading, md_link, md_text

from .markdown import fences, html, tables


@pytest.mark.parametrize(
    "text",
    [
        "<script>alert(1)</script>",
        "\\`<script>alert(1)</script>`",  # an escaped backtick opens no code span
        "`a\n# <script>alert(1)</script>`",  # a code span cannot cross a line
        "<img src=x onerror=alert(1)>",
        "    <script>indented</script>",
    ],
)
def test_md_text_leaves_no_raw_html(text: str) -> None:
    rendered = html(md_text(text))
    assert "<script" not in rendered and "<img" not in rendered


def test_md_text_keeps_code_verbatim_and_closes_fences() -> None:
    text = "Use `a < b` here.\n```lua\nif a < b then end\n"
    out = md_text(text) + "\n\nafter"
    assert "<code>a &lt; b</code>" in html(out)  # shown as written, not as &amp;lt;
    assert fences(out, "lua") == ["if a < b then end\n"]
    assert html(out).rstrip().endswith("<p>after</p>")


@pytest.mark.parametrize("text", ["a|b", "a\\|b", "`x|y`", "trailing\\", "two\nlines"])
def test_md_cell_keeps_one_cell(text: str) -> None:
    table = tables(f"| h | i |\n|---|---|\n| {md_cell(text)} | z |\n")[0]
    assert table[1][1] == "z"
    assert table[1][0].replace("\n", "") == text.replace("\n", "").strip("`")


def test_heading_and_link() -> None:
    assert md_heading("C#", 2) == "## C\\#"
    assert html(md_link("a ]] b", "https://x.example/a b(c)")) == (
        '<p><a href="https://x.example/a%20b%28c%29">a ]] b</a></p>\n'
    )
