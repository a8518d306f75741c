"""Reading answers, path segments, scalars and backoff at their edges (pinned exactly).

Each case kills a mutant `mutmut` left alive in generator/runtime (docs/testing.md).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from attrs import evolve

from generator.runtime import errors, retry, transport
from generator.runtime.model import anything
from generator.runtime.retry import RetryPolicy, RetryState
from tests.runtime.demo import TOOLS, demo
from tests.runtime.scripted import Reply, scripted_server


def answer(status: int, content: bytes = b"", **headers: str) -> httpx.Response:
    request = httpx.Request("GET", "https://api.example/v1/x")
    return httpx.Response(status, content=content, headers=headers, request=request)


@pytest.mark.parametrize("status", [199, 300, 301])
def test_only_2xx_is_success_by_default(status: int) -> None:
    with pytest.raises(errors.ProviderError) as caught:
        transport.read("p", "GET", answer(status, b'{"message": "m"}'), ())
    assert (caught.value.provider, caught.value.status) == ("p", status)


def test_declared_success_statuses_replace_2xx() -> None:
    assert transport.read("p", "GET", answer(202, b"[1]"), (202,)) == [1]
    with pytest.raises(errors.BadRequestError):
        transport.read("p", "GET", answer(200, b"[1]"), (202,))
    assert transport.read("p", "GET", answer(299, b"[2]"), ()) == [2]


def test_empty_and_non_json_answers() -> None:
    assert transport.read("p", "GET", answer(204, b""), ()) is None
    assert transport.read("p", "GET", answer(205, b"[3]"), ()) == [3]  # only 204 means empty
    assert transport.read("p", "GET", answer(200, b"[4]"), ()) == [4]  # no content type: JSON
    typed = answer(200, b"plain", **{"Content-Type": "text/plain"})
    assert transport.read("p", "GET", typed, ()) == "plain"


def test_invalid_json_names_provider_and_method() -> None:
    with pytest.raises(errors.InvalidResponse) as caught:
        transport.read("p", "POST", answer(200, b"{oops"), ())
    error = caught.value
    assert str(error) == "p POST /v1/x -> 200: response body is not valid JSON"


def test_a_success_list_of_the_tool_is_used_by_the_client() -> None:
    tools = {**TOOLS, "get_app": evolve(TOOLS["get_app"], success=(202,))}
    with scripted_server() as server, demo(server.url) as client:
        client.TOOLS = tools
        server.add(Reply(200, {"name": "x"}), Reply(202, {"name": "y"}))
        with pytest.raises(errors.BadRequestError) as caught:
            client._call("get_app", {"app_name": "a"}, anything)
        assert caught.value.provider == "demo"
        assert client._call("get_app", {"app_name": "a"}, anything) == {"name": "y"}


def test_bad_page_bodies_name_the_tool_while_walking() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, {"not": "a list"}))
        with pytest.raises(errors.InvalidResponse, match=r"^list_cursor: expected a list page"):
            list(client._iterate("list_cursor", {}, anything))


def test_path_segment_refusal_names_tool_and_param() -> None:
    with pytest.raises(errors.ArgumentError) as caught:
        transport.path_segment("get_app", "app_name", "..")
    assert (str(caught.value), caught.value.tool, caught.value.param) == (
        "get_app: parameter 'app_name' must not be '..'",
        "get_app",
        "app_name",
    )
    assert transport.path_segment("t", "p", "a/b c?") == "a%2Fb%20c%3F"


def test_booleans_travel_as_lowercase_words() -> None:
    assert (transport.scalar(True), transport.scalar(False), transport.scalar(0)) == (
        "true",
        "false",
        "0",
    )


@pytest.fixture
def no_jitter(monkeypatch: pytest.MonkeyPatch) -> list[tuple[float, float]]:
    """random.uniform returns its upper bound; the bounds asked for are recorded."""
    asked: list[tuple[float, float]] = []

    def upper(low: float, high: float) -> float:
        asked.append((low, high))
        return high

    monkeypatch.setattr(random, "uniform", upper)
    return asked


def test_backoff_doubles_from_the_base_up_to_the_cap(no_jitter: list[tuple[float, float]]) -> None:
    state = RetryState(RetryPolicy(max_attempts=5, backoff=1.0, max_backoff=5.0), True)
    delays = [state.after_error() for _ in range(5)]
    assert delays == [1.0, 2.0, 4.0, 5.0, None]
    assert [low for low, _ in no_jitter] == [0, 0, 0, 0]


def test_the_elapsed_budget_allows_a_retry_ending_exactly_on_it(
    no_jitter: list[tuple[float, float]], monkeypatch: pytest.MonkeyPatch
) -> None:
    now = [100.0]
    monkeypatch.setattr(retry.time, "monotonic", lambda: now[0])
    policy = RetryPolicy(max_attempts=5, backoff=2.0, max_backoff=2.0, max_elapsed=10.0)
    state = RetryState(policy, True)
    now[0] = 108.0
    assert state.after_error() == 2.0  # ends at 10.0 s: allowed
    now[0] = 108.5
    assert state.after_error() is None


def test_retry_after_header_is_read_case_insensitively() -> None:
    state = RetryState(RetryPolicy(max_attempts=3), True)
    assert state.after_response(answer(503, b"", **{"Retry-After": "7"})) == 7.0


def test_a_retry_after_date_in_the_past_means_now() -> None:
    past = format_datetime(datetime.now(UTC) - timedelta(minutes=5), usegmt=True)
    assert retry.retry_after(past) == 0.0
    soon = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25.0 < (retry.retry_after(soon) or 0.0) <= 30.0


def test_an_offset_walk_stops_after_a_page_shorter_than_its_limit() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, [1, 2]), Reply(200, [3]))
        assert list(client._iterate("list_offset", {"limit": 2}, anything)) == [1, 2, 3]
    assert [s.path for s in server.seen] == ["/rows?limit=2", "/rows?limit=2&offset=2"]


def test_numbers_the_caller_sent_as_words_restart_from_the_first_page() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, [1]), Reply(200, []))
        assert list(client._iterate("list_page", {"page": "first"}, anything)) == [1]
        server.add(Reply(200, [1]), Reply(200, []))
        assert list(client._iterate("list_offset", {"offset": "start"}, anything)) == [1]
    assert [s.path for s in server.seen] == [
        "/numbered?page=first",
        "/numbered?page=2",
        "/rows?offset=start",
        "/rows?offset=1",
    ]


def test_argument_errors_default_to_no_tool_or_param() -> None:
    error = errors.ArgumentError("m")
    assert (error.tool, error.param) == ("", "")
