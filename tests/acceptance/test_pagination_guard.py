"""A page walk that would loop or never end fails with a typed error instead of hanging:
generated clients of each pagination style the bundled specs use, against the mock.

Tools are chosen from the spec model (`tool.pagination`), not from the generated code.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator import naming
from generator.hosts.mock import MockServer
from generator.runtime import pagination
from generator.runtime.errors import PaginationLoop, TooManyPages
from generator.runtime.transport import Outgoing
from generator.spec import load_catalog, spec_paths
from generator.spec.model import Catalog, Provider, Tool

ROOT = Path(__file__).resolve().parents[2]
PAGE_SIZE = 2  # the mock serves 5 items: three pages


def first_tool_of_each_style(catalog: Catalog | None) -> dict[str, tuple[Provider, Tool]]:
    found: dict[str, tuple[Provider, Tool]] = {}
    for provider in catalog.providers if catalog else ():
        for tool in provider.tools:
            found.setdefault(tool.pagination.style, (provider, tool))
    found.pop("none", None)
    return found


BY_STYLE = first_tool_of_each_style(load_catalog(spec_paths(ROOT), ROOT)[0])


def arguments(tool: Tool) -> dict[str, Any]:
    paging = tool.pagination
    sizes = {paging.limit_param, paging.per_page_param} if paging.style != "range" else set()
    values: dict[str, Any] = {p.name: "web" for p in tool.params if p.required}
    values.update({p.name: PAGE_SIZE for p in tool.params if p.name in sizes})
    return values


def walk(style: str) -> list[Any]:
    provider, tool = BY_STYLE[style]
    package = importlib.import_module(naming.client_package(provider.namespace))
    client_class = getattr(package, naming.class_name(provider.namespace))
    with client_class.from_account("default") as client:
        return list(getattr(client, naming.iter_method(tool.name))(**arguments(tool)))


async def walk_async(style: str) -> list[Any]:
    provider, tool = BY_STYLE[style]
    package = importlib.import_module(naming.client_package(provider.namespace))
    client_class = getattr(package, naming.async_class_name(provider.namespace))
    async with client_class.from_account("default") as client:
        method = getattr(client, naming.iter_method(tool.name))
        return [item async for item in method(**arguments(tool))]


def test_the_bundled_specs_use_every_style() -> None:
    assert set(BY_STYLE) == {"cursor", "link", "range"}


@pytest.fixture
def next_is_the_first_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The defect the guard exists for: following a page re-sends the first page's request."""
    real = pagination.next_page
    first: list[Outgoing] = []

    def buggy(paging: Any, sent: Outgoing, *rest: Any) -> Any:
        first.append(first[0] if first else sent)
        return first[0] if real(paging, sent, *rest) is not None else None

    monkeypatch.setattr(pagination, "next_page", buggy)


@pytest.mark.parametrize("style", sorted(BY_STYLE))
async def test_a_runtime_loop_fails_instead_of_hanging(
    style: str, next_is_the_first_page: None, reset: MockServer, credentials_file: Path
) -> None:
    with pytest.raises(PaginationLoop, match="page 2 repeats an earlier page request"):
        walk(style)
    with pytest.raises(PaginationLoop, match="page 2 repeats an earlier page request"):
        await walk_async(style)
    assert len(reset.requests()) == 2  # one page each; the repeat was never sent


def test_a_provider_repeating_a_cursor_page_is_refused(
    reset: MockServer, credentials_file: Path
) -> None:
    provider, tool = BY_STYLE["cursor"]
    url = reset.url_for(provider.id) + tool.http.path
    headers = {"Authorization": "Bearer test-token", "Accept": "application/json"}
    limit = {tool.pagination.limit_param: PAGE_SIZE}
    first_page = httpx.get(url, params=limit, headers=headers).json()
    reset.reset()
    reset.inject(status=200, path=f"{tool.http.path}$", body=first_page, times=10)
    with pytest.raises(PaginationLoop, match="page 3 repeats"):
        walk("cursor")
    assert len(reset.requests()) == 2


@pytest.mark.parametrize("style", sorted(BY_STYLE))
async def test_the_page_cap_against_the_mock(
    style: str, reset: MockServer, credentials_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pagination, "MAX_PAGES", 3)
    assert len(walk(style)) == len(await walk_async(style)) == 5
    monkeypatch.setattr(pagination, "MAX_PAGES", 2)
    reset.reset()
    with pytest.raises(TooManyPages, match="more than 2 pages"):
        walk(style)
    with pytest.raises(TooManyPages):
        await walk_async(style)
    assert len(reset.requests()) == 2 * 2
