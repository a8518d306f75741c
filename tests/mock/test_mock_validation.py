"""Requests are checked against the spec: 400 naming the param, 401 for auth."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from mock_acme import HEADERS, acme

from generator.hosts.mock import MockServer
from generator.spec.model import Auth


@pytest.fixture(scope="module")
def client() -> Iterator[httpx.Client]:
    with MockServer(acme()) as server, httpx.Client(base_url=server.url, headers=HEADERS) as http:
        yield http


def message(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    text: str = response.json()["message"]
    return text


def test_valid_list_request(client: httpx.Client) -> None:
    params: Any = {
        "org": "o",
        "per_page": "3",
        "kind": "large",
        "archived": "false",
        "tag[]": ["a", "b"],
    }
    assert client.get("/widgets", params=params).status_code == 200


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({}, "org"),
        ({"org": "o", "colour": "red"}, "colour"),
        ({"org": "o", "per_page": "ten"}, "per_page"),
        ({"org": "o", "per_page": "51"}, "per_page"),
        ({"org": "o", "per_page": "0"}, "per_page"),
        ({"org": "o", "kind": "medium"}, "kind"),
        ({"org": "o", "archived": "maybe"}, "archived"),
        ({"org": ["a", "b"]}, "org"),
    ],
)
def test_bad_query_is_400_naming_the_param(client: httpx.Client, params: Any, named: str) -> None:
    assert named in message(client.get("/widgets", params=params), 400)


def test_integer_path_param_is_typed(client: httpx.Client) -> None:
    assert client.get("/builds/12").json()["number"] == 12
    assert "number" in message(client.get("/builds/twelve"), 400)


@pytest.mark.parametrize(
    ("headers", "fragment"),
    [
        ({"X-Acme-Key": ""}, "X-Acme-Key"),
        ({"X-Acme-Key": "Bearer abc"}, "Key <token>"),
        ({"X-Acme-Key": "Key two words"}, "Key <token>"),
    ],
)
def test_bad_auth_is_401(client: httpx.Client, headers: dict[str, str], fragment: str) -> None:
    assert fragment in message(client.get("/widgets", params={"org": "o"}, headers=headers), 401)


def test_missing_auth_is_401() -> None:
    with MockServer(acme()) as server:
        response = httpx.get(
            f"{server.url}/widgets", params={"org": "o"}, headers={"Accept": HEADERS["Accept"]}
        )
    assert "missing X-Acme-Key" in message(response, 401)


def test_basic_auth_shape() -> None:
    basic = Auth(kind="basic", credential="user", password_credential="password")
    good = "Basic " + base64.b64encode(b"me:pw").decode()
    no_colon = "Basic " + base64.b64encode(b"mepw").decode()
    with MockServer(acme(basic)) as server, httpx.Client(base_url=server.url) as http:
        for value, status in [(good, 200), (no_colon, 401), ("Basic !!", 401), ("Bearer x", 401)]:
            headers = {"Authorization": value, "Accept": HEADERS["Accept"]}
            assert http.get("/widgets", params={"org": "o"}, headers=headers).status_code == status


def test_static_header_is_required(client: httpx.Client) -> None:
    response = client.get("/widgets", params={"org": "o"}, headers={"Accept": "*/*"})
    assert "Accept" in message(response, 400)


def test_valid_body_with_dotted_paths(client: httpx.Client) -> None:
    body = {"name": "w", "config": {"image": "nginx", "guest": {"cpus": 2}}, "labels": ["a"]}
    response = client.post("/widgets", json=body, headers={"X-Request-Id": "r1"})
    assert response.status_code == 201
    assert response.json()["widget"]["id"] == "id-1"


@pytest.mark.parametrize(
    ("body", "named"),
    [
        ({"config": {"image": "x"}}, "'name'"),
        ({"name": "w"}, "'config'"),
        ({"name": "w", "config": {}}, "'image'"),
        ({"name": "w", "config": {"image": 5}}, "config.image"),
        ({"name": "w", "config": {"image": "x", "guest": {"cpus": 99}}}, "config.guest.cpus"),
        ({"name": "w", "config": {"image": "x", "gpu": 1}}, "'gpu'"),
        ({"name": "w", "config": {"image": "x"}, "colour": "red"}, "'colour'"),
        ({"name": None, "config": {"image": "x"}}, "name"),
        ({"name": "w", "config": {"image": "x"}, "labels": [1]}, "labels[0]"),
        (["not", "an", "object"], "request body"),
    ],
)
def test_bad_body_is_400_naming_the_field(client: httpx.Client, body: Any, named: str) -> None:
    assert named in message(client.post("/widgets", json=body), 400)


def test_whole_body_param_is_checked_against_its_type(client: httpx.Client) -> None:
    assert client.put("/widgets/w1", json={"name": "n", "size": 2}).status_code == 200
    assert "'name'" in message(client.put("/widgets/w1", json={"size": 2}), 400)
    assert "'extra'" in message(client.put("/widgets/w1", json={"name": "n", "extra": 1}), 400)
    assert "size" in message(client.put("/widgets/w1", json={"name": "n", "size": "2"}), 400)
    assert "widget" in message(client.put("/widgets/w1"), 400)


@pytest.mark.parametrize(
    "content", [b"{", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b'{"name": NaN']
)
def test_malformed_json_is_400(client: httpx.Client, content: bytes) -> None:
    response = client.post(
        "/widgets", content=content, headers={"Content-Type": "application/json"}
    )
    assert response.status_code == 400


def test_huge_body_is_413(client: httpx.Client) -> None:
    response = client.post("/widgets", content=b" " * (2 << 20))
    assert response.status_code == 413


def test_chunked_huge_body_is_413(client: httpx.Client) -> None:
    chunks = (b"x" * 65536 for _ in range(40))
    assert client.post("/widgets", content=chunks).status_code == 413


@pytest.mark.parametrize(
    "path",
    ["/widgets/a/b/c", "/../../etc/passwd", "/widgets/%00/x", "//widgets", "/%ff%fe/log", "/"],
)
def test_weird_paths_answer_4xx_json(client: httpx.Client, path: str) -> None:
    response = client.get(path)
    assert 400 <= response.status_code < 500
    assert "message" in response.json()


def test_path_values_are_decoded_per_segment(client: httpx.Client) -> None:
    assert client.get("/widgets/a%2Fb").json()["id"] == "a/b"
    assert client.get("/widgets/%ff%fe").status_code == 200


def test_wrong_method_is_405(client: httpx.Client) -> None:
    assert "GET" in message(client.patch("/widgets"), 405)


def test_outside_the_base_path_is_404() -> None:
    with MockServer(acme()) as server:
        response = httpx.get(f"{server.origin}/v1/widgets", headers=HEADERS)
    assert "/v1/widgets" in message(response, 404)
