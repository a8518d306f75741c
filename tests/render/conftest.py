"""Fixture providers for the renderer tests: `demo` (golden files) and `hostile` (escaping)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec.model import Provider

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden"
HOSTILE = TESTS / "fixtures" / "hostile"


def load_fixture(root: Path, provider_id: str) -> Provider:
    from generator.spec import load_catalog

    catalog, diagnostics = load_catalog([root / "specs" / f"{provider_id}.yaml"], root)
    if catalog is None:
        pytest.fail("fixture spec does not load:\n" + "\n".join(map(str, diagnostics)))
    return catalog.providers[0]


@pytest.fixture(scope="session")
def demo() -> Provider:
    return load_fixture(GOLDEN, "demo-co")


@pytest.fixture(scope="session")
def hostile() -> Provider:
    return load_fixture(HOSTILE, "hostile")
