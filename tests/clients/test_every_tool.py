"""Every tool of every bundled provider, sync and async, against the mock provider server."""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from generator.hosts.mock import MockServer
from generator.hosts.mock.synth import synthesize
from generator.hosts.registry import Registry, ToolEntry
from generator.runtime.model import Model
from generator.runtime.pages import AsyncPage, SyncPage
from generator.spec.model import Catalog, Param, Provider

# buildkite.api_delete has no mock route to hit; test_hooks.py checks what it sends.
ENTRIES = [e for e in Registry.load().tools() if e.full_name != "buildkite.api_delete"]
# Buildkite's raw API tools need a path the mock serves.
RAW_PATHS: dict[str, dict[str, Any]] = {
    "api_get": {"path": "/user"},
    "api_post": {"path": "/organizations/acme/pipelines/web/archive"},
    "api_put": {"path": "organizations/acme/pipelines/web/builds/1/cancel"},
    "api_patch": {"path": "/organizations/acme/pipelines/web", "payload": {"description": "x"}},
}

PYTHON_TYPES: dict[str, type | tuple[type, ...]] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
}


def sample(provider: Provider, param: Param) -> Any:
    if param.enum:
        return [param.enum[0]] if param.type.is_list else param.enum[0]
    if param.minimum is not None:
        return max(int(param.minimum), 1)
    return synthesize(provider, param.type, label=param.name)


def arguments(provider: Provider, entry: ToolEntry) -> dict[str, Any]:
    if provider.id == "buildkite" and entry.name in RAW_PATHS:
        return dict(RAW_PATHS[entry.name])
    tool = provider.tool(entry.name)
    assert tool is not None
    needed = {p.name for p in entry.params if p.required}
    return {p.name: sample(provider, p) for p in tool.params if p.name in needed}


def assert_typed(value: Any, returns: str, models: Any) -> None:
    if not returns:
        assert value is None
    elif returns.endswith("[]"):
        assert isinstance(value, list)
        for item in value:
            assert_typed(item, returns[:-2], models)
    elif returns in PYTHON_TYPES:
        assert isinstance(value, PYTHON_TYPES[returns])
    elif returns != "any":
        assert isinstance(value, getattr(models, returns)) and isinstance(value, Model)


def paginated(entry: ToolEntry) -> bool:
    tools = importlib.import_module(f"generated.clients.{entry.namespace}.tools")
    return tools.TOOLS[entry.name].paging is not None


def _client(entry: ToolEntry, is_async: bool) -> tuple[Any, Any, str]:
    package = importlib.import_module(f"generated.clients.{entry.namespace}")
    tools = importlib.import_module(f"generated.clients.{entry.namespace}.tools")
    provider = tools.PROVIDER
    cls = getattr(package, provider.async_class_name if is_async else provider.class_name)
    models = importlib.import_module(f"generated.clients.{entry.namespace}.models")
    return cls.from_account("default"), models, tools.TOOLS[entry.name].returns


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.full_name for e in ENTRIES])
def test_sync_method_returns_typed_result(
    entry: ToolEntry, catalog: Catalog, reset: MockServer, credentials_file: Path
) -> None:
    provider = catalog.provider(entry.provider_id)
    assert provider is not None
    client, models, returns = _client(entry, is_async=False)
    with client:
        result = getattr(client, entry.name)(**arguments(provider, entry))
        if paginated(entry):
            assert isinstance(result, SyncPage)
            assert_typed(list(result), returns, models)
            result = result.items
    assert_typed(result, returns, models)
    assert reset.requests(), "the call reached the mock server"


@pytest.mark.parametrize("entry", ENTRIES, ids=[e.full_name for e in ENTRIES])
async def test_async_method_returns_typed_result(
    entry: ToolEntry, catalog: Catalog, reset: MockServer, credentials_file: Path
) -> None:
    provider = catalog.provider(entry.provider_id)
    assert provider is not None
    client, models, returns = _client(entry, is_async=True)
    async with client:
        result = await getattr(client, entry.name)(**arguments(provider, entry))
        if paginated(entry):
            assert isinstance(result, AsyncPage)
            assert_typed([item async for item in result], returns, models)
            result = result.items
    assert_typed(result, returns, models)
