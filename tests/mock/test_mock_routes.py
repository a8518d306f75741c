"""Every HTTP tool of every bundled spec answers a valid request with its declared type."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from mock_helpers import answer_errors, auth_headers, bundled_providers, valid_request, walk

from generator.hosts.mock import MockServer
from generator.spec.model import Provider, Tool

PROVIDERS = bundled_providers()
CASES = [(p, t) for p in PROVIDERS for t in p.tools if t.http is not None]
PAGED = [(p, t) for p, t in CASES if t.is_paginated]
ITEMS = 5


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer.multi(PROVIDERS, items=ITEMS) as running:
        yield running


@pytest.mark.parametrize(("provider", "tool"), CASES, ids=[f"{p.id}.{t.name}" for p, t in CASES])
def test_tool_route_answers_with_declared_type(
    server: MockServer, provider: Provider, tool: Tool
) -> None:
    with httpx.Client() as client:
        response = client.send(valid_request(provider, tool, server.url_for(provider.id)))
    assert tool.http is not None
    expected = tool.http.success or (200, 201, 202, 204, 206)
    assert response.status_code in expected, response.text
    assert answer_errors(provider, tool, response) == []


@pytest.mark.parametrize("provider", PROVIDERS, ids=[p.id for p in PROVIDERS])
def test_unknown_route_is_json_404(server: MockServer, provider: Provider) -> None:
    response = httpx.get(
        server.url_for(provider.id) + "/no/such/thing", headers=auth_headers(provider)
    )
    assert response.status_code == 404
    assert "no/such/thing" in response.json()["message"]


@pytest.mark.parametrize("provider", PROVIDERS, ids=[p.id for p in PROVIDERS])
def test_missing_auth_is_401(server: MockServer, provider: Provider) -> None:
    tool = next(t for t in provider.tools if t.http is not None)
    request = valid_request(provider, tool, server.url_for(provider.id))
    header = provider.api.auth.header if provider.api.auth.kind == "header" else "Authorization"
    del request.headers[header]
    response = httpx.Client().send(request)
    assert response.status_code == 401
    assert header in response.json()["message"]


@pytest.mark.parametrize(("provider", "tool"), PAGED, ids=[f"{p.id}.{t.name}" for p, t in PAGED])
def test_paginated_tool_walks_to_the_end(
    server: MockServer, provider: Provider, tool: Tool
) -> None:
    with httpx.Client() as client:
        items = walk(client, tool, valid_request(provider, tool, server.url_for(provider.id)))
    assert len(items) == ITEMS
