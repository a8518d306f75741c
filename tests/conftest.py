"""Shared fixtures: the bundled catalog and a mock provider server clients can be pointed at.

- `catalog`: every `specs/*.yaml`, loaded once per session.
- `mock_server`: one `MockServer.multi(catalog)` per session; each provider is
  served below `/<provider-id>` (`mock_server.url_for("fly-io")`).
- `reset`: clears the mock's injections and request log before and after a test.
- a session-wide private `TOOLGEN_CACHE_DIR`, so tests never touch ~/.cache.
- `credentials_file`: a TOML credentials file whose accounts point at the mock,
  exported as `TOOLGEN_CREDENTIALS`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from generator.naming import env_var
from generator.spec.model import Catalog, Provider

if TYPE_CHECKING:
    from generator.hosts.mock import MockServer

ROOT = Path(__file__).resolve().parent.parent
TEST_TOKEN = "test-token"
PRODUCTION_TOKEN = "prod-token"


@pytest.fixture(scope="session", autouse=True)
def _private_generation_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep the incremental-generation cache (and CLI subprocesses') out of ~/.cache."""
    cache = tmp_path_factory.mktemp("toolgen-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TOOLGEN_CACHE_DIR", str(cache))
        yield


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    from generator.spec import load_catalog, spec_paths

    loaded, diagnostics = load_catalog(spec_paths(ROOT), ROOT)
    if loaded is None:
        pytest.fail("the bundled specs do not load:\n" + "\n".join(map(str, diagnostics)))
    return loaded


@pytest.fixture(scope="session")
def mock_server(catalog: Catalog) -> Iterator[MockServer]:
    from generator.hosts.mock import MockServer

    with MockServer.multi(catalog) as server:
        yield server


@pytest.fixture
def reset(mock_server: MockServer) -> Iterator[MockServer]:
    mock_server.reset()
    yield mock_server
    mock_server.reset()


@pytest.fixture
def credentials_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, catalog: Catalog, mock_server: MockServer
) -> Path:
    """`[<id>.default]` (token `test-token`) and `[<id>.production]` (`prod-token`) per provider."""
    tables = []
    for provider in catalog.providers:
        url = mock_server.url_for(provider.id)
        tables.append(_account(provider, "default", TEST_TOKEN, url))
        tables.append(_account(provider, "production", PRODUCTION_TOKEN, url))
        for credential in provider.credentials:
            monkeypatch.delenv(
                credential.env or env_var(provider.id, credential.name), raising=False
            )
    path = tmp_path / "credentials.toml"
    path.write_text("\n".join(tables), encoding="utf-8")
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(path))
    return path


def _account(provider: Provider, account: str, token: str, base_url: str) -> str:
    """One TOML table; credentials with a default keep it in the default account."""
    auth = provider.api.auth
    values = {"base_url": base_url}
    for credential in provider.credentials:
        if credential.name == auth.credential:
            values[credential.name] = token
        elif credential.name == auth.password_credential:
            values[credential.name] = f"{token}-password"
        elif account != "default" or credential.default is None:
            values[credential.name] = f"{account}-{credential.name.replace('_', '-')}"
    lines = [f"[{provider.id}.{account}]"]
    lines += [f"{name} = {json.dumps(value)}" for name, value in values.items()]
    return "\n".join(lines) + "\n"
