"""The registry: published names, argument checks, write protection, calls."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import naming
from generator.hosts.mock import MockServer
from generator.hosts.registry import ArgumentError, Registry, UnknownTool, WriteRefused
from generator.runtime.errors import NotFoundError
from generator.spec.model import Catalog


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def test_every_published_name_resolves(registry: Registry, catalog: Catalog) -> None:
    assert registry.provider_ids() == [p.id for p in catalog.providers]
    for provider in catalog.providers:
        for tool in provider.tools:
            full = naming.full_name(provider.id, tool.name)
            names = [
                full,
                naming.mcp_name(provider.namespace, tool.name),
                naming.lua_path(provider.namespace, tool.name),
                naming.lua_index_path(provider.id, tool.name),
                f"{provider.namespace}.{tool.name}",
                *tool.aliases,
            ]
            for name in names:
                assert registry.resolve(name).full_name == full, name


def test_unknown_and_ambiguous_names(registry: Registry) -> None:
    with pytest.raises(UnknownTool, match="did you mean.*fly-io.list_apps"):
        registry.resolve("fly-io.list_aps")
    with pytest.raises(UnknownTool, match="ambiguous"):
        registry.resolve("list_apps")  # Fly.io and Heroku both have one


def test_normalize_accepts_camel_case_and_checks(registry: Registry) -> None:
    entry = registry.resolve("fly-io.wait_for_machine")
    assert registry.normalize(
        entry, {"appName": "web", "machine_id": "m1", "timeoutSeconds": 30.0}
    ) == {
        "app_name": "web",
        "machine_id": "m1",
        "timeout_seconds": 30,
    }


@pytest.mark.parametrize(
    ("arguments", "param", "problem"),
    [
        ({"appName": "web", "machineId": "m", "bogus": 1}, "bogus", "unknown parameter"),
        ({"appName": "web"}, "machine_id", "missing required parameter"),
        ({"appName": 3, "machineId": "m"}, "app_name", "must be a string, got int"),
        (
            {"appName": "w", "machineId": "m", "timeoutSeconds": True},
            "timeout_seconds",
            "must be an integer",
        ),
        (
            {"appName": "w", "machineId": "m", "timeoutSeconds": 1.5},
            "timeout_seconds",
            "must be an integer",
        ),
    ],
)
def test_bad_arguments_name_the_tool_and_parameter(
    registry: Registry, arguments: dict[str, object], param: str, problem: str
) -> None:
    with pytest.raises(ArgumentError, match=problem) as caught:
        registry.normalize(registry.resolve("fly_io__wait_for_machine"), arguments)
    assert caught.value.param == param and "fly-io.wait_for_machine" in str(caught.value)


def test_enum_values_are_checked(registry: Registry) -> None:
    entry = registry.resolve("fly-io.stop_machine")
    with pytest.raises(ArgumentError, match="must be one of"):
        registry.normalize(entry, {"app_name": "w", "machine_id": "m", "signal": "SIGNOPE"})


def test_write_tools_need_force(
    registry: Registry, reset: MockServer, credentials_file: Path
) -> None:
    with pytest.raises(WriteRefused, match="force") as caught:
        registry.call("fly-io.create_app", {"app_name": "web"})
    assert caught.value.tool == "fly-io.create_app" and reset.requests() == []
    assert registry.call("fly-io.create_app", {"appName": "web"}, force=True) is None
    assert reset.requests()[0]["json"]["org_slug"] == "personal"  # the credential's default


def test_call_returns_json_and_uses_the_account(reset: MockServer, credentials_file: Path) -> None:
    registry = Registry.load(["fly-io"])
    try:
        apps = registry.call("flyListApps", {})
        assert isinstance(apps, list) and isinstance(apps[0]["name"], str)
        registry.call("fly-io.list_apps", {}, account="production")
        orgs = [r["query"]["org_slug"] for r in reset.requests()]
        assert orgs == [["personal"], ["production-org-slug"]]  # from each account's table
    finally:
        registry.close()


async def test_acall_walks_every_page(reset: MockServer, credentials_file: Path) -> None:
    registry = Registry.load(["render", "buildkite"])
    try:
        services = await registry.acall("render.list_services", {"limit": 2})
        every = await registry.acall("buildkite.list_organizations", {"per_page": 2})
        one_page = await registry.acall("buildkite.list_organizations", {"per_page": 2, "page": 1})
    finally:
        await registry.aclose()
    assert len(services) > 2 and all("id" in s for s in services)
    assert len(every) > 2 and len(one_page) == 2


def test_provider_errors_propagate(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(status=404, path="/apps/", body={"error": "app not found"})
    registry = Registry.load(["fly-io"])
    try:
        with pytest.raises(NotFoundError) as caught:
            registry.call("fly-io.get_app", {"app_name": "gone"})
    finally:
        registry.close()
    assert (caught.value.status, caught.value.message) == (404, "app not found")
