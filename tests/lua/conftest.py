"""Fixtures for the Lua host tests: the real registry of the generated Fly.io client.

Tests that call tools also take `credentials_file` and `reset` (tests/conftest.py),
so calls reach the loopback mock server and its request log shows what was sent.
"""

from __future__ import annotations

import pytest

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.registry import Registry

FAST = Limits(timeout=5.0, max_memory=16 * 2**20, max_output=64 * 1024)


@pytest.fixture
def fly_registry() -> Registry:
    return Registry.load(["fly-io"])


@pytest.fixture
def host(fly_registry: Registry) -> LuaHost:
    return LuaHost(fly_registry, limits=FAST)
