"""`rendered_clients`: the client surface of the bundled and hostile specs in a temporary tree."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render import clients
from generator.spec import load_provider
from generator.spec.model import Catalog, Provider

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests/fixtures/hostile/specs/hostile.yaml"  # quotes, backslashes, markup


@pytest.fixture(scope="session")
def hostile_provider() -> Provider:
    provider, diagnostics = load_provider(HOSTILE, ROOT)
    assert provider is not None, diagnostics
    return provider


@pytest.fixture(scope="session")
def rendered_clients(
    catalog: Catalog, hostile_provider: Provider, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """`<tmp>/generated`, holding `clients/<namespace>/` of every bundled spec and `hostile`."""
    providers = Catalog([*catalog.providers, hostile_provider]).providers
    root = tmp_path_factory.mktemp("rendered")
    files = clients.render_catalog(Catalog(providers))
    for provider in providers:
        files.update(clients.render_provider(provider))
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root / "generated"
