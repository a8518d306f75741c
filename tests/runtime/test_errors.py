"""Status codes map to typed errors that carry context but never the token."""

from __future__ import annotations

import logging
import traceback

import pytest

from generator.runtime import errors
from generator.runtime.auth import Secret
from generator.runtime.model import anything
from generator.runtime.retry import RetryPolicy
from tests.runtime.demo import STATUSES, TOKEN, demo
from tests.runtime.scripted import Reply, scripted_server


@pytest.mark.parametrize(("status", "error_class"), STATUSES)
def test_status_maps_to_error_class(status: int, error_class: type[errors.ProviderError]) -> None:
    with scripted_server() as server, demo(server.url, RetryPolicy.disabled()) as client:
        server.add(Reply(status, {"message": "nope"}, headers={"X-Request-Id": "req-42"}))
        with pytest.raises(error_class) as caught:
            client._call("get_app", {"app_name": "a"}, anything)
    error = caught.value
    assert (error.status, error.method, error.path) == (status, "GET", "/apps/a")
    assert (error.message, error.request_id) == ("nope", "req-42")
    assert "GET /apps/a" in str(error) and "req-42" in str(error)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"error": "app not found", "status": "unknown"}, "app not found"),
        ({"id": "not_found", "message": "Couldn't find that app."}, "Couldn't find that app."),
        ({"id": "forbidden"}, "forbidden"),
        (b"plain text failure", "plain text failure"),
    ],
)
def test_provider_message_is_parsed(body: object, message: str) -> None:
    with scripted_server() as server, demo(server.url, RetryPolicy.disabled()) as client:
        server.add(Reply(404, body, headers={"Fly-Request-Id": "fly-1"}))
        with pytest.raises(errors.NotFoundError) as caught:
            client._call("get_app", {"app_name": "a"}, anything)
    assert caught.value.message == message
    assert caught.value.request_id == "fly-1"


def test_token_never_leaks(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    with scripted_server() as server, demo(server.url, RetryPolicy.disabled()) as client:
        server.add(Reply(401, {"message": "bad token"}))
        with pytest.raises(errors.AuthenticationError) as caught:
            client._call("get_app", {"app_name": "a"}, anything)
        texts = [
            str(caught.value),
            repr(caught.value),
            "".join(traceback.format_exception(caught.value)),
            repr(client),
            repr(client._core.account),
            repr(client._core.auth),
            caplog.text,
        ]
        assert server.seen[0].headers["Authorization"] == f"Bearer {TOKEN}"
    for text in texts:
        assert TOKEN not in text


def test_secret_masks_its_value() -> None:
    secret = Secret("hunter2")
    assert (
        "hunter2" not in repr(secret)
        and "hunter2" not in str(secret)
        and "hunter2" not in f"{secret}"
    )
    assert secret.reveal() == "hunter2"


def test_invalid_json_is_an_invalid_response() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, b"{not json"))
        with pytest.raises(errors.InvalidResponse, match="not valid JSON"):
            client._call("get_app", {"app_name": "a"}, anything)
