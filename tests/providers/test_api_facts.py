"""Facts of the real APIs (../shared/upstream/NOTES.md) that `toolgen verify` does not compare:
headers, pagination, status codes, methods, and what the clients put on the wire."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry
from generator.spec.model import Catalog, Provider, Tool

BUILD = "/organizations/{organization}/pipelines/{pipeline}/builds/{number}"
PIPELINE = "/organizations/{organization}/pipelines/{pipeline}"
# (provider, tool) -> (method, path, success statuses)
HTTP = {
    ("heroku", "list_add_ons"): ("GET", "/apps/{app_id_or_name}/addons", ()),
    ("heroku", "get_current_user"): ("GET", "/account", ()),
    ("render", "get_deploy"): ("GET", "/services/{serviceId}/deploys/{deployId}", ()),
    ("render", "create_service"): ("POST", "/services", (201,)),
    ("render", "get_current_user"): ("GET", "/users", ()),
    ("buildkite", "update_pipeline"): ("PATCH", PIPELINE, ()),
    ("buildkite", "archive_pipeline"): ("POST", PIPELINE + "/archive", ()),
    ("buildkite", "unarchive_pipeline"): ("POST", PIPELINE + "/unarchive", ()),
    ("buildkite", "create_build"): ("POST", PIPELINE + "/builds", (201,)),
    ("buildkite", "cancel_build"): ("PUT", BUILD + "/cancel", ()),
    ("buildkite", "rebuild_build"): ("PUT", BUILD + "/rebuild", ()),
    ("buildkite", "retry_failed_jobs"): ("PUT", BUILD + "/retry_failed_jobs", (202,)),
}


def tool_of(catalog: Catalog, provider_id: str, name: str) -> tuple[Provider, Tool]:
    provider = catalog.provider(provider_id)
    assert provider is not None
    tool = provider.tool(name)
    assert tool is not None
    return provider, tool


def list_tools(provider: Provider) -> list[Tool]:
    return [t for t in provider.tools if t.returns.type is not None and t.returns.type.is_list]


@pytest.mark.parametrize(("key", "expected"), HTTP.items(), ids=lambda v: str(v))
def test_method_path_and_status(
    catalog: Catalog, key: tuple[str, str], expected: tuple[str, str, tuple[int, ...]]
) -> None:
    _, tool = tool_of(catalog, *key)
    assert tool.http is not None
    assert (tool.http.method, tool.http.path, tool.http.success) == expected


def test_heroku_sends_version_3_and_pages_lists_by_range(catalog: Catalog) -> None:
    provider = catalog.provider("heroku")
    assert provider is not None
    assert dict(provider.api.headers)["Accept"] == "application/vnd.heroku+json; version=3"
    lists = list_tools(provider)
    assert len(lists) == 5
    assert {(t.pagination.style, t.pagination.max_page_size) for t in lists} == {("range", 1000)}


def test_render_lists_page_by_cursor_wrappers_of_at_most_100(catalog: Catalog) -> None:
    provider = catalog.provider("render")
    assert provider is not None
    wrappers = {t.name: (t.pagination.style, t.pagination.item_key) for t in list_tools(provider)}
    assert wrappers == {
        "list_services": ("cursor", "service"),
        "list_deploys": ("cursor", "deploy"),
        "list_jobs": ("cursor", "job"),
    }
    for tool in list_tools(provider):
        limit = tool.param("limit")
        assert limit is not None and limit.maximum == 100 and tool.param("cursor") is not None


def test_buildkite_lists_page_by_link_with_at_most_100(catalog: Catalog) -> None:
    provider = catalog.provider("buildkite")
    assert provider is not None
    lists = list_tools(provider)
    assert {t.name for t in lists} == {"list_organizations", "list_pipelines", "list_builds"}
    for tool in lists:
        per_page = tool.param("per_page")
        assert tool.pagination.style == "link" and tool.param("page") is not None
        assert per_page is not None and per_page.maximum == 100


def test_buildkite_build_paths_take_the_number(catalog: Catalog) -> None:
    provider = catalog.provider("buildkite")
    assert provider is not None
    for tool in provider.tools:
        if tool.http is not None and "{number}" in tool.http.path:
            number = tool.param("number")
            assert number is not None and str(number.type) == "integer", tool.name


def test_retry_failed_jobs_states_is_one_string(catalog: Catalog) -> None:
    provider, tool = tool_of(catalog, "buildkite", "retry_failed_jobs")
    payload = tool.param("payload")
    assert payload is not None and not payload.required
    body = provider.type(str(payload.type))
    assert body is not None
    assert [(f.name, str(f.type), f.required) for f in body.fields] == [("states", "string", False)]


@pytest.fixture
def registry(reset: MockServer, credentials_file: Path) -> Iterator[Registry]:
    loaded = Registry.load(["heroku", "render", "buildkite"])
    yield loaded
    loaded.close()


def test_heroku_wire_accept_header_and_next_range(registry: Registry, reset: MockServer) -> None:
    apps = registry.call("heroku.list_apps", {})
    requests = reset.requests()
    assert apps and len(requests) > 1, "the mock answers 206 with Next-Range while more remain"
    assert all(r["headers"]["accept"] == "application/vnd.heroku+json; version=3" for r in requests)
    assert "range" not in requests[0]["headers"]
    assert all(r["headers"]["range"].startswith("id ]") for r in requests[1:])


def test_render_owner_id_comes_from_the_account(registry: Registry, reset: MockServer) -> None:
    arguments = {"type": "web_service", "name": "api", "runtime": "node"}
    created = registry.call("render.create_service", arguments, force=True)
    assert created["deployId"]  # the registry answers with wire keys
    [request] = reset.requests()
    assert request["json"]["ownerId"] == "default-owner-id"
    assert request["json"]["serviceDetails"] == {"runtime": "node"}


def test_retry_failed_jobs_puts_a_comma_separated_string(
    registry: Registry, reset: MockServer
) -> None:
    arguments = {
        "organization": "acme-inc",
        "pipeline": "deploy",
        "number": 42,
        "payload": {"states": "failed,soft_failed"},
    }
    build = registry.call("buildkite.retry_failed_jobs", arguments, force=True)
    assert build["number"]
    [request] = reset.requests()
    assert request["method"] == "PUT"
    assert request["path"].endswith(
        "/organizations/acme-inc/pipelines/deploy/builds/42/retry_failed_jobs"
    )
    assert request["json"] == {"states": "failed,soft_failed"}
