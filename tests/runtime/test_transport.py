"""How arguments travel: path segments, query, dotted JSON bodies, headers."""

from __future__ import annotations

import json

import pytest

from generator.runtime.errors import ArgumentError, InvalidResponse
from generator.runtime.model import anything, nothing
from tests.runtime.demo import demo
from tests.runtime.scripted import Reply, scripted_server


@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ("../secrets", "/apps/..%2Fsecrets"),
        ("a/b?c=d#e", "/apps/a%2Fb%3Fc%3Dd%23e"),
        ("%2e%2e", "/apps/%252e%252e"),
        ("naïve app", "/apps/na%C3%AFve%20app"),
    ],
)
def test_path_values_are_one_encoded_segment(value: str, sent: str) -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, {}))
        client._call("get_app", {"app_name": value}, anything)
    assert server.seen[0].path == sent


@pytest.mark.parametrize("value", ["", ".", ".."])
def test_dot_and_empty_path_values_are_refused(value: str) -> None:
    with (
        scripted_server() as server,
        demo(server.url) as client,
        pytest.raises(ArgumentError) as caught,
    ):
        client._call("get_app", {"app_name": value}, anything)
    assert caught.value.param == "app_name" and server.seen == []


def test_query_body_and_header_params() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(201, None))
        args = {"app_name": "web", "image": "nginx", "tags": ["a", "b"], "lease": "n1"}
        assert client._call("create_app", args, nothing) is None
    seen = server.seen[0]
    assert (
        seen.path == "/apps?org=personal&tag%5B%5D=a&tag%5B%5D=b"
    )  # org from its credential default
    assert json.loads(seen.body) == {"name": "web", "config": {"image": "nginx"}}
    assert seen.headers["X-Lease"] == "n1"


def test_whole_body_param() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, {"ok": True}))
        client._call("put_app", {"app_name": "web", "config": {"env": {"A": "1"}}}, anything)
    assert json.loads(server.seen[0].body) == {"env": {"A": "1"}}


def test_envelope_is_unwrapped_and_checked() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, {"total": 1, "things": [1]}), Reply(200, {"other": []}))
        assert client._call("list_envelope", {}, anything) == [1]
        with pytest.raises(InvalidResponse, match="things"):
            client._call("list_envelope", {}, anything)
