"""Page objects: what a paginated list method returns.

A page holds the items of one page (`items`) and knows the request for the
next one. Iterating a page walks every page from it to the last and yields
every item, so `for app in client.list_apps()` never stops at the first page;
`has_next_page()`/`next_page()` step one page at a time, and `page_params`
shows the raw page parameters a page was fetched with.

Each walk keeps the loop and page-count guard of `pagination.Walk`: a page
remembers the requests that led to it, so walking again from any page is a
new walk that starts from what came before it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any, Generic, TypeGuard, TypeVar

from generator.runtime.pagination import Walk
from generator.runtime.transport import Outgoing

T = TypeVar("T")


def _fork(walk: Walk) -> Walk:
    """A walk that continues from `walk` without changing it."""
    copy = Walk(walk.provider, walk.tool)
    copy.seen = set(walk.seen)
    return copy


def _params(sent: Outgoing) -> dict[str, str]:
    params = dict(sent.params)
    if "Range" in sent.headers:
        params["Range"] = sent.headers["Range"]
    if "://" in sent.url:
        params["url"] = sent.url
    return params


class _Page(Generic[T]):
    def __init__(self, items: list[T], sent: Outgoing, following: Outgoing | None, walk: Walk):
        self.items = items
        self._sent = sent
        self._next = following
        self._walk = walk

    def has_next_page(self) -> bool:
        """Whether the provider pointed at a page after this one."""
        return self._next is not None

    @property
    def page_params(self) -> dict[str, str]:
        """The query parameters this page was fetched with; a `Range` header
        (range paging) and a followed `url` (link and next_url paging) are included."""
        return _params(self._sent)

    @property
    def next_page_params(self) -> dict[str, str] | None:
        """The parameters of the next page's request, None on the last page."""
        return None if self._next is None else _params(self._next)

    def __repr__(self) -> str:
        more = ", more pages" if self._next is not None else ""
        return f"{type(self).__name__}({self._walk.tool}: {len(self.items)} items{more})"


class SyncPage(_Page[T]):
    """One page of a list call. Iterate it for every item of every page."""

    def __init__(
        self,
        items: list[T],
        sent: Outgoing,
        following: Outgoing | None,
        walk: Walk,
        fetch: Callable[[Outgoing, Walk], SyncPage[T]],
    ) -> None:
        super().__init__(items, sent, following, walk)
        self._fetch = fetch

    def next_page(self) -> SyncPage[T] | None:
        """The page after this one (one request), or None on the last page."""
        return None if self._next is None else self._fetch(self._next, _fork(self._walk))

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then every following page, fetched as the loop goes."""
        walk, page = _fork(self._walk), self
        yield page
        while page._next is not None:
            page = self._fetch(page._next, walk)
            yield page

    def __iter__(self) -> Iterator[T]:
        """Every item of this page and of every following page."""
        for page in self.iter_pages():
            yield from page.items


class AsyncPage(_Page[T]):
    """One page of an async list call. `async for` it for every item of every page."""

    def __init__(
        self,
        items: list[T],
        sent: Outgoing,
        following: Outgoing | None,
        walk: Walk,
        fetch: Callable[[Outgoing, Walk], Awaitable[AsyncPage[T]]],
    ) -> None:
        super().__init__(items, sent, following, walk)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T] | None:
        """The page after this one (one request), or None on the last page."""
        return None if self._next is None else await self._fetch(self._next, _fork(self._walk))

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then every following page, fetched as the loop goes."""
        walk, page = _fork(self._walk), self
        yield page
        while page._next is not None:
            page = await self._fetch(page._next, walk)
            yield page

    async def __aiter__(self) -> AsyncIterator[T]:
        """Every item of this page and of every following page."""
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def first_items(value: Any) -> Any:
    """A page's own items (what the Lua and MCP surfaces return for one page); other
    values unchanged."""
    return value.items if _is_page(value) else value


def _is_page(value: object) -> TypeGuard[_Page[Any]]:
    return isinstance(value, _Page)
