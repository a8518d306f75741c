"""Each pagination style is walked to the last page."""

from __future__ import annotations

import pytest

from generator.runtime.errors import InvalidResponse
from generator.runtime.model import anything
from tests.runtime.demo import async_demo, demo
from tests.runtime.scripted import Reply, scripted_server


def _wrapped(*ids: int) -> list[dict[str, object]]:
    return [{"cursor": f"c{i}", "item": {"id": i}} for i in ids]


def test_cursor_pages_until_a_short_page() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, _wrapped(1, 2)), Reply(200, _wrapped(3, 4)), Reply(200, _wrapped(5)))
        items = list(client._iterate("list_cursor", {"limit": 2}, anything))
    assert [item["id"] for item in items] == [1, 2, 3, 4, 5]
    assert [s.path for s in server.seen] == [
        "/items?limit=2",
        "/items?limit=2&cursor=c2",
        "/items?limit=2&cursor=c4",
    ]


def test_cursor_single_call_unwraps_items() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, _wrapped(1, 2)))
        assert client._call("list_cursor", {}, anything) == [{"id": 1}, {"id": 2}]


async def test_link_pages_follow_rel_next() -> None:
    with scripted_server() as server:
        server.add(
            Reply(200, [1, 2], headers={"Link": f'<{server.url}/pages?page=2>; rel="next"'}),
            Reply(200, [3], headers={"Link": f'<{server.url}/pages?page=1>; rel="first"'}),
        )
        async with async_demo(server.url) as client:
            items = [item async for item in client._iterate("list_link", {}, anything)]
    assert items == [1, 2, 3]
    assert server.seen[1].path == "/pages?page=2"


def test_link_to_another_origin_is_refused() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, [1], headers={"Link": '<https://evil.invalid/steal>; rel="next"'}))
        with pytest.raises(InvalidResponse, match="another origin"):
            list(client._iterate("list_link", {}, anything))
    assert len(server.seen) == 1


def test_range_pages_follow_next_range() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(
            Reply(206, [1, 2], headers={"Next-Range": "]2..; max=2"}),
            Reply(206, [3, 4], headers={"Next-Range": "]4..; max=2"}),
            Reply(200, [5]),
        )
        assert list(client._iterate("list_range", {}, anything)) == [1, 2, 3, 4, 5]
    assert [s.headers.get("Range") for s in server.seen] == [None, "]2..; max=2", "]4..; max=2"]
