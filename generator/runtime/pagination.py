"""Page walking for the three styles providers use.

cursor: a bare list of `{cursor, <item_key>: item}` wrappers; the next page
        passes the last wrapper's cursor (Render). Stops on an empty or short page.
link:   the `Link: <url>; rel="next"` header (Buildkite); only same-origin URLs.
range:  a `206 Partial Content` answer carries `Next-Range` (Heroku).
page:   the page-number param goes up by one until an empty or short page.
offset: the offset param moves by the items received until an empty or short page.
next_url: the URL at a dotted path of the body (`links.pages.next`, DigitalOcean).
cursor with `next_cursor`: the token at a dotted path of the body (`next_page_token`).

Whatever the style, a walk refuses to send a page request identical to one it
already sent (`PaginationLoop`) or more than `MAX_PAGES` requests (`TooManyPages`):
a provider (or a bug) that keeps pointing at the same page fails instead of hanging.
"""

from __future__ import annotations

from typing import Any

import httpx
from attrs import evolve

from generator.runtime.errors import InvalidResponse, PaginationLoop, TooManyPages
from generator.runtime.json_values import as_list, as_object
from generator.runtime.meta import PagingSpec
from generator.runtime.transport import Outgoing

MAX_PAGES = 10_000  # requests one walk may send; documented in docs/spec-format.md


def items(paging: PagingSpec, data: Any, where: str) -> list[Any]:
    """The items of one page, cursor wrappers removed."""
    page = as_list(data)
    if page is None:
        raise InvalidResponse(f"{where}: expected a list page, got {type(data).__name__}")
    if not paging.item_key:
        return page
    key = paging.item_key
    wrappers = [wrapper for wrapper in map(as_object, page) if wrapper is not None]
    if len(wrappers) < len(page) or not all(key in wrapper for wrapper in wrappers):
        raise InvalidResponse(f"{where}: expected every item to be a {{cursor, {key}}} wrapper")
    return [wrapper[key] for wrapper in wrappers]


def next_page(
    paging: PagingSpec,
    sent: Outgoing,
    response: httpx.Response,
    page: list[Any],
    body: Any = None,
) -> Outgoing | None:
    """The request for the page after `page` (whose whole response body is `body`), or None."""
    if paging.style == "cursor" and paging.next_cursor:
        token = body_value(body, paging.next_cursor)
        if token in (None, "") or not page:
            return None
        return _with_param(sent, paging.cursor_param, str(token))
    if paging.style == "cursor":
        return _next_cursor(paging, sent, page)
    if paging.style in ("page", "offset"):
        return _next_number(paging, sent, page)
    if paging.style == "next_url":
        url = body_value(body, paging.next_url)
        return _follow(sent, response, url) if isinstance(url, str) and url and page else None
    if paging.style == "link":
        return _next_link(sent, response)
    if paging.style == "range":
        next_range = response.headers.get("next-range")
        if response.status_code != 206 or not next_range:
            return None
        return evolve(sent, headers={**sent.headers, "Range": next_range})
    return None


def _next_cursor(paging: PagingSpec, sent: Outgoing, page: list[Any]) -> Outgoing | None:
    last = as_object(page[-1]) if page else None
    if last is None or not last.get("cursor"):
        return None
    limit = dict(sent.params).get(paging.limit_param)
    if limit is not None and limit.isdigit() and len(page) < int(limit):
        return None
    params = [pair for pair in sent.params if pair[0] != paging.cursor_param]
    params.append((paging.cursor_param, str(last["cursor"])))
    return evolve(sent, params=tuple(params))


def body_value(body: Any, path: str) -> Any:
    """The value at a dotted path (`links.pages.next`) of a JSON body, None when absent."""
    for key in path.split("."):
        data = as_object(body)
        if data is None:
            return None
        body = data.get(key)
    return body


def _with_param(sent: Outgoing, name: str, value: str) -> Outgoing:
    params = [pair for pair in sent.params if pair[0] != name]
    return evolve(sent, params=(*params, (name, value)))


def _next_number(paging: PagingSpec, sent: Outgoing, page: list[Any]) -> Outgoing | None:
    """`page`: page number + 1; `offset`: offset + items received; None after a short page."""
    params = dict(sent.params)
    size_param = paging.per_page_param if paging.style == "page" else paging.limit_param
    size = params.get(size_param)
    if not page or (size is not None and size.isdigit() and len(page) < int(size)):
        return None
    if paging.style == "page":
        current = params.get(paging.page_param, "1")
        number = int(current) + 1 if current.isdigit() else 2
        return _with_param(sent, paging.page_param, str(number))
    current = params.get(paging.offset_param, "0")
    offset = (int(current) if current.isdigit() else 0) + len(page)
    return _with_param(sent, paging.offset_param, str(offset))


def _next_link(sent: Outgoing, response: httpx.Response) -> Outgoing | None:
    return _follow(sent, response, response.links.get("next", {}).get("url"))


def _follow(sent: Outgoing, response: httpx.Response, url: str | None) -> Outgoing | None:
    """The next request at `url` (relative to this response's), same origin only."""
    if not url:
        return None
    target = response.request.url.join(url)
    current = response.request.url
    if (target.scheme, target.host, target.port) != (current.scheme, current.host, current.port):
        raise InvalidResponse(f"the next page's URL points to another origin: {target.host}")
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
