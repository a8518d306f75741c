"""The runtime's promises, kept by the generated clients against the mock provider server
and its failure injection (tests/runtime proves each one on a scripted server)."""

from __future__ import annotations

import importlib
import logging
import socket
import traceback
from pathlib import Path
from typing import Any

import pytest

from generated.clients.fly_io import AsyncFlyIo, FlyIo
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry, ToolEntry
from generator.runtime import errors
from generator.runtime.retry import RetryPolicy, RetryState
from generator.spec import load_or_raise, spec_paths
from generator.spec.model import Pagination
from tests.conftest import TEST_TOKEN
from tests.runtime.demo import STATUSES

FAST = RetryPolicy(backoff=0.01, max_backoff=0.02)
ROOT = Path(__file__).resolve().parents[2]


PAGE_SIZE = 2  # the mock serves 5 items: three pages


SPECS = load_or_raise(spec_paths(ROOT), ROOT)


def _paging(entry: ToolEntry) -> Pagination | None:
    """The tool's pagination in the spec model (not the generated metadata under test)."""
    provider = SPECS.provider(entry.provider_id)
    tool = provider.tool(entry.name) if provider else None
    assert tool is not None, entry.full_name
    return tool.pagination if tool.is_paginated else None


PAGED = [entry for entry in Registry.load().tools() if _paging(entry) is not None]


def test_get_is_retried_on_503_then_succeeds(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(status=503, path="/apps/web$")
    with FlyIo.from_account("default", retry=FAST) as client:
        assert client.get_app(app_name="web").name
    assert [r["status"] for r in reset.requests()] == [503, 200]


def test_retry_after_is_honoured(
    reset: MockServer, credentials_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float | None] = []
    decide = RetryState.after_response

    def recorded(state: RetryState, response: Any) -> float | None:
        waits.append(decide(state, response))
        return waits[-1]

    monkeypatch.setattr(RetryState, "after_response", recorded)
    reset.inject(status=429, retry_after="1", path="/apps/web$")
    with FlyIo.from_account("default", retry=FAST) as client:
        client.get_app(app_name="web")
    assert waits == [1.0, None]  # the server's hint, not the 0.02 s backoff
    assert [r["status"] for r in reset.requests()] == [429, 200]


async def test_non_idempotent_post_is_not_retried(
    reset: MockServer, credentials_file: Path
) -> None:
    reset.inject(status=503, times=3, method="POST")
    async with AsyncFlyIo.from_account("default", retry=FAST) as client:
        with pytest.raises(errors.ServerError):
            await client.create_app(app_name="web")
    assert [(r["method"], r["status"]) for r in reset.requests()] == [("POST", 503)]


@pytest.mark.parametrize(("status", "error_class"), STATUSES)
def test_each_status_maps_to_its_exception(
    status: int,
    error_class: type[errors.ProviderError],
    reset: MockServer,
    credentials_file: Path,
) -> None:
    reset.inject(status=status, body={"error": f"failed with {status}"})
    no_retry = RetryPolicy.disabled()
    with (
        FlyIo.from_account("default", retry=no_retry) as client,
        pytest.raises(error_class) as caught,
    ):
        client.get_app(app_name="web")
    error = caught.value
    assert (error.status, error.method, error.path) == (status, "GET", "/fly-io/v1/apps/web")
    assert error.message == f"failed with {status}"


def test_timeout_is_typed(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(delay=1.0)
    client = FlyIo.from_account("default", timeout=0.2, retry=RetryPolicy.disabled())
    with client, pytest.raises(errors.RequestTimeout):
        client.get_app(app_name="web")


def test_traversal_stays_one_path_segment(reset: MockServer, credentials_file: Path) -> None:
    with FlyIo.from_account("default") as client:
        client.get_app(app_name="../secrets")
    [request] = reset.requests()
    assert request["tool"] == "get_app"  # routed as /apps/{app_name}, not /secrets


def test_token_is_absent_from_logs_errors_and_tracebacks(
    reset: MockServer, credentials_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    reset.inject(status=401, body={"error": "token expired"})
    with FlyIo.from_account("default", retry=RetryPolicy.disabled()) as client:
        with pytest.raises(errors.AuthenticationError) as caught:
            client.get_app(app_name="web")
        texts = [repr(client), str(caught.value), repr(caught.value)]
    texts += ["".join(traceback.format_exception(caught.value)), caplog.text]
    texts.append(str(reset.requests()))
    assert caplog.text  # httpx did log the request
    for text in texts:
        assert TEST_TOKEN not in text


@pytest.mark.parametrize("entry", PAGED, ids=[e.full_name for e in PAGED])
async def test_each_pagination_style_walks_to_the_end(
    entry: ToolEntry, reset: MockServer, credentials_file: Path
) -> None:
    package = importlib.import_module(f"generated.clients.{entry.namespace}")
    provider = package.tools.PROVIDER
    arguments: dict[str, Any] = {p.name: "web" for p in entry.params if p.required}
    paging = _paging(entry)
    sizes = {paging.limit_param, paging.per_page_param} if paging else set()
    arguments.update({p.name: PAGE_SIZE for p in entry.params if p.name in sizes})
    with getattr(package, provider.class_name).from_account("default") as client:
        walked = list(getattr(client, f"iter_{entry.name}")(**arguments))
    async with getattr(package, provider.async_class_name).from_account("default") as client:
        walked_async = [item async for item in getattr(client, f"iter_{entry.name}")(**arguments)]
    assert len(walked) == len(walked_async) == 5
    assert len(reset.requests()) == 2 * 3  # three pages, sync then async


def test_connection_error_is_typed() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}"
    client = FlyIo(api_token=TEST_TOKEN, org_slug="personal", base_url=closed, retry=FAST)
    with client, pytest.raises(errors.ConnectionFailed) as caught:
        client.get_app(app_name="web")
    assert TEST_TOKEN not in "".join(traceback.format_exception(caught.value))


def test_accounts_from_arguments_environment_and_file(
    reset: MockServer, credentials_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = reset.url_for("fly-io")
    with FlyIo(api_token="arg-token", org_slug="from-args", base_url=url) as client:
        client.list_apps()
    monkeypatch.setenv("FLY_API_TOKEN", "env-token")
    monkeypatch.setenv("FLY_ORG_SLUG", "from-env")
    monkeypatch.setenv("FLY_IO_BASE_URL", url)
    with FlyIo.from_env() as client:
        client.list_apps()
    with FlyIo.from_account("production") as client:
        client.list_apps()
    orgs = [r["query"]["org_slug"] for r in reset.requests()]
    assert orgs == [["from-args"], ["from-env"], ["production-org-slug"]]
