"""Render's comma-joined list filters on the wire: generated client -> mock server -> request log."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generated.clients.render2 import Render2
from generator.hosts.mock import MockServer
from generator.spec import load_provider

ROOT = Path(__file__).resolve().parents[2]
AUTH = {"Authorization": "Bearer tok-123", "Accept": "application/json"}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    provider, diagnostics = load_provider(ROOT / "specs" / "render.yaml", ROOT)
    assert provider is not None, diagnostics
    with MockServer(provider) as running:
        yield running


def logged_query(server: MockServer) -> dict[str, list[str]]:
    log = httpx.get(f"{server.origin}/__mock__/requests").json()
    query: dict[str, list[str]] = log[-1]["query"]
    return query


def test_generated_client_sends_one_comma_joined_value(
    server: MockServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RENDER_API_KEY", "tok-123")
    with Render2.from_env(base_url=server.url) as client:
        services = client.list_services(type=["web_service", "cron_job"], region=["oregon"])
    assert services, "the mock answered with services"
    query = logged_query(server)
    assert query["type"] == ["web_service,cron_job"]
    assert query["region"] == ["oregon"]


def test_mock_accepts_comma_joined_values(server: MockServer) -> None:
    response = httpx.get(f"{server.url}/services?suspended=suspended,not_suspended", headers=AUTH)
    assert response.status_code == 200, response.text


def test_mock_refuses_a_repeated_key(server: MockServer) -> None:
    response = httpx.get(f"{server.url}/services?type=web_service&type=cron_job", headers=AUTH)
    assert response.status_code == 400
    assert "query parameter 'type' given more than once" in response.json()["message"]


def test_mock_checks_each_comma_joined_value(server: MockServer) -> None:
    response = httpx.get(f"{server.url}/services?type=web_service,lambda", headers=AUTH)
    assert response.status_code == 400
    message = response.json()["message"]
    assert "query parameter 'type[1]'" in message and "'lambda'" in message
