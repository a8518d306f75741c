"""`generator.search`: records written by the renderer, filters, exact names, lazy build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.hosts.registry import Registry
from generator.search import SearchError, SearchIndex, default_search_dir
from generator.search.terms import fts_query


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    return SearchIndex.load(default_search_dir())


def test_records_cover_every_registry_tool(index: SearchIndex) -> None:
    registry = Registry.load()
    hits = {h.full_name: h for p in registry.provider_ids() for h in index.search(p, limit=500)}
    for entry in registry.tools():
        hit = hits.get(entry.full_name) or index.search(entry.full_name, limit=1)[0]
        assert (hit.full_name, hit.lua_path, hit.mcp_name, hit.access) == (
            entry.full_name, entry.lua_path, entry.mcp_name, entry.access,
        )  # fmt: skip
        assert hit.params == tuple(p.name for p in entry.params)


def test_exact_name_ranks_first(index: SearchIndex) -> None:
    for name in ("fly-io.list_apps", "heroku__list_dynos", "app.integrations.render2.get_deploy"):
        assert name in {(h := index.search(name)[0]).full_name, h.mcp_name, h.lua_path}


def test_filters_by_provider_glob_and_access(index: SearchIndex) -> None:
    hits = index.search("delete remove app machine", provider="fly-*", access="destructive")
    assert hits and all(h.provider == "fly-io" and h.access == "destructive" for h in hits)
    assert index.search("list apps", provider="heroku")[0].full_name == "heroku.list_apps"
    assert index.search("list apps", provider="nothing-*") == []
    with pytest.raises(SearchError, match="access must be one of"):
        index.search("apps", access="admin")


def test_ranked_best_first_and_limited(index: SearchIndex) -> None:
    hits = index.search("restart a machine", limit=3)
    assert len(hits) == 3 and hits[0].full_name == "fly-io.restart_machine"
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.score > 0 for h in hits)


def test_query_syntax_is_never_fts_syntax(index: SearchIndex) -> None:
    for query in ('"unbalanced', "NEAR(apps", "apps AND OR", "*", "", "-- ; DROP TABLE tools"):
        index.search(query)  # no sqlite error
    assert fts_query("listApps") == fts_query("list_apps") == fts_query("list-apps")
    assert '"enumerate"' in fts_query("list") and fts_query("the") == '("the")'


def test_load_is_lazy_and_bad_files_fail_on_first_search(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text('{"tools": [', encoding="utf-8")
    index = SearchIndex.load(tmp_path)  # only lists files
    with pytest.raises(SearchError, match="broken.json: unreadable search records"):
        index.search("apps")
    with pytest.raises(SearchError, match="no search records here"):
        SearchIndex.load(tmp_path / "missing")


def test_generated_records_are_compact_json() -> None:
    text = (default_search_dir() / "fly-io.json").read_text(encoding="utf-8")
    document = json.loads(text)
    assert "\n" not in text.rstrip("\n") and document["provider"] == "fly-io"
    assert {"full_name", "lua_path", "mcp_name", "access", "summary", "params"} <= set(
        document["tools"][0]
    )


def test_resolve_names_and_aliases(index: SearchIndex) -> None:
    names = {
        "fly-io.list_apps": "fly-io.list_apps",
        "fly_io__list_apps": "fly-io.list_apps",
        "fly_io.list_apps": "fly-io.list_apps",
        "app.integrations.render2.get_deploy": "render.get_deploy",
        "heroku.list_addons": "heroku.list_add_ons",  # an alias, provider-qualified
    }
    for name, full_name in names.items():
        hit = index.resolve(name)
        assert hit is not None and hit.full_name == full_name
    assert index.resolve("fly-io.list_apz") is None
