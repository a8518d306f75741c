"""OAuth 2.0 auth against the mock's token endpoint: client credentials, refresh tokens,
tokens cached until expiry and renewed once on a 401, sync and async.

The provider is a spec with `auth: {kind: oauth2}`, loaded from YAML like a bundled
one and rendered into a real client package with the same renderer as `generated/`.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.hosts.mock import MockServer
from generator.render.clients import render_provider
from generator.render.openapi_parts import security_scheme
from generator.runtime import oauth
from generator.runtime.errors import AuthenticationError
from generator.spec import load_catalog
from generator.spec.model import Provider

SPEC = """\
provider:
  id: vault-co
  name: Vault Co
  namespace: vault_co
  category: Testing
  description: A provider that wants OAuth 2.0.
  docs_url: https://vault.test/docs
api:
  base_url: https://api.vault.test/v1
  auth:
    kind: oauth2
    token_url: /oauth/token
    scopes: [read, write]
    credential: client_id
    password_credential: client_secret
    refresh_credential: refresh_token
credentials:
  client_id: {description: OAuth client id, env: VAULT_CLIENT_ID}
  client_secret: {description: OAuth client secret, secret: true, env: VAULT_CLIENT_SECRET}
  refresh_token:
    description: A refresh token (optional; without it the client credentials flow is used)
    secret: true
    required: false
    env: VAULT_REFRESH_TOKEN
tools:
  - name: get_vault
    summary: Get one vault.
    access: read
    http: {method: GET, path: "/vaults/{vault_id}"}
    params:
      - {name: vault_id, type: string, in: path, required: true, description: The vault.}
    returns: {type: Vault}
types:
  Vault:
    fields:
      id: {type: string, required: true}
"""


@pytest.fixture(scope="module")
def provider(tmp_path_factory: pytest.TempPathFactory) -> Provider:
    root = tmp_path_factory.mktemp("vault-spec")
    (root / "specs").mkdir()
    path = root / "specs" / "vault-co.yaml"
    path.write_text(SPEC, encoding="utf-8")
    catalog, diagnostics = load_catalog([path], root)
    assert catalog is not None, [str(d) for d in diagnostics]
    return catalog.providers[0]


@pytest.fixture(scope="module")
def package(provider: Provider, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    root = tmp_path_factory.mktemp("vault-client")
    for path, text in render_provider(provider).items():
        target = root / "vault_co" / Path(path).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("vault_co")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == "vault_co" or n.startswith("vault_co.")]:
            del sys.modules[name]


@pytest.fixture
def mock(provider: Provider) -> Iterator[MockServer]:
    with MockServer(provider) as server:
        yield server


def _grants(mock: MockServer) -> list[str]:
    return [r["tool"] for r in mock.requests() if r.get("tool") == "oauth_token"]


def _client(package: ModuleType, mock: MockServer, is_async: bool = False, **extra: Any) -> Any:
    cls = package.AsyncVaultCo if is_async else package.VaultCo
    values = {"client_id": "cid", "client_secret": "csecret", **extra}
    return cls(base_url=mock.url, **values)


def test_the_spec_model_and_exports_carry_oauth2(provider: Provider) -> None:
    auth = provider.api.auth
    assert (auth.kind, auth.token_url, auth.scopes) == ("oauth2", "/oauth/token", ("read", "write"))
    _name, scheme = security_scheme(provider) or ("", {})
    assert scheme["flows"]["clientCredentials"]["scopes"] == {"read": "read", "write": "write"}


def test_client_credentials_token_is_fetched_once_and_cached(
    package: ModuleType, mock: MockServer
) -> None:
    with _client(package, mock) as client:
        assert client.get_vault(vault_id="v1").id
        assert client.get_vault(vault_id="v2").id
    tools = [r.get("tool") for r in mock.requests()]
    assert tools == ["oauth_token", "get_vault", "get_vault"]
    assert mock.requests()[1]["headers"]["authorization"] != "Bearer cid"


def test_a_401_renews_the_token_once_and_resends(package: ModuleType, mock: MockServer) -> None:
    with _client(package, mock) as client:
        client.get_vault(vault_id="v1")
        mock.expire_tokens()
        assert client.get_vault(vault_id="v1").id
    assert [r.get("tool") for r in mock.requests()] == [
        "oauth_token",
        "get_vault",
        "get_vault",  # 401: the token was expired
        "oauth_token",
        "get_vault",
    ]
    assert [r["status"] for r in mock.requests()][2] == 401


def test_an_expiring_token_is_renewed_before_the_call(
    package: ModuleType, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(oauth, "EXPIRY_MARGIN", 3600.0)  # every token counts as about to expire
    with _client(package, mock) as client:
        client.get_vault(vault_id="v1")
        client.get_vault(vault_id="v1")
    assert len(_grants(mock)) == 2 and all(r["status"] == 200 for r in mock.requests())


def test_refresh_token_grant_when_one_is_configured(package: ModuleType, mock: MockServer) -> None:
    with _client(package, mock, refresh_token="rt-1") as client:
        client.get_vault(vault_id="v1")
        flow = client._core.auth
        assert isinstance(flow, oauth.OAuth2Auth)
        assert flow._refresh is not None and flow._refresh.reveal() == "mock-refresh-1"
        assert "rt-1" not in repr(flow) and "csecret" not in repr(flow)


def test_a_refused_token_request_is_an_authentication_error(
    package: ModuleType, mock: MockServer
) -> None:
    mock.inject(status=401, path="/oauth/token", body={"error": "invalid_client"})
    with _client(package, mock) as client, pytest.raises(AuthenticationError) as caught:
        client.get_vault(vault_id="v1")
    assert "token endpoint refused: invalid_client" in str(caught.value)
    assert "csecret" not in str(caught.value)


async def test_async_client_uses_the_same_flow(package: ModuleType, mock: MockServer) -> None:
    async with _client(package, mock, is_async=True) as client:
        assert (await client.get_vault(vault_id="v1")).id
        mock.expire_tokens()
        assert (await client.get_vault(vault_id="v2")).id
    assert len(_grants(mock)) == 2


def test_credentials_come_from_the_environment(
    package: ModuleType, mock: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULT_CLIENT_ID", "env-id")
    monkeypatch.setenv("VAULT_CLIENT_SECRET", "env-secret")
    with package.VaultCo.from_env(base_url=mock.url) as client:
        assert client.get_vault(vault_id="v1").id
    assert len(_grants(mock)) == 1
