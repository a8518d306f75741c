"""The three Markdown/JSON surfaces of a small spec, byte for byte.

Refresh after an intended change with `TOOLGEN_UPDATE_GOLDEN=1 pytest tests/render/test_golden.py`
and review the diff of `tests/golden/expected/`.
"""

from __future__ import annotations

import json
import os

import pytest
from mcp.types import ListToolsResult

from generator.naming import mcp_name
from generator.render import lua_docs, mcp, reference
from generator.spec.model import Catalog, Provider

from .specs import GOLDEN

EXPECTED = GOLDEN / "expected"


def rendered(provider: Provider) -> dict[str, str]:
    files = {
        **lua_docs.render_provider(provider),
        **mcp.render_provider(provider),
        **reference.render_provider(provider),
        **reference.render_catalog(Catalog([provider])),
    }
    return dict(sorted(files.items()))


def test_surfaces_match_golden_files(demo: Provider) -> None:
    files = rendered(demo)
    if os.environ.get("TOOLGEN_UPDATE_GOLDEN"):
        for path, text in files.items():
            (EXPECTED / path).parent.mkdir(parents=True, exist_ok=True)
            (EXPECTED / path).write_text(text, encoding="utf-8", newline="\n")
    expected = {
        p.relative_to(EXPECTED).as_posix(): p.read_text(encoding="utf-8")
        for p in EXPECTED.rglob("*")
        if p.is_file()
    }
    assert sorted(files) == sorted(expected), "set of generated files changed"
    for path, text in files.items():
        assert text == expected[path], f"{path} differs from its golden file"


def test_golden_covers_every_surface(demo: Provider) -> None:
    paths = set(rendered(demo))
    assert {
        "generated/lua/demo-co.md",
        "generated/lua/demo-co/list_widgets.md",
        "generated/mcp/demo-co.json",
        "docs/reference/demo-co.md",
        "docs/reference/index.md",
    } <= paths
    assert len([p for p in paths if p.startswith("generated/lua/demo-co/")]) == len(demo.tools)


@pytest.mark.parametrize("path", ["generated/lua/demo-co.md", "docs/reference/demo-co.md"])
def test_markdown_files_start_with_the_banner(demo: Provider, path: str) -> None:
    text = rendered(demo)[path]
    assert text.startswith("<!-- generated from specs/demo-co.yaml; do not edit -->\n")
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_mcp_file_is_a_tools_list_result_carrying_the_banner(demo: Provider) -> None:
    data = json.loads(rendered(demo)["generated/mcp/demo-co.json"])
    result = ListToolsResult.model_validate(data)
    assert result.meta == {
        "toolgen/generated": "generated from specs/demo-co.yaml; do not edit",
        "toolgen/category": demo.category,  # what `toolgen mcp serve --category` filters on
    }
    assert [t.name for t in result.tools] == [mcp_name(demo.namespace, t.name) for t in demo.tools]
