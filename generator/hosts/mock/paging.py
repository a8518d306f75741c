"""Paged answers for list tools, in each of the three styles the spec knows.

The list holds `items` entries (the app's setting). A client that does not ask
for a page size gets `DEFAULT_PAGE_SIZE` items, so a walk takes several pages.

- cursor: `[{"cursor": "cursor-<n>", <item_key>: item}, ...]`; send the last
  cursor back as the cursor param; an empty or short page is the end.
- link:   `Link: <...?page=2&per_page=2>; rel="next"` until the last page.
- range:  206 with `Next-Range: <field> ]<n>..; max=<size>` while more remain;
  repeat with that value in `Range`; the last page is a 200.
- page / offset: the page number (from 1) or offset (from 0) and size params
  pick the window; a short or empty page is the end.
- cursor with `next_cursor`: the body carries `cursor-<n>` at that dotted path
  while more remain (null at the end); send it back as the cursor param.
- next_url: the body carries the next page's URL (page and per_page params)
  at the `next_url` dotted path while more remain (null at the end).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from attrs import field, frozen
from starlette.datastructures import URL

from generator.hosts.mock.request_checks import RequestError
from generator.hosts.mock.synth import item_at
from generator.spec.model import Pagination, Provider, Tool

DEFAULT_PAGE_SIZE = 2
CURSOR_RE = re.compile(r"^cursor-(\d{1,9})$")
RANGE_RE = re.compile(
    r"^\s*(?P<field>[\w.]+)\s+(?P<start>[^.;]*)\.\.[^;]*(?:;\s*(?P<options>.*))?$"
)
RANGE_MAX_RE = re.compile(r"(?:^|,)\s*max\s*=\s*(\d{1,9})\s*(?:,|$)")


@frozen
class Reply:
    body: Any
    status: int = 200
    headers: Mapping[str, str] = field(factory=dict)


def paged_reply(
    provider: Provider,
    tool: Tool,
    total: int,
    query: Mapping[str, Any],
    headers: Mapping[str, str],
    url: URL,
) -> Reply:
    paging = tool.pagination
    if paging.style == "cursor" and paging.next_cursor:
        return _body_cursor(provider, tool, total, query)
    if paging.style in ("page", "offset", "next_url"):
        return _numbered(provider, tool, total, query, url)
    if paging.style == "cursor":
        return _cursor(provider, tool, total, query)
    if paging.style == "link":
        return _link(provider, tool, total, query, url)
    return _range(provider, tool, total, headers.get("range"))


def _cursor(provider: Provider, tool: Tool, total: int, query: Mapping[str, Any]) -> Reply:
    paging = tool.pagination
    size = _page_size(paging, _int(query, paging.limit_param))
    cursor = query.get(paging.cursor_param)
    match = CURSOR_RE.match(str(cursor)) if cursor is not None else None
    if cursor is not None and (match is None or int(match[1]) > total):
        raise RequestError(
            400, f"query parameter '{paging.cursor_param}': unknown cursor {cursor!r}"
        )
    start = int(match[1]) if match else 0
    page = [_wrap(paging, n, item_at(provider, tool, n)) for n in _window(start, size, total)]
    return Reply(_envelope(tool, page))


def _body_cursor(provider: Provider, tool: Tool, total: int, query: Mapping[str, Any]) -> Reply:
    paging = tool.pagination
    size = _page_size(paging, _int(query, paging.limit_param))
    cursor = query.get(paging.cursor_param)
    match = CURSOR_RE.match(str(cursor)) if cursor is not None else None
    if cursor is not None and (match is None or int(match[1]) > total):
        raise RequestError(
            400, f"query parameter '{paging.cursor_param}': unknown cursor {cursor!r}"
        )
    start = int(match[1]) if match else 0
    page = [item_at(provider, tool, n) for n in _window(start, size, total)]
    end = start + len(page)
    token = f"cursor-{end}" if end < total else None
    return Reply(_envelope(tool, page, {paging.next_cursor: token}))


def _numbered(
    provider: Provider, tool: Tool, total: int, query: Mapping[str, Any], url: URL
) -> Reply:
    """`page`, `offset` and `next_url` styles: a window chosen by number and size params."""
    paging = tool.pagination
    if paging.style == "offset":
        size = _page_size(paging, _int(query, paging.limit_param))
        start = _int(query, paging.offset_param) or 0
    else:
        size = _page_size(paging, _int(query, paging.per_page_param))
        number = _int(query, paging.page_param)
        number = 1 if number is None else number
        if number < 1:
            raise RequestError(400, f"query parameter '{paging.page_param}' must be at least 1")
        start = (number - 1) * size
    page = [item_at(provider, tool, n) for n in _window(start, size, total)]
    if paging.style != "next_url":
        return Reply(_envelope(tool, page))
    more = start + len(page) < total
    following = {paging.page_param: start // size + 2, paging.per_page_param: size}
    link = str(url.include_query_params(**following)) if more else None
    return Reply(_envelope(tool, page, {paging.next_url: link}))


def _link(provider: Provider, tool: Tool, total: int, query: Mapping[str, Any], url: URL) -> Reply:
    paging = tool.pagination
    size = _page_size(paging, _int(query, paging.per_page_param))
    number = _int(query, paging.page_param)
    number = 1 if number is None else number
    if number < 1:
        raise RequestError(400, f"query parameter '{paging.page_param}' must be at least 1")
    last = max(1, -(-total // size))
    page = [item_at(provider, tool, n) for n in _window((number - 1) * size, size, total)]
    rels = {"first": 1, "prev": number - 1, "next": number + 1, "last": last}
    links = [
        f'<{url.include_query_params(**{paging.page_param: target, paging.per_page_param: size})}>; rel="{rel}"'
        for rel, target in rels.items()
        if 1 <= target <= last
        and (rel != "next" or number < last)
        and (rel != "prev" or number > 1)
    ]
    return Reply(_envelope(tool, page), headers={"Link": ", ".join(links)})


def _range(provider: Provider, tool: Tool, total: int, header: str | None) -> Reply:
    field, start, size = "id", 0, _page_size(tool.pagination, None)
    if header is not None:
        match = RANGE_RE.match(header)
        if match is None:
            raise RequestError(416, f"malformed Range header {header[:100]!r}")
        field, marker = match["field"], match["start"].strip()
        start = int(marker[1:]) if re.fullmatch(r"\]\d{1,9}", marker) else 0
        requested = RANGE_MAX_RE.search(match["options"] or "")
        size = _page_size(tool.pagination, int(requested[1]) if requested else None)
    page = [item_at(provider, tool, n) for n in _window(start, size, total)]
    end = start + len(page)
    if end >= total:
        return Reply(_envelope(tool, page))
    return Reply(_envelope(tool, page), 206, {"Next-Range": f"{field} ]{end}..; max={size}"})


def _page_size(paging: Pagination, requested: int | None) -> int:
    size = requested if requested is not None else DEFAULT_PAGE_SIZE
    if paging.max_page_size:
        size = min(size, paging.max_page_size)
    return max(size, 1)


def _int(query: Mapping[str, Any], name: str) -> int | None:
    value = query.get(name)
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit() and len(value) < 10:
        return int(value)
    raise RequestError(400, f"query parameter '{name}' must be integer")


def _window(start: int, size: int, total: int) -> range:
    """1-based indexes of the items after the first `start`."""
    return range(start + 1, min(start + size, total) + 1)


def _wrap(paging: Pagination, index: int, item: Any) -> Any:
    if paging.item_key:
        return {"cursor": f"cursor-{index}", paging.item_key: item}
    return {**item, "cursor": f"cursor-{index}"} if isinstance(item, dict) else item


def _envelope(tool: Tool, page: list[Any], extra: Mapping[str, Any] | None = None) -> Any:
    """The page, under `returns.unwrap` of the response example when there is one; `extra`
    sets values at dotted paths of that object (the next cursor or URL)."""
    if not tool.returns.unwrap:
        return page
    example = tool.response_example
    body = copy.deepcopy(dict(example)) if isinstance(example, Mapping) else {}
    body[tool.returns.unwrap] = page
    for path, value in (extra or {}).items():
        _set_path(body, path.split("."), value)
    return body


def _set_path(body: dict[str, Any], keys: list[str], value: Any) -> None:
    for key in keys[:-1]:
        inner = body.get(key)
        body[key] = inner = dict(inner) if isinstance(inner, Mapping) else {}
        body = inner
    body[keys[-1]] = value
