"""Hostile strings survive every surface: tables keep their cells, fences stay closed,
JSON keeps the exact text, Lua stays valid, and no raw HTML reaches a renderer."""

from __future__ import annotations

import json

import lupa  # type: ignore[import-untyped]
import pytest

from generator.render import lua_docs, mcp, reference
from generator.spec.model import Catalog, Provider

from .markdown import PARSER, fences, headings, html, inline_text, tables

MARKDOWN_HEADERS = {
    ("Name", "Type", "Required", "Description"),
    ("Field", "Type", "Always present", "Description"),
    ("Functions", "Read", "Write", "Destructive", "Auth"),
    ("Provider", "Category", "Functions", "Read", "Write", "Destructive", "Auth"),
    ("Name", "Environment variable", "Secret", "Default", "Description"),
}


@pytest.fixture(scope="module")
def markdown_files(hostile: Provider) -> dict[str, str]:
    return {
        **lua_docs.render_provider(hostile),
        **reference.render_provider(hostile),
        **reference.render_catalog(Catalog([hostile])),
    }


def test_tables_keep_their_columns(hostile: Provider, markdown_files: dict[str, str]) -> None:
    for path, text in markdown_files.items():
        for table in tables(text):
            assert tuple(table[0]) in MARKDOWN_HEADERS, path
    tool = hostile.tool("get_thing")
    mode = tool.param("mode") if tool else None
    assert tool is not None and mode is not None
    rows = tables(markdown_files["generated/lua/hostile/get_thing.md"])[0][1:]
    assert [row[:3] for row in rows] == [
        ["thing_id", "string", "yes"],
        ["mode", "string", "yes"],
        ["scope", "string", "no"],
    ]
    assert rows[0][3] == tool.params[0].description
    one_of = ", ".join(str(v).replace("\n", " ") for v in mode.enum)
    assert rows[1][3] == f"{mode.description}\nOne of: {one_of}."
    assert rows[2][3] == 'Defaults to the account\'s scope credential.\nDefault: "x|y".'


def test_field_and_index_tables_keep_their_cells(
    hostile: Provider, markdown_files: dict[str, str]
) -> None:
    fields = tables(markdown_files["generated/lua/hostile/get_thing.md"])[1]
    thing = hostile.type("Thing")
    assert thing is not None
    assert [row[0] for row in fields[1:]] == [f.key for f in thing.fields]
    assert fields[1][3] == thing.fields[0].description
    assert fields[3][3] == thing.fields[2].description.strip()
    index = tables(markdown_files["docs/reference/index.md"])
    assert index[0][1][0] == " ".join(hostile.name.split())
    assert index[0][1][1:3] == [hostile.category, "2"]


def test_fences_stay_intact(hostile: Provider, markdown_files: dict[str, str]) -> None:
    tool = hostile.tool("get_thing")
    assert tool is not None and tool.example is not None
    for path in (
        "generated/lua/hostile.md",
        "generated/lua/hostile/get_thing.md",
        "docs/reference/hostile.md",
    ):
        assert tool.example.code.rstrip("\n") + "\n" in fences(markdown_files[path], "lua"), path
    # The unclosed fence in a description cannot swallow the sections after it.
    sections = headings(markdown_files["generated/lua/hostile.md"], "h2")
    assert sections[: len(hostile.tools)] == [t.name for t in hostile.tools]
    assert sections[len(hostile.tools)] == "Multi-Account Usage"
    assert sections[-1] == " ".join(hostile.notes[0].title.split())


def test_no_raw_html_reaches_a_renderer(markdown_files: dict[str, str]) -> None:
    for path, text in markdown_files.items():
        rendered = html(text).replace("<!-- generated", "")
        assert "<script" not in rendered, path
        assert "<img" not in rendered, path
        assert "<b>" not in rendered, path


def test_prose_text_is_intact(hostile: Provider, markdown_files: dict[str, str]) -> None:
    text = markdown_files["generated/lua/hostile.md"]
    paragraphs = [inline_text(t) for t in PARSER.parse(text) if t.type == "inline"]
    assert (
        'Says """ and {{ provider.id }} and {% if true %}x{% endif %}, ends ]] with a|b pipe.\n'
        "<script>alert(1)</script> — ünïcødé ✓ 日本語"
    ) in paragraphs
    assert any("Line two: " in p and "<script>alert(1)</script>." in p for p in paragraphs)


def test_mcp_json_keeps_exact_strings(hostile: Provider) -> None:
    data = json.loads(mcp.render_provider(hostile)["generated/mcp/hostile.json"])
    get_thing = data["tools"][0]
    tool = hostile.tool("get_thing")
    assert tool is not None
    notes = [mcp.credential_note(p) for p in tool.params if p.credential]
    assert get_thing["description"] == " ".join([tool.description.strip(), *notes])
    properties = get_thing["inputSchema"]["properties"]
    assert properties["thing_id"]["description"] == tool.params[0].description
    assert properties["mode"]["enum"] == list(tool.params[1].enum)
    label = get_thing["outputSchema"]["properties"]["label"]
    assert "enum" not in label  # outputs document known values, never reject new ones
    for value in hostile.types[0].fields[1].enum:
        assert f"`{value}`" in label["description"]


def test_every_lua_fence_compiles(markdown_files: dict[str, str]) -> None:
    load = lupa.LuaRuntime().globals().load
    blocks = [code for text in markdown_files.values() for code in fences(text, "lua")]
    assert len(blocks) >= 8
    for code in blocks:
        compiled = load(code)
        assert compiled is not None and not isinstance(compiled, tuple), code
