"""Page walking for the three styles providers use.

cursor: a bare list of `{cursor, <item_key>: item}` wrappers; the next page
        passes the last wrapper's cursor (Render). Stops on an empty or short page.
link:   the `Link: <url>; rel="next"` header (Buildkite); only same-origin URLs.
range:  a `206 Partial Content` answer carries `Next-Range` (Heroku).

Whatever the style, a walk refuses to send a page request identical to one it
already sent (`PaginationLoop`) or more than `MAX_PAGES` requests (`TooManyPages`):
a provider (or a bug) that keeps pointing at the same page fails instead of hanging.
"""

from __future__ import annotations

from typing import Any

import httpx
from attrs import evolve

from generator.runtime.errors import InvalidResponse, PaginationLoop, TooManyPages
from generator.runtime.meta import PagingSpec
from generator.runtime.transport import Outgoing

MAX_PAGES = 10_000  # requests one walk may send; documented in docs/spec-format.md


def items(paging: PagingSpec, data: Any, where: str) -> list[Any]:
    """The items of one page, cursor wrappers removed."""
    if not isinstance(data, list):
        raise InvalidResponse(f"{where}: expected a list page, got {type(data).__name__}")
    if not paging.item_key:
        return data
    key = paging.item_key
    if not all(isinstance(wrapper, dict) and key in wrapper for wrapper in data):
        raise InvalidResponse(f"{where}: expected every item to be a {{cursor, {key}}} wrapper")
    return [wrapper[key] for wrapper in data]


def next_page(
    paging: PagingSpec, sent: Outgoing, response: httpx.Response, page: list[Any]
) -> Outgoing | None:
    """The request for the page after `page`, or None at the end."""
    if paging.style == "cursor":
        return _next_cursor(paging, sent, page)
    if paging.style == "link":
        return _next_link(sent, response)
    if paging.style == "range":
        next_range = response.headers.get("next-range")
        if response.status_code != 206 or not next_range:
            return None
        return evolve(sent, headers={**sent.headers, "Range": next_range})
    return None


def _next_cursor(paging: PagingSpec, sent: Outgoing, page: list[Any]) -> Outgoing | None:
    if not page or not isinstance(page[-1], dict) or not page[-1].get("cursor"):
        return None
    limit = dict(sent.params).get(paging.limit_param)
    if limit is not None and limit.isdigit() and len(page) < int(limit):
        return None
    params = [pair for pair in sent.params if pair[0] != paging.cursor_param]
    params.append((paging.cursor_param, str(page[-1]["cursor"])))
    return evolve(sent, params=tuple(params))


def _next_link(sent: Outgoing, response: httpx.Response) -> Outgoing | None:
    url = response.links.get("next", {}).get("url")
    if not url:
        return None
    target = response.request.url.join(url)
    current = response.request.url
    if (target.scheme, target.host, target.port) != (current.scheme, current.host, current.port):
        raise InvalidResponse(f"Link rel=next points to another origin: {target.host}")
    return evolve(sent, url=str(target), params=())


class Walk:
    """The page requests of one walk: each must be new, and at most `MAX_PAGES` of them."""

    def __init__(self, provider: str, tool: str) -> None:
        self.provider = provider
        self.tool = tool
        self.seen: set[tuple[str, str, str, bytes]] = set()

    def visit(self, request: httpx.Request) -> None:
        """Record `request` before it is sent; raise if it would loop or run away."""
        key = (request.method, str(request.url), request.headers.get("range", ""), request.content)
        if key in self.seen:
            raise PaginationLoop(
                f"{self.tool}: page {len(self.seen) + 1} repeats an earlier page request;"
                " the walk was stopped",
                provider=self.provider,
                method=request.method,
                path=request.url.path,
            )
        if len(self.seen) >= MAX_PAGES:
            raise TooManyPages(
                f"{self.tool}: more than {MAX_PAGES} pages; the walk was stopped",
                provider=self.provider,
                method=request.method,
                path=request.url.path,
            )
        self.seen.add(key)
