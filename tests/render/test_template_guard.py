"""The Jinja finalize guard: a value printed without a sink filter fails the render."""

from __future__ import annotations

import pytest

from generator.render.env import UnescapedValue, environment
from generator.render.lua_docs import render_provider
from generator.spec.model import Provider


@pytest.mark.parametrize("surface", ["lua_docs", "reference"])
def test_unescaped_value_fails(surface: str) -> None:
    template = environment(surface).from_string("# {{ title }}\n")
    with pytest.raises(UnescapedValue, match="without a sink filter"):
        template.render(title="<script>")


def test_escaped_value_and_integers_pass() -> None:
    template = environment("lua_docs").from_string("{{ title | md_inline }} {{ count }}")
    assert template.render(title="a <b>", count=3) == "a &lt;b&gt; 3"


def test_real_templates_render_under_the_guard(hostile: Provider) -> None:
    assert render_provider(hostile)  # every value in the shipped templates is escaped
