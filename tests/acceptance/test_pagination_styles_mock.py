"""Every pagination style the spec knows, walked by the runtime against the mock server:
to the end, stopped at the page cap, and refused when a defect re-sends the first page.

The provider is a spec model built here (one list tool per style); the client's tool
metadata is derived from it field by field, so a new style needs one line below.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import attrs
import pytest

from generator.hosts.mock import MockServer
from generator.runtime import pagination
from generator.runtime.client import AsyncClient, SyncClient
from generator.runtime.errors import PaginationLoop, TooManyPages
from generator.runtime.meta import PagingSpec, ParamSpec, ProviderSpec, ToolSpec
from generator.runtime.model import anything
from generator.spec.model import Tool
from generator.spec.schema import STYLES
from tests.paging_styles import ITEMS, SIZE, STYLE_TOOLS, styles_provider

BY_STYLE = STYLE_TOOLS
PROVIDER = styles_provider("pages")
PAGING_FIELDS = [f.name for f in attrs.fields(PagingSpec)]


def tool_spec(tool: Tool) -> ToolSpec:
    """The runtime metadata of `tool`, read field by field from the spec model."""
    paging = PagingSpec(**{name: getattr(tool.pagination, name) for name in PAGING_FIELDS})
    return ToolSpec(
        name=tool.name,
        full_name=f"pages.{tool.name}",
        mcp_name=f"pages__{tool.name}",
        lua_path=f"app.integrations.pages.{tool.name}",
        access="read",
        idempotent=True,
        params=tuple(ParamSpec(p.name, p.type.base.name) for p in tool.params),
        returns="Thing[]",
        method="GET",
        path=tool.http.path if tool.http else "",
        unwrap=tool.returns.unwrap,
        paging=paging,
    )


SPEC = ProviderSpec(
    id="pages",
    namespace="pages",
    name="Pages",
    class_name="Pages",
    async_class_name="AsyncPages",
    base_url="https://api.pages.test/v1",
    base_url_env="PAGES_BASE_URL",
)


TOOLS = MappingProxyType({tool.name: tool_spec(tool) for tool, _size in BY_STYLE.values()})


class Pages(SyncClient):
    PROVIDER = SPEC
    TOOLS = TOOLS


class AsyncPages(AsyncClient):
    PROVIDER = SPEC
    TOOLS = TOOLS


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(PROVIDER, items=ITEMS) as server:
        yield server


def arguments(style: str) -> dict[str, Any]:
    size = BY_STYLE[style][1]
    return {size: SIZE} if size else {}


def walk(mock: MockServer, style: str) -> list[Any]:
    name = BY_STYLE[style][0].name
    with Pages._create({}, base_url=mock.url, timeout=10.0, use_file=False) as client:
        return list(client._iterate(name, arguments(style), anything))


async def walk_async(mock: MockServer, style: str) -> list[Any]:
    name = BY_STYLE[style][0].name
    async with AsyncPages._create({}, base_url=mock.url, timeout=10.0, use_file=False) as client:
        return [item async for item in client._iterate(name, arguments(style), anything)]


def test_every_style_the_spec_knows_is_here() -> None:
    styles = {tool.pagination.style for tool, _size in BY_STYLE.values()}
    assert styles == set(STYLES) - {"none"}


@pytest.mark.parametrize("style", sorted(BY_STYLE))
async def test_each_style_walks_the_mock_to_the_end(mock: MockServer, style: str) -> None:
    mock.reset()
    walked, walked_async = walk(mock, style), await walk_async(mock, style)
    assert [item["id"] for item in walked] == [f"id-{n}" for n in range(1, ITEMS + 1)]
    assert walked_async == walked
    assert len(mock.requests()) == 2 * 3


@pytest.mark.parametrize("style", sorted(BY_STYLE))
async def test_each_style_stops_at_the_page_cap(
    mock: MockServer, style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES", 2)
    mock.reset()
    with pytest.raises(TooManyPages, match="more than 2 pages"):
        walk(mock, style)
    with pytest.raises(TooManyPages):
        await walk_async(mock, style)
    assert len(mock.requests()) == 2 * 2


@pytest.mark.parametrize("style", sorted(BY_STYLE))
async def test_each_style_refuses_a_page_that_repeats_the_first(
    mock: MockServer, style: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pagination.next_page
    first: list[Any] = []

    def buggy(paging: Any, sent: Any, *rest: Any) -> Any:
        first.append(first[0] if first else sent)
        return first[0] if real(paging, sent, *rest) is not None else None

    monkeypatch.setattr(pagination, "next_page", buggy)
    mock.reset()
    with pytest.raises(PaginationLoop, match="page 2 repeats an earlier page request"):
        walk(mock, style)
    with pytest.raises(PaginationLoop, match="page 2 repeats"):
        await walk_async(mock, style)
    assert len(mock.requests()) == 2
