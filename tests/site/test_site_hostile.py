"""A spec full of hostile strings builds a site with no injected markup and its text intact."""

from __future__ import annotations

from pathlib import Path

from site_pages import Page, parse

from generator.render.site import INDEX_PAGE, provider_page
from generator.spec.model import Catalog, Provider

OUR_SCRIPTS = {"pagefind/pagefind-ui.js", "assets/site.js"}
FOREIGN_TAGS = {"img", "iframe", "object", "embed", "svg", "math", "style", "form", "base", "b"}


def hostile(catalog: Catalog) -> Provider:
    provider = catalog.provider("hostile")
    assert provider is not None
    return provider


def pages(site: Path) -> dict[str, Page]:
    return {
        path.relative_to(site).as_posix(): parse(path)
        for path in site.glob("**/*.html")
        if "pagefind" not in path.parts
    }


def test_no_injected_elements_or_handlers(hostile_site: Path) -> None:
    for name, page in pages(hostile_site).items():
        scripts = page.all("script")
        assert all(not s.text.strip() for s in scripts), name
        assert {str(s.attrs.get("src")).replace("../", "") for s in scripts} == OUR_SCRIPTS
        assert not [e.tag for e in page.elements if e.tag in FOREIGN_TAGS], name
        handlers = [(e.tag, a) for e in page.elements for a in e.attrs if a.startswith("on")]
        assert not handlers, name
        hrefs = [link.lower() for link in page.links()]
        assert not [h for h in hrefs if h.startswith(("javascript:", "data:text"))], name


def test_hostile_text_reads_back_intact(hostile_site: Path, hostile_catalog: Catalog) -> None:
    provider = hostile(hostile_catalog)
    page = parse(hostile_site / provider_page(provider.id))
    assert page.all("h1")[0].text == provider.name
    assert page.all("title")[0].text.startswith(provider.name)
    chips = [e.text for e in page.all("span") if e.attrs.get("class") == "chip"]
    assert chips == [provider.category]
    text = page.text
    assert "<script>alert(1)</script> — ünïcødé ✓ 日本語" in text
    assert "<img src=x onerror=alert(1)>" in text
    # Examples and enum values live on the function pages.
    code_blocks = [e.text for other in pages(hostile_site).values() for e in other.all("code")]
    for tool in provider.tools:
        if tool.example is not None:
            assert tool.example.code in code_blocks
    get_thing = provider.tool("get_thing")
    assert get_thing is not None
    for value in get_thing.params[1].enum:
        assert value in code_blocks


def test_hostile_index_card(hostile_site: Path, hostile_catalog: Catalog) -> None:
    provider = hostile(hostile_catalog)
    page = parse(hostile_site / INDEX_PAGE)
    link = next(e for e in page.all("a") if e.attrs.get("href") == provider_page(provider.id))
    assert link.text == provider.name
    card = next(e for e in page.all("li") if e.attrs.get("class") == "provider-card")
    assert str(card.attrs["data-filter"]).startswith(f"{provider.id} {provider.name.lower()}")
