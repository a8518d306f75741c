"""List methods return page objects that cannot mislead, for every pagination style.

A provider with one list tool per style is rendered into a real client package (the
same renderer as `generated/`), imported, and run against the mock: iterating the
page yields every item of a multi-page listing, `.items` the first page alone, and
the method's annotation and docstring say exactly that. The bundled clients are
checked the same way (Heroku's `list_apps` used to return 2 of 5 apps).
"""

from __future__ import annotations

import importlib
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.hosts.mock import MockServer
from generator.render.clients import render_provider
from generator.runtime.pages import AsyncPage, SyncPage
from generator.spec.model import Catalog
from generator.spec.schema import STYLES
from tests.paging_styles import ITEMS, SIZE, STYLE_TOOLS, styles_provider

EVERY = [f"id-{n}" for n in range(1, ITEMS + 1)]
PROVIDER = styles_provider("pagey")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ModuleType]:
    """The rendered client package of PROVIDER, imported from a temporary directory."""
    root = tmp_path_factory.mktemp("pagey")
    for path, text in render_provider(PROVIDER).items():
        target = root / "pagey" / Path(path).name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("pagey")
    finally:
        sys.path.remove(str(root))
        for name in [n for n in sys.modules if n == "pagey" or n.startswith("pagey.")]:
            del sys.modules[name]


@pytest.fixture(scope="module")
def mock() -> Iterator[MockServer]:
    with MockServer(PROVIDER, items=ITEMS) as server:
        yield server


def _args(style: str) -> dict[str, Any]:
    size = STYLE_TOOLS[style][1]
    return {size: SIZE} if size else {}


def _ids(things: Any) -> list[str]:
    return [thing.id for thing in things]


def test_every_style_the_spec_knows_is_covered() -> None:
    styles = {tool.pagination.style for tool, _size in STYLE_TOOLS.values()}
    assert styles == set(STYLES) - {"none"}


@pytest.mark.parametrize("style", sorted(STYLE_TOOLS))
def test_sync_page_iterates_every_item_and_holds_the_first_page(
    package: ModuleType, mock: MockServer, style: str
) -> None:
    name = STYLE_TOOLS[style][0].name
    mock.reset()
    with package.Pagey(base_url=mock.url) as client:
        page = getattr(client, name)(**_args(style))
        assert isinstance(page, SyncPage)
        assert _ids(page.items) == EVERY[:SIZE]
        assert len(mock.requests()) == 1, "the first page alone costs one request"
        assert page.has_next_page()
        assert _ids(page) == EVERY
        assert _ids(page) == EVERY, "a page can be walked again"
        second = page.next_page()
        assert second is not None and _ids(second.items) == EVERY[SIZE : 2 * SIZE]
        assert second.page_params != page.page_params
        pages = list(page.iter_pages())
        assert [len(p.items) for p in pages] == [2, 2, 1]
        assert not pages[-1].has_next_page() and pages[-1].next_page() is None
        assert pages[-1].next_page_params is None
        assert _ids(getattr(client, f"iter_{name}")(**_args(style))) == EVERY


@pytest.mark.parametrize("style", sorted(STYLE_TOOLS))
async def test_async_page_iterates_every_item_and_holds_the_first_page(
    package: ModuleType, mock: MockServer, style: str
) -> None:
    name = STYLE_TOOLS[style][0].name
    mock.reset()
    async with package.AsyncPagey(base_url=mock.url) as client:
        page = await getattr(client, name)(**_args(style))
        assert isinstance(page, AsyncPage)
        assert _ids(page.items) == EVERY[:SIZE]
        assert len(mock.requests()) == 1
        assert _ids([thing async for thing in page]) == EVERY
        second = await page.next_page()
        assert second is not None and _ids(second.items) == EVERY[SIZE : 2 * SIZE]
        assert [len(p.items) async for p in page.iter_pages()] == [2, 2, 1]
        walked = [t async for t in getattr(client, f"iter_{name}")(**_args(style))]
        assert _ids(walked) == EVERY


def _list_methods(package: ModuleType, paginated: list[str]) -> Iterator[tuple[str, Any, str]]:
    provider = package.tools.PROVIDER
    for cls_name, page in (
        (provider.class_name, "SyncPage"),
        (provider.async_class_name, "AsyncPage"),
    ):
        cls = getattr(package, cls_name)
        for name in paginated:
            yield page, getattr(cls, name), name


def _check_docs(package: ModuleType, paginated: list[str]) -> None:
    for page, method, name in _list_methods(package, paginated):
        assert inspect.signature(method).return_annotation.startswith(f"{page}["), name
        doc = inspect.getdoc(method) or ""
        returns = doc.split("Returns:", 1)[1]
        assert f"`{page}` holding the first page" in returns, name
        assert "`items` are that page's items" in returns and "every item of every page" in returns


def test_list_docstrings_say_what_is_returned(package: ModuleType) -> None:
    _check_docs(package, [tool.name for tool, _size in STYLE_TOOLS.values()])


def test_bundled_list_methods_return_pages_and_say_so(catalog: Catalog) -> None:
    for provider in catalog.providers:
        paginated = [tool.name for tool in provider.tools if tool.is_paginated]
        if paginated:
            package = importlib.import_module(f"generated.clients.{provider.namespace}")
            package.tools = importlib.import_module(f"{package.__name__}.tools")
            _check_docs(package, paginated)


def test_heroku_list_apps_iterates_every_app(
    catalog: Catalog, reset: MockServer, credentials_file: Path
) -> None:
    from generated.clients.heroku import Heroku

    with Heroku.from_account("default") as client:
        page = client.list_apps()
        assert len(page.items) < ITEMS and page.has_next_page()
        assert len(list(page)) == ITEMS
