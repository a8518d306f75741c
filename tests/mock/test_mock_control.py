"""Failure injection and the request log, through Python and through `/__mock__/`."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from mock_acme import HEADERS, acme

from generator.hosts.mock import MockServer
from generator.hosts.mock.control import Injection

LIST = {"org": "o"}


@pytest.fixture(scope="module")
def server() -> Iterator[MockServer]:
    with MockServer(acme()) as running:
        yield running


@pytest.fixture
def client(server: MockServer) -> Iterator[httpx.Client]:
    server.reset()
    with httpx.Client(base_url=server.url, headers=HEADERS) as http:
        yield http


def test_injected_status_for_n_requests(server: MockServer, client: httpx.Client) -> None:
    server.inject(status=503, times=2, retry_after="1")
    statuses = [client.get("/widgets", params=LIST) for _ in range(3)]
    assert [r.status_code for r in statuses] == [503, 503, 200]
    assert statuses[0].headers["Retry-After"] == "1"
    assert "message" in statuses[0].json()


def test_injection_over_http_with_path_and_method_filters(
    server: MockServer, client: httpx.Client
) -> None:
    control = httpx.post(
        f"{server.origin}/__mock__/inject",
        json={"status": 429, "path": "/widgets/w1$", "method": "get", "body": {"id": "rate_limit"}},
    )
    assert control.status_code == 200
    assert client.get("/widgets", params=LIST).status_code == 200
    assert client.delete("/widgets/w1").status_code == 204
    limited = client.get("/widgets/w1")
    assert (limited.status_code, limited.json()) == (429, {"id": "rate_limit"})
    assert client.get("/widgets/w1").status_code == 200


def test_delay_holds_the_answer(server: MockServer, client: httpx.Client) -> None:
    server.inject(delay=2.0)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/widgets", params=LIST, timeout=0.2)
    assert client.get("/widgets", params=LIST).status_code == 200


def test_an_answer_outliving_a_reset_is_not_logged(
    server: MockServer, client: httpx.Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    arrived = threading.Event()
    take = server.state.take

    def take_and_signal(method: str, path: str) -> Injection | None:
        found = take(method, path)
        if found is not None and found.delay:
            arrived.set()  # the request is in; its answer is held for `delay`
        return found

    monkeypatch.setattr(server.state, "take", take_and_signal)
    server.inject(delay=1.5)
    held = threading.Thread(target=client.get, args=("/widgets",), kwargs={"params": LIST})
    held.start()
    assert arrived.wait(timeout=30), "the held request never reached the mock"
    server.reset()
    held.join(timeout=30)
    assert not held.is_alive()
    httpx.get(f"{server.url}/widgets/w1", headers=HEADERS)
    assert [entry["path"] for entry in server.requests()] == ["/v2/widgets/w1"]


def test_delayed_injection_still_answers(server: MockServer, client: httpx.Client) -> None:
    server.inject(status=500, delay=0.05)
    assert client.get("/widgets", params=LIST).status_code == 500


@pytest.mark.parametrize(
    "payload",
    [
        {},
        {"status": 99},
        {"status": 500, "times": 0},
        {"status": 500, "path": "("},
        {"status": 500, "x": 1},
        [],
    ],
)
def test_bad_injection_is_400(server: MockServer, payload: object) -> None:
    response = httpx.post(f"{server.origin}/__mock__/inject", json=payload)
    assert response.status_code == 400 and response.json()["message"]


def test_request_log_redacts_secrets(server: MockServer, client: httpx.Client) -> None:
    client.post(
        "/widgets",
        json={"name": "w", "config": {"image": "i"}},
        headers={"Authorization": "Bearer s3cret"},
    )
    client.get("/nowhere")
    logged = httpx.get(f"{server.origin}/__mock__/requests").json()
    assert [entry["tool"] for entry in logged] == ["create_widget", None]
    first = logged[0]
    assert first["method"] == "POST" and first["path"] == "/v2/widgets" and first["status"] == 201
    assert first["json"] == {"name": "w", "config": {"image": "i"}}
    assert first["headers"]["x-acme-key"] == "Key ***"
    assert first["headers"]["authorization"] == "Bearer ***"
    assert "secret-123" not in str(logged) and "s3cret" not in str(logged)
    assert logged[1]["status"] == 404


def test_request_log_query_and_reset(server: MockServer, client: httpx.Client) -> None:
    client.get("/widgets", params={"org": "o", "tag[]": ["a", "b"]})
    assert server.requests()[-1]["query"] == {"org": ["o"], "tag[]": ["a", "b"]}
    server.inject(status=500)
    assert httpx.post(f"{server.origin}/__mock__/reset").status_code == 200
    assert server.requests() == []
    assert client.get("/widgets", params=LIST).status_code == 200


def test_control_endpoint_wrong_method_is_json(server: MockServer) -> None:
    response = httpx.get(f"{server.origin}/__mock__/inject")
    assert response.status_code in (404, 405) and response.json()["message"]
