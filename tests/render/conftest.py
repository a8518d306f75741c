"""Fixture providers for the renderer tests: `demo` (golden files) and `hostile` (escaping)."""

from __future__ import annotations

import pytest

from generator.spec.model import Provider

from .specs import GOLDEN, HOSTILE, load_fixture


@pytest.fixture(scope="session")
def demo() -> Provider:
    return load_fixture(GOLDEN, "demo-co")


@pytest.fixture(scope="session")
def hostile() -> Provider:
    return load_fixture(HOSTILE, "hostile")
