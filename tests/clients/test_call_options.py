"""Per-call options, raw responses, the user's httpx client or transport, and log records,
with the generated Heroku client against the mock server."""

from __future__ import annotations

import logging
from pathlib import Path

import httpx
import pytest

from generated.clients.heroku import AsyncHeroku, Heroku
from generator.hosts.mock import MockServer
from generator.runtime.errors import RequestTimeout, ServerError
from generator.runtime.options import LOGGER_NAME, RawResponse
from generator.runtime.pages import SyncPage
from generator.runtime.retry import RetryPolicy
from tests.conftest import TEST_TOKEN

FAST = RetryPolicy(backoff=0.01, max_backoff=0.02)


class RequestIdTransport(httpx.HTTPTransport):
    """Real HTTP, with a provider-style request id added to every answer."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        response.headers["X-Request-Id"] = "req-42"
        return response


def client(mock: MockServer, **options: object) -> Heroku:
    return Heroku(api_token=TEST_TOKEN, base_url=mock.url_for("heroku"), **options)  # type: ignore[arg-type]


def test_extra_headers_are_sent_with_the_spec_headers(reset: MockServer) -> None:
    with client(reset) as heroku:
        heroku.get_app(app_id_or_name="orders-api", extra_headers={"X-Trace": "t-1"})
    headers = reset.requests()[-1]["headers"]
    assert headers["x-trace"] == "t-1"
    assert "version=3" in headers["accept"], "the spec's static Accept header is kept"


def test_per_call_timeout_overrides_the_client_timeout(reset: MockServer) -> None:
    reset.inject(delay=1.0, path="/apps/orders-api")
    heroku = client(reset, timeout=30.0, retry=RetryPolicy.disabled())
    with heroku, pytest.raises(RequestTimeout):
        heroku.get_app(app_id_or_name="orders-api", timeout=0.2)


def test_max_retries_per_call(reset: MockServer) -> None:
    reset.inject(status=503, times=5, path="/apps/orders-api")
    with client(reset, retry=FAST) as heroku:
        with pytest.raises(ServerError):
            heroku.get_app(app_id_or_name="orders-api", max_retries=0)
        assert len(reset.requests()) == 1
        with pytest.raises(ServerError):
            heroku.get_app(app_id_or_name="orders-api", max_retries=3)
        assert len(reset.requests()) == 1 + 4


def test_with_raw_response_gives_status_headers_request_id_and_parse(reset: MockServer) -> None:
    with client(reset, transport=RequestIdTransport()) as heroku:
        raw = heroku.with_raw_response.get_app(app_id_or_name="orders-api")
        assert isinstance(raw, RawResponse)
        assert raw.status_code == 200 and raw.request_id == "req-42"
        assert "json" in raw.headers["content-type"]
        assert raw.parse() == heroku.get_app(app_id_or_name="orders-api")
        page = heroku.with_raw_response.list_apps().parse()
        assert isinstance(page, SyncPage) and len(list(page)) == 5
        with pytest.raises(AttributeError):
            heroku.with_raw_response.not_a_tool()


def test_raw_response_of_an_error_raises_on_parse(reset: MockServer) -> None:
    reset.inject(status=500, path="/apps/orders-api")
    with client(reset, retry=RetryPolicy.disabled()) as heroku:
        raw = heroku.with_raw_response.get_app(app_id_or_name="orders-api")
        assert raw.status_code == 500
        with pytest.raises(ServerError):
            raw.parse()


async def test_async_options_and_raw_response(reset: MockServer) -> None:
    async with AsyncHeroku(api_token=TEST_TOKEN, base_url=reset.url_for("heroku")) as heroku:
        raw = await heroku.with_raw_response.get_app(
            app_id_or_name="orders-api", extra_headers={"X-Trace": "a-1"}
        )
        assert raw.status_code == 200 and raw.parse().name
        page = await heroku.list_apps(max_retries=0)
        assert len([app async for app in page]) == 5
    assert reset.requests()[0]["headers"]["x-trace"] == "a-1"


def test_a_users_http_client_is_used_and_left_open(reset: MockServer) -> None:
    seen: list[str] = []
    http = httpx.Client(event_hooks={"request": [lambda request: seen.append(request.url.path)]})
    with client(reset, http_client=http) as heroku:
        heroku.get_app(app_id_or_name="orders-api")
    assert seen == [httpx.URL(reset.url_for("heroku")).path + "/apps/orders-api"]
    assert not http.is_closed
    assert "authorization" in reset.requests()[-1]["headers"], "our auth is applied per request"
    http.close()


def test_log_records_each_attempt_and_retry_never_a_secret(
    reset: MockServer, caplog: pytest.LogCaptureFixture
) -> None:
    reset.inject(status=503, times=1, path="/apps/orders-api")
    with caplog.at_level(logging.DEBUG, logger=LOGGER_NAME), client(reset, retry=FAST) as heroku:
        heroku.get_app(app_id_or_name="orders-api")
    records = [r for r in caplog.records if r.name == LOGGER_NAME]
    attempts = [r for r in records if r.levelno == logging.DEBUG]
    retries = [r for r in records if r.levelno == logging.INFO]
    path = httpx.URL(reset.url_for("heroku")).path + "/apps/orders-api"
    assert [r.getMessage().split(" in ")[0] for r in attempts] == [
        f"GET {path} -> 503",
        f"GET {path} -> 200",
    ]
    assert [r.attempt for r in attempts] == [1, 2]  # type: ignore[attr-defined]
    assert all(" ms (attempt " in r.getMessage() for r in attempts)
    assert len(retries) == 1 and "after 503: waiting" in retries[0].getMessage()
    assert "before attempt 2" in retries[0].getMessage()
    assert TEST_TOKEN not in caplog.text


def test_client_connections_are_pooled_generously(
    reset: MockServer, credentials_file: Path
) -> None:
    with Heroku.from_account("default") as heroku:
        pool = heroku._http._transport._pool  # type: ignore[attr-defined]
        assert pool._max_keepalive_connections == 100


class AsyncRequestIdTransport(httpx.AsyncHTTPTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        response.headers["X-Request-Id"] = "areq-7"
        return response


async def test_from_account_takes_an_async_transport(
    reset: MockServer, credentials_file: Path
) -> None:
    async with AsyncHeroku.from_account("default", transport=AsyncRequestIdTransport()) as heroku:
        raw = await heroku.with_raw_response.get_app(app_id_or_name="orders-api")
    assert raw.request_id == "areq-7"


def test_options_follow_every_page_of_a_walk(reset: MockServer, credentials_file: Path) -> None:
    with Heroku.from_account("default") as heroku:
        page = heroku.list_apps(extra_headers={"X-Trace": "walk"})
        assert len(list(page)) == 5
        assert len(list(heroku.iter_list_apps(extra_headers={"X-Trace": "walk"}))) == 5
    sent = [r["headers"].get("x-trace") for r in reset.requests()]
    assert len(sent) >= 6 and set(sent) == {"walk"}
