"""The site's Markdown: a twin next to every page, llms.txt linking to them, llms-full.txt,
and code highlighted at build time."""

from __future__ import annotations

import re
from pathlib import Path

from generator.render.site import function_page, provider_page
from generator.spec.model import Catalog
from tests.site.site_pages import parse

LINK = re.compile(r"\]\(([^)\s]+)\)")


def html_pages(site: Path) -> list[Path]:
    return [p for p in site.glob("**/*.html") if "pagefind" not in p.relative_to(site).parts]


def test_every_page_has_its_markdown_twin_linked(site: Path) -> None:
    pages = html_pages(site)
    assert len(pages) > 10
    for page in pages:
        twin = page.with_suffix(".md")
        assert twin.is_file(), page
        links = [e for e in parse(page).all("link") if e.attrs.get("type") == "text/markdown"]
        assert [(page.parent / str(e.attrs["href"])).resolve() for e in links] == [twin.resolve()]


def test_llms_txt_links_every_twin_and_each_resolves(site: Path, catalog: Catalog) -> None:
    text = (site / "llms.txt").read_text("utf-8")
    assert text.startswith("# ") and "\n> " in text
    targets = LINK.findall(text)
    for target in targets:
        assert (site / target).is_file(), target
    expected = {provider_page(p.id).replace(".html", ".md") for p in catalog.providers}
    expected |= {
        function_page(p.id, t.name).replace(".html", ".md")
        for p in catalog.providers
        for t in p.tools
    }
    assert set(targets) == expected


def test_llms_full_holds_every_function(site: Path, catalog: Catalog) -> None:
    full = (site / "llms-full.txt").read_text("utf-8")
    for provider in catalog.providers:
        assert f"# {provider.name}" in full
        for tool in provider.tools:
            assert f"### {tool.name}" in full, tool.name
    assert "do not edit" not in full
    assert "](../" not in full  # repository links do not lead anywhere in the site


def test_function_twin_has_lua_and_python_examples(site: Path) -> None:
    text = (site / function_page("heroku", "list_dynos").replace(".html", ".md")).read_text()
    assert text.startswith("# list_dynos\n")
    assert "```lua\n" in text and "```python\nfrom " in text


def test_code_is_highlighted_at_build_time(site: Path) -> None:
    page = (site / function_page("heroku", "list_dynos")).read_text("utf-8")
    lua = re.search(r'<code class="language-lua highlight">(.*?)</code>', page, re.DOTALL)
    python = re.search(r'<code class="language-python highlight">(.*?)</code>', page, re.DOTALL)
    assert lua and '<span class="kd">local</span>' in lua.group(1)
    assert python and '<span class="kn">from</span>' in python.group(1)
    provider = (site / provider_page("heroku")).read_text("utf-8")
    toml = re.search(r'<code class="language-toml highlight">(.*?)</code>', provider, re.DOTALL)
    assert toml and '<span class="k">[heroku.default]</span>' in toml.group(1)


def test_hostile_llms_links_resolve(hostile_site: Path) -> None:
    text = (hostile_site / "llms.txt").read_text("utf-8")
    targets = LINK.findall(text)
    assert targets and all((hostile_site / target).is_file() for target in targets)
    assert all(page.with_suffix(".md").is_file() for page in html_pages(hostile_site))
