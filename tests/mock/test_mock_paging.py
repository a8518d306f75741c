"""Each pagination style can be walked to the end, the way clients do it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_acme import HEADERS, acme

from generator.hosts.mock import MockServer


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with (
        MockServer(acme(), items=5) as server,
        httpx.Client(base_url=server.url, headers=HEADERS) as http,
    ):
        yield http


def test_cursor_walk(client: httpx.Client) -> None:
    pages: list[list[dict[str, Any]]] = []
    params: dict[str, Any] = {"limit": 2}
    while True:
        page = client.get("/scan", params=params).json()
        if not page:
            break
        pages.append(page)
        params["cursor"] = page[-1]["cursor"]
    assert [len(page) for page in pages] == [2, 2, 1]
    ids = [wrapper["widget"]["id"] for page in pages for wrapper in page]
    assert ids == ["id-1", "id-2", "id-3", "id-4", "id-5"]


def test_cursor_default_page_and_bad_cursor(client: httpx.Client) -> None:
    assert len(client.get("/scan").json()) == 2
    assert "cursor" in client.get("/scan", params={"cursor": "nope"}).json()["message"]


def test_link_walk(client: httpx.Client) -> None:
    url: str | None = "/widgets?org=o&per_page=2"
    names: list[str] = []
    while url:
        response = client.get(url)
        assert response.status_code == 200
        names += [item["name"] for item in response.json()]
        url = response.links.get("next", {}).get("url")
        if url:
            assert "org=o" in url and "page=" in url
    assert names == [f"name-{n}" for n in range(1, 6)]
    assert "prev" in response.links and "next" not in response.links


def test_range_walk(client: httpx.Client) -> None:
    first = client.get("/ranged")
    assert first.status_code == 206
    next_range = first.headers["Next-Range"]
    second = client.get("/ranged", headers={"Range": next_range})
    third = client.get("/ranged", headers={"Range": second.headers["Next-Range"]})
    assert (second.status_code, third.status_code) == (206, 200)
    assert "Next-Range" not in third.headers
    ids = [item["id"] for page in (first, second, third) for item in page.json()]
    assert ids == [f"id-{n}" for n in range(1, 6)]


def test_range_with_explicit_max(client: httpx.Client) -> None:
    response = client.get("/ranged", headers={"Range": "id ..; max=10"})
    assert response.status_code == 200 and len(response.json()) == 5
    assert client.get("/ranged", headers={"Range": "garbage"}).status_code == 416


def test_item_count_is_configurable() -> None:
    with MockServer(acme(), items=1) as server:
        response = httpx.get(f"{server.url}/ranged", headers=HEADERS)
    assert response.status_code == 200 and len(response.json()) == 1
