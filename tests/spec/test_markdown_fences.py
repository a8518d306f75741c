"""Examples that hold backtick runs keep their code fences in the Lua docs and reference pages."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator import render
from generator.spec import load_provider

VALID = Path(__file__).parent.parent / "fixtures" / "bad_specs" / "valid" / "shop.yaml"
CALL = 'local item = app.integrations.shop.get_item({ item_id = "a" })'


@pytest.mark.parametrize("run", ["```", "````", "~~~", "```lua"])
def test_an_example_with_a_fence_inside_stays_one_code_block(run: str, tmp_path: Path) -> None:
    example = f"local note = [[\n{run}\n]]\n{CALL}\nprint(item, note)\n"
    block = "\n".join("      " + line for line in example.splitlines())
    text = VALID.read_text(encoding="utf-8").replace(
        "    params:", f"    example: |\n{block}\n    params:"
    )
    (tmp_path / "shop.yaml").write_text(text, encoding="utf-8")
    provider, diagnostics = load_provider(tmp_path / "shop.yaml", tmp_path)
    assert provider is not None, diagnostics
    files = render.render_provider(provider)
    pages = ["generated/lua/shop.md", "generated/lua/shop/get_item.md", "docs/reference/shop.md"]
    for page in pages:
        tokens = MarkdownIt("commonmark").enable("table").parse(files[page])
        fences = [t.content for t in tokens if t.type == "fence" and CALL in t.content]
        assert fences == [example], page
