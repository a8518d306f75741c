"""Retries: which requests, how many times, and how long to wait."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from generator.runtime import errors
from generator.runtime.model import anything, nothing
from generator.runtime.retry import RetryPolicy, RetryState, retry_after
from tests.runtime.demo import async_demo, demo
from tests.runtime.scripted import Reply, scripted_server


def test_idempotent_get_is_retried_on_503_then_succeeds() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(503, {"message": "busy"}), Reply(200, {"name": "a"}))
        assert client._call("get_app", {"app_name": "a"}, anything) == {"name": "a"}
        assert len(server.seen) == 2


async def test_async_client_retries_too() -> None:
    with scripted_server() as server:
        server.add(Reply(502), Reply(504), Reply(200, {"name": "a"}))
        async with async_demo(server.url) as client:
            assert await client._call("get_app", {"app_name": "a"}, anything) == {"name": "a"}
        assert len(server.seen) == 3


def test_attempts_are_bounded() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(*[Reply(503, {"message": "still busy"})] * 5)
        with pytest.raises(errors.ServerError, match="still busy"):
            client._call("get_app", {"app_name": "a"}, anything)
        assert len(server.seen) == 3


def test_non_idempotent_post_is_never_retried() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(503), Reply(201, {}))
        with pytest.raises(errors.ServerError):
            client._call("create_app", {"app_name": "a"}, nothing)
        assert len(server.seen) == 1


def test_post_declared_idempotent_is_retried() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(429, headers={"Retry-After": "0"}), Reply(200, {"ok": True}))
        assert client._call("put_app", {"app_name": "a", "config": {}}, anything) == {"ok": True}
        assert len(server.seen) == 2


def test_disabled_policy_sends_once() -> None:
    with scripted_server() as server, demo(server.url, RetryPolicy.disabled()) as client:
        server.add(Reply(503), Reply(200, {}))
        with pytest.raises(errors.ServerError):
            client._call("get_app", {"app_name": "a"}, anything)
        assert len(server.seen) == 1


def test_retry_after_seconds_is_honoured_and_capped() -> None:
    policy = RetryPolicy(max_retry_after=5.0)
    state = RetryState(policy, idempotent=True)
    request = httpx.Request("GET", "http://x/")
    assert (
        state.after_response(httpx.Response(503, headers={"Retry-After": "3"}, request=request))
        == 3
    )
    state = RetryState(policy, idempotent=True)
    assert (
        state.after_response(httpx.Response(429, headers={"Retry-After": "120"}, request=request))
        == 5
    )


def test_retry_after_http_date() -> None:
    when = datetime.now(UTC) + timedelta(seconds=30)
    seconds = retry_after(format_datetime(when, usegmt=True))
    assert seconds is not None and 25 <= seconds <= 30
    assert retry_after("not a date") is None


def test_backoff_has_full_jitter_below_the_ceiling() -> None:
    policy = RetryPolicy(max_attempts=10, backoff=0.5, max_backoff=2.0)
    state = RetryState(policy, idempotent=True)
    delays = [state.after_error() for _ in range(5)]
    assert all(d is not None and 0 <= d <= 2.0 for d in delays)


def test_total_time_budget_stops_retries() -> None:
    state = RetryState(RetryPolicy(max_elapsed=1.0), idempotent=True)
    request = httpx.Request("GET", "http://x/")
    assert (
        state.after_response(httpx.Response(503, headers={"Retry-After": "5"}, request=request))
        is None
    )


def test_connection_error_is_typed_after_retries() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with (
        demo(f"http://127.0.0.1:{port}") as client,
        pytest.raises(errors.ConnectionFailed) as caught,
    ):
        client._call("get_app", {"app_name": "a"}, anything)
    assert caught.value.path == "/apps/a" and caught.value.status == 0


def test_timeout_is_typed() -> None:
    with (
        scripted_server() as server,
        demo(server.url, RetryPolicy.disabled(), timeout=0.2) as client,
    ):
        server.add(Reply(200, {}, delay=1.0))
        with pytest.raises(errors.RequestTimeout):
            client._call("get_app", {"app_name": "a"}, anything)
