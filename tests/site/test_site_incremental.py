"""`toolgen docs build` is incremental and its output equals a build from nothing, byte for byte.

Each test builds a site from a project (the bundled specs), changes one thing
(a spec, a template, a removed spec), builds again into the same directory,
and compares that with a build into an empty directory from a fresh cache.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.output import cache as output_cache
from generator.render import env as render_env
from generator.render import site as render_site
from generator.render.site import function_page, provider_page

ROOT = Path(__file__).resolve().parents[2]


def digests(site: Path) -> dict[str, str]:
    return {
        path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    shutil.copy(ROOT / "pyproject.toml", root)
    for spec in sorted((ROOT / "specs").glob("*.yaml")):
        shutil.copy(spec, root / "specs")
    monkeypatch.setenv("TOOLGEN_CACHE_DIR", str(tmp_path / "cache"))
    return root


def build(project: Path, out: Path) -> str:
    result = CliRunner().invoke(app, ["docs", "build", "--root", str(project), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return result.output


def full_build(project: Path, out: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """A build into an empty directory with an empty cache: the reference."""
    monkeypatch.setenv("TOOLGEN_CACHE_DIR", str(out.parent / f"{out.name}-cache"))
    build(project, out)
    return digests(out)


def changed(before: dict[str, str], after: dict[str, str]) -> set[str]:
    return {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}


def test_after_a_spec_edit_only_that_provider_and_the_index_change(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    build(project, site)
    before = digests(site)
    assert "0 file(s) changed, search index unchanged" in build(project, site)  # a no-op
    spec = project / "specs" / "heroku.yaml"
    text = spec.read_text("utf-8")
    text, count = re.subn(r"(?m)^(    summary: ).*$", r"\1Edited by the test.", text, count=1)
    assert count == 1
    spec.write_text(text, "utf-8")
    build(project, site)
    after = digests(site)
    pages = {p for p in changed(before, after) if p.endswith(".html")}
    assert pages and all(p.startswith("providers/heroku") or p == "index.html" for p in pages)
    search = {p for p in changed(before, after) if p.startswith("pagefind/")}
    assert search and len({p.split("/")[1] for p in search} - {"shards.json"}) == 1  # one shard
    assert after == full_build(project, tmp_path / "full", monkeypatch)


def test_after_a_template_edit_the_site_equals_a_full_build(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(render_env.TEMPLATES, templates)
    for module in (render_env, output_cache):
        monkeypatch.setattr(module, "TEMPLATES", templates)
    monkeypatch.setattr(render_site, "STATIC", templates / "site" / "static")
    site = tmp_path / "site"
    build(project, site)
    before = digests(site)
    function = templates / "site" / "function.html.j2"
    text = function.read_text("utf-8").replace(
        '<h2 id="names">Names</h2>', '<h2 id="names">Names of this function</h2>'
    )
    function.write_text(text, "utf-8")
    build(project, site)
    after = digests(site)
    edited = changed(before, after)
    assert function_page("heroku", "list_dynos") in edited
    assert provider_page("heroku") not in edited  # its template did not change
    assert "Names of this function" in (site / function_page("fly-io", "get_app")).read_text()
    assert after == full_build(project, tmp_path / "full", monkeypatch)


def test_after_a_provider_is_removed_its_pages_and_index_entries_go(
    project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = tmp_path / "site"
    build(project, site)
    (project / "specs" / "render.yaml").unlink()
    build(project, site)
    assert not (site / provider_page("render")).exists()
    assert not (site / "providers" / "render").exists()
    assert "providers/render.html" not in (site / "index.html").read_text("utf-8")
    assert digests(site) == full_build(project, tmp_path / "full", monkeypatch)


def test_a_page_edited_by_hand_is_rewritten(project: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    build(project, site)
    page = site / provider_page("fly-io")
    original = page.read_bytes()
    page.write_text("defaced", "utf-8")
    build(project, site)
    assert page.read_bytes() == original
