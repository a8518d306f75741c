"""`toolgen docs build` on the bundled specs: pages, anchors, links, determinism, errors."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

from site_pages import is_internal, parse
from typer.testing import CliRunner

from generator import naming
from generator.cli import app
from generator.render.common import AUTH_LABELS, access_counts
from generator.render.site import INDEX_PAGE, function_page, provider_page
from generator.render.site_build import build_site
from generator.spec.model import Catalog

ROOT = Path(__file__).resolve().parents[2]


def digests(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def test_every_provider_has_a_page_with_every_function_anchor(site: Path, catalog: Catalog) -> None:
    for provider in catalog.providers:
        page = parse(site / provider_page(provider.id))
        assert page.all("h1")[0].text == provider.name
        missing = {naming.anchor(t.name) for t in provider.tools} - page.ids
        assert not missing, f"{provider.id}: no anchor for {sorted(missing)}"
        links = set(page.links())
        for tool in provider.tools:  # each row links to the function's own page
            assert f"{provider.id}/{tool.name}.html" in links
            assert (site / function_page(provider.id, tool.name)).is_file()
        assert "MCP input schema" not in page.text  # schemas live on the function pages


def test_provider_page_sections_come_in_the_seed_order(site: Path) -> None:
    page = parse(site / provider_page("fly-io"))
    headings = [e.attrs.get("id") for e in page.all("h2")]
    assert headings == [
        "credentials",
        "lua-namespace",
        "cli",
        "mcp",
        "agent-docs",
        "functions",
        "changelog",
    ]
    code = [e.text for e in page.all("code")]
    assert any(c.startswith("toolgen lua --eval ") for c in code)
    assert any("app.integrations.fly_io" in c and "\n" in c for c in code)  # workflow file
    assert "toolgen mcp serve --provider fly-io" in code
    assert "generated/lua/fly-io.md" in code  # where the agent-facing docs are


def test_function_pages_show_names_badges_and_examples(site: Path, catalog: Catalog) -> None:
    provider = catalog.provider("fly-io")
    assert provider is not None
    badges = set()
    for tool in provider.tools:
        page = parse(site / function_page(provider.id, tool.name))
        text = page.text
        assert page.all("h1")[0].text.startswith(tool.name)
        assert naming.lua_path(provider.namespace, tool.name) in text
        assert naming.full_name(provider.id, tool.name) in text
        assert naming.mcp_name(provider.namespace, tool.name) in text
        assert all(alias in text for alias in tool.aliases)
        assert all(param.name in text for param in tool.params)
        assert "Lua example" in text and "Python example" in text and "Response" in text
        assert tool.example is None or " ".join(tool.example.code.split()) in " ".join(text.split())
        python = [e.text for e in page.all("code") if "language-python" in str(e.attrs)]
        assert python and python[0].startswith("from generated.clients.fly_io import FlyIo")
        assert f"client.{tool.name}(" in python[0]
        required = [p.name for p in tool.params if p.required and not p.credential]
        assert all(f"{name}=" in python[0] for name in required)
        compile(python[0], f"{tool.name}.py", "exec")  # the example is valid Python
        assert "MCP input schema" in text
        badges |= {e.text for e in page.all("span") if "badge" in str(e.attrs.get("class"))}
        assert "KosmoKrator" not in text and "kosmo" not in text.lower()
    assert {"Read", "Write", "Destructive"} <= badges


def test_index_lists_every_provider_with_counts(site: Path, catalog: Catalog) -> None:
    page = parse(site / INDEX_PAGE)
    cards = [e for e in page.all("li") if e.attrs.get("class") == "provider-card"]
    assert len(cards) == len(catalog.providers)
    for provider, card in zip(catalog.providers, cards, strict=True):
        text = " ".join(card.text.split())
        assert provider.name in text and provider.category in text
        assert AUTH_LABELS[provider.api.auth.kind] in text
        counts = access_counts(provider)
        assert (
            f"{len(provider.tools)} functions: {counts['read']} read, {counts['write']} write"
            in text
        )
    assert {"provider-filter", "category-filter", "auth-filter"} <= page.ids
    options = [" ".join(e.text.split()) for e in page.all("option")]
    for category in {p.category for p in catalog.providers}:
        count = sum(p.category == category for p in catalog.providers)
        assert f"{category} ({count})" in options


def test_every_internal_link_resolves(site: Path) -> None:
    pages = {path: parse(path) for path in site.rglob("*.html")}
    broken = []
    for path, page in pages.items():
        for link in filter(is_internal, page.links()):
            parts = urlsplit(link)
            target = path if not parts.path else (path.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{path.name}: {link}")
            elif parts.fragment and parts.fragment not in pages[target].ids:
                broken.append(f"{path.name}: {link} (no such anchor)")
    assert not broken
    assert (site / "pagefind" / "pagefind-ui.js").is_file()
    assert list((site / "pagefind").glob("*/pagefind-entry.json"))


def test_no_resource_comes_from_another_host(site: Path) -> None:
    for path in site.rglob("*.html"):
        page = parse(path)
        loaded = [e.attrs.get("src") for e in page.all("script") + page.all("img")]
        loaded += [e.attrs.get("href") for e in page.all("link") if e.attrs.get("rel") != "icon"]
        assert all(is_internal(str(url)) for url in loaded if url), path
    for path in site.rglob("*.css"):
        css = path.read_text("utf-8")
        assert "@import" not in css and not re.search(r"url\(\s*['\"]?(https?:)?//", css), path


def test_two_builds_are_byte_identical(site: Path, catalog: Catalog, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build_site(catalog, again)
    assert digests(again) == digests(site)


def test_cli_builds_one_provider(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = CliRunner().invoke(
        app, ["docs", "build", "--root", str(ROOT), "--out", str(out), "-p", "heroku"]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (out / "providers").iterdir()) == [
        "heroku",
        "heroku.html",
        "heroku.md",
    ]
    assert any((out / "pagefind").glob("*/pagefind-entry.json"))


def test_cli_refuses_a_directory_it_did_not_build(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", "utf-8")
    result = CliRunner().invoke(app, ["docs", "build", "--root", str(ROOT), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "not built by `toolgen docs build`" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_cli_reports_spec_errors_and_writes_nothing(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    (project / "specs" / "broken.yaml").write_text("provider: {id: broken\n", "utf-8")
    out = tmp_path / "site"
    result = CliRunner().invoke(app, ["docs", "build", "--root", str(project), "--out", str(out)])
    assert result.exit_code == 1
    assert "specs/broken.yaml:" in result.output
    assert not out.exists()


def test_provider_pages_show_version_and_changelog(site: Path, catalog: Catalog) -> None:
    for provider in catalog.providers:
        page = (site / "providers" / f"{provider.id}.html").read_text(encoding="utf-8")
        changelog = page[page.index('<h2 id="changelog">') :]
        assert [release.version for release in provider.changelog] == re.findall(
            r'<h3 id="v([0-9.]+)">', changelog
        )
        if provider.version:
            assert f"<dd><code>{provider.version}</code></dd>" in page
