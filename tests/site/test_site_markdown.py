"""The site's Markdown shortcut for one line of plain prose gives what the parser gives."""

from __future__ import annotations

import pytest

from generator.render.site_markdown import _parser, markdown
from generator.spec.model import Catalog

TRICKY = [
    "List the apps.",
    "1. a list item",
    "- a bullet",
    "+ plus",
    "# heading",
    "a *b* c",
    "tabs\tinside",
    "x < y & z > w",
    'say "hi"',
    "it's (probably) fine: yes; 100% sure, $5 @home = ok?",
    "trailing two spaces  ",
    "   three leading spaces",
    "    four leading spaces: code",
    "a_b_c snake_case",
    "https://example.com/path?q=1",
    "line one\nline two",
    "---",
    "",
]


def parsed(text: str) -> str:
    parser = _parser()
    return str(parser.renderer.render(parser.parse(text), parser.options, {}))


def texts(catalog: Catalog) -> list[str]:
    found = [*TRICKY]
    for provider in catalog.providers:
        found += [provider.description]
        for tool in provider.tools:
            found += [tool.summary, tool.description, *(p.description for p in tool.params)]
        for typedef in provider.types:
            found += [typedef.description, *(f.description for f in typedef.fields)]
    return found


def test_every_spec_text_renders_as_the_parser_renders_it(catalog: Catalog) -> None:
    for text in texts(catalog):
        assert str(markdown(text)) == parsed(text), text


@pytest.mark.parametrize("text", TRICKY)
def test_tricky_lines(text: str) -> None:
    assert str(markdown(text)) == parsed(text)
