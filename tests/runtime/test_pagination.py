"""Each pagination style is walked to the last page."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.runtime import pagination
from generator.runtime.errors import InvalidResponse, PaginationLoop, TooManyPages
from generator.runtime.model import anything
from generator.spec.schema import STYLES
from tests.runtime.demo import async_demo, demo
from tests.runtime.scripted import Reply, scripted_server

ROOT = Path(__file__).resolve().parents[2]


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


def test_page_numbers_count_up_until_a_short_page() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, [1, 2]), Reply(200, [3, 4]), Reply(200, [5]))
        assert list(client._iterate("list_page", {"per_page": 2}, anything)) == [1, 2, 3, 4, 5]
    assert [s.path for s in server.seen] == [
        "/numbered?per_page=2",
        "/numbered?per_page=2&page=2",
        "/numbered?per_page=2&page=3",
    ]


def test_offsets_move_by_the_items_received_until_an_empty_page() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, [1, 2, 3]), Reply(200, [4]), Reply(200, []))
        assert list(client._iterate("list_offset", {}, anything)) == [1, 2, 3, 4]
    assert [s.path for s in server.seen] == ["/rows", "/rows?offset=3", "/rows?offset=4"]


def test_body_cursor_is_sent_back_until_it_is_empty() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(
            Reply(200, {"items": [1, 2], "meta": {"next": "t2"}}),
            Reply(200, {"items": [3], "meta": {"next": ""}}),
        )
        assert list(client._iterate("list_token", {}, anything)) == [1, 2, 3]
    assert [s.path for s in server.seen] == ["/tokens", "/tokens?page_token=t2"]


def test_next_url_in_the_body_is_followed_on_the_same_origin_only() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(
            Reply(200, {"items": [1], "links": {"pages": {"next": f"{server.url}/linked?page=2"}}}),
            Reply(200, {"items": [2], "links": {"pages": {"next": "https://evil.invalid/x"}}}),
        )
        walked = client._iterate("list_next_url", {}, anything)
        assert next(walked) == 1
        with pytest.raises(InvalidResponse, match="another origin: evil.invalid"):
            list(walked)  # refused as soon as the second page names it
    assert [s.path for s in server.seen] == ["/linked", "/linked?page=2"]


# A provider that keeps pointing at the same page: the reply repeated for ever.
LOOPS = {
    "cursor": ("list_cursor", {"limit": 2}, Reply(200, _wrapped(1, 2))),
    "link": ("list_link", {}, Reply(200, [1], headers={"Link": '</pages?page=2>; rel="next"'})),
    "range": ("list_range", {}, Reply(206, [1], headers={"Next-Range": "]1..; max=1"})),
    "next_url": (
        "list_next_url",
        {},
        Reply(200, {"items": [1], "links": {"pages": {"next": "/linked?page=2"}}}),
    ),
}
# Styles whose next request is computed from the last one cannot repeat it; a provider that
# never sends a short page is stopped by the page cap instead.
ENDLESS = {"page": "list_page", "offset": "list_offset"}


@pytest.mark.parametrize("style", sorted(ENDLESS))
def test_a_page_or_offset_walk_that_never_ends_stops_at_the_cap(
    style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES", 3)
    with scripted_server() as server, demo(server.url) as client:
        server.add(*[Reply(200, [1, 2])] * 5)
        with pytest.raises(TooManyPages, match="more than 3 pages"):
            list(client._iterate(ENDLESS[style], {}, anything))
    assert len(server.seen) == 3


def test_a_body_cursor_that_repeats_is_a_loop() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(*[Reply(200, {"items": [1], "meta": {"next": "same"}})] * 4)
        with pytest.raises(PaginationLoop, match="page 3 repeats"):
            list(client._iterate("list_token", {}, anything))
    assert len(server.seen) == 2


@pytest.mark.parametrize("style", sorted(LOOPS))
def test_a_repeated_page_request_is_a_typed_error(style: str) -> None:
    name, args, reply = LOOPS[style]
    with scripted_server() as server, demo(server.url) as client:
        server.add(*[reply] * 5)
        walked = client._iterate(name, args, anything)
        with pytest.raises(PaginationLoop, match=f"{name}: page 3 repeats") as caught:
            list(walked)
    assert len(server.seen) == 2  # the repeat is refused before it is sent
    assert server.seen[0].path != server.seen[1].path or style == "range"
    assert (caught.value.provider, caught.value.path) == ("demo", server.seen[1].path.split("?")[0])
    assert not isinstance(caught.value, TooManyPages)


@pytest.mark.parametrize("style", sorted(LOOPS))
async def test_a_repeated_page_request_is_a_typed_error_async(style: str) -> None:
    name, args, reply = LOOPS[style]
    with scripted_server() as server:
        server.add(*[reply] * 5)
        async with async_demo(server.url) as client:
            with pytest.raises(PaginationLoop, match="repeats an earlier page request"):
                [item async for item in client._iterate(name, args, anything)]
    assert len(server.seen) == 2


def test_a_next_link_to_the_page_itself_is_a_loop() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(*[Reply(200, [1], headers={"Link": f'<{server.url}/pages>; rel="next"'})] * 3)
        with pytest.raises(PaginationLoop, match="page 2 repeats"):
            list(client._iterate("list_link", {}, anything))
    assert [s.path for s in server.seen] == ["/pages"]


def _endless(server_url: str, pages: int) -> list[Reply]:
    """Link pages that each point at a new next page."""
    return [
        Reply(200, [n], headers={"Link": f'<{server_url}/pages?page={n + 1}>; rel="next"'})
        for n in range(1, pages + 1)
    ]


def test_a_walk_stops_past_the_page_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES", 3)
    with scripted_server() as server, demo(server.url) as client:
        server.add(*_endless(server.url, 6))
        walked = client._iterate("list_link", {}, anything)
        assert [next(walked) for _ in range(3)] == [1, 2, 3]
        with pytest.raises(TooManyPages, match="list_link: more than 3 pages"):
            next(walked)
    assert len(server.seen) == 3


async def test_a_walk_stops_past_the_page_cap_async(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES", 2)
    with scripted_server() as server:
        server.add(*_endless(server.url, 6))
        async with async_demo(server.url) as client:
            with pytest.raises(TooManyPages, match="more than 2 pages"):
                [item async for item in client._iterate("list_link", {}, anything)]
    assert len(server.seen) == 2


def test_the_cap_allows_exactly_max_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES", 3)
    with scripted_server() as server, demo(server.url) as client:
        server.add(*_endless(server.url, 2), Reply(200, [3]))
        assert list(client._iterate("list_link", {}, anything)) == [1, 2, 3]


def test_the_documented_cap() -> None:
    assert pagination.MAX_PAGES == 10_000
    assert "10,000 pages" in (ROOT / "docs/spec-format.md").read_text(encoding="utf-8")


def test_every_style_the_spec_knows_has_a_loop_test() -> None:
    assert set(LOOPS) | set(ENDLESS) == set(STYLES) - {"none"}
