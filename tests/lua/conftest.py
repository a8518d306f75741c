"""Fixtures for the Lua host tests.

`stub_registry` stands in for the tool registry where a test is about the
sandbox or the value conversion, not about providers: it records calls and
answers from a fixed table. Provider behaviour is tested against the real
registry and the mock server (`tests/lua/test_examples.py`, `test_cli.py`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pytest
from attrs import define, field, frozen

from generator.hosts.lua import Limits, LuaHost
from generator.runtime.errors import NotFoundError


@frozen
class StubTool:
    provider_id: str
    namespace: str
    name: str
    access: str = "read"
    aliases: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        return f"{self.provider_id}.{self.name}"

    @property
    def mcp_name(self) -> str:
        return f"{self.namespace}__{self.name}"


APPS = [{"name": "alpha", "status": "deployed", "tags": []}, {"name": "beta", "status": None}]


@define
class StubRegistry:
    entries: tuple[StubTool, ...] = (
        StubTool("fly-io", "fly_io", "list_apps", aliases=("flyListApps",)),
        StubTool("fly-io", "fly_io", "get_app"),
        StubTool("fly-io", "fly_io", "echo"),
        StubTool("fly-io", "fly_io", "create_app", access="write"),
        StubTool("fly-io", "fly_io", "delete_app", access="destructive"),
    )
    calls: list[tuple[str, dict[str, Any], str | None]] = field(factory=list)

    def tools(self, provider_id: str | None = None) -> list[StubTool]:
        return [e for e in self.entries if provider_id in (None, e.provider_id)]

    def resolve(self, name: str) -> StubTool:
        for entry in self.entries:
            if name in (entry.full_name, entry.mcp_name, *entry.aliases):
                return entry
        raise LookupError(name)

    def call(
        self,
        name: str,
        arguments: Mapping[str, Any],
        *,
        account: str | None = None,
        force: bool = False,
    ) -> Any:
        self.calls.append((name, dict(arguments), account))
        if name == "fly-io.get_app":
            raise NotFoundError("App not found", status=404)
        if name == "fly-io.echo":
            return {"arguments": dict(arguments), "account": account}
        return APPS if name == "fly-io.list_apps" else {"done": True}


FAST = Limits(timeout=2.0, max_memory=16 * 2**20, max_output=64 * 1024)


@pytest.fixture
def stub_registry() -> StubRegistry:
    return StubRegistry()


@pytest.fixture
def host(stub_registry: StubRegistry) -> LuaHost:
    return LuaHost(stub_registry, limits=FAST)
