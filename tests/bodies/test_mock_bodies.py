"""The mock holds raw form, multipart and binary requests to the spec (no client involved)."""

from __future__ import annotations

import httpx
import pytest

from generator.hosts.mock import MockServer

AUTH = {"Authorization": "Bearer tok", "Accept": "application/json"}


def post(server: MockServer, path: str, **options: object) -> httpx.Response:
    headers = {**AUTH, **options.pop("headers", {})}  # type: ignore[dict-item]
    return httpx.post(server.url + path, headers=headers, **options)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("path", "options", "status", "message"),
    [
        ("/forms", {"json": {"title": "t"}}, 415, "Content-Type must be"),
        ("/forms", {"data": {"title": "t", "extra": "x"}}, 400, "unknown body field 'extra'"),
        ("/forms", {"data": {"count": "2"}}, 400, "'title' is a required property"),
        ("/forms", {"data": {"title": "t", "count": "two"}}, 400, "must be integer"),
        ("/forms", {"data": {"title": "t", "public": "maybe"}}, 400, "must be boolean"),
        ("/forms", {"data": {"title": ["a", "b"]}}, 400, "'title' given more than once"),
        ("/sites/s/files", {"data": {"title": "t"}}, 415, "multipart/form-data"),
        (
            "/sites/s/files",
            {"files": {"title": ("t.txt", b"x")}, "data": {"file": "not a file"}},
            400,
            "body field 'file' must be a file part",
        ),
        ("/sites/s/files", {"files": {"extras": ("a", b"x")}}, 400, "'file' is required"),
        (
            "/sites/s/files",
            {"files": [("file", ("a", b"1")), ("file", ("b", b"2"))]},
            400,
            "'file' given more than once",
        ),
        (
            "/sites/s/files",
            {
                "content": b"--x\r\nbroken",
                "headers": {"Content-Type": "multipart/form-data"},
            },
            400,
            "malformed request body: Missing boundary",
        ),
        (
            "/blobs",
            {"content": b"\x00", "headers": {"Content-Type": "application/zip"}},
            415,
            "'application/octet-stream'",
        ),
    ],
)
def test_refusals(
    server: MockServer, path: str, options: dict[str, object], status: int, message: str
) -> None:
    response = post(server, path, **options)
    assert response.status_code == status, response.text
    assert message in response.json()["message"]


def test_binary_put_is_logged_byte_for_byte(server: MockServer) -> None:
    response = httpx.put(
        server.url + "/archives/a",
        headers={**AUTH, "Content-Type": "application/zip"},
        content=b"PK\x03\x04",
    )
    assert response.status_code == 200, response.text
    (entry,) = server.requests()
    assert entry["content"] == {
        "content_type": "application/zip",
        "size": 4,
        "content_base64": "UEsDBA==",
    }


def test_a_required_binary_body_must_not_be_empty(server: MockServer) -> None:
    response = httpx.put(
        server.url + "/archives/a", headers={**AUTH, "Content-Type": "application/zip"}
    )
    assert response.status_code == 400
    assert "'archive' is required" in response.json()["message"]


def test_auth_is_checked_before_the_body(server: MockServer) -> None:
    response = httpx.post(server.url + "/forms", json={"title": "t"})
    assert response.status_code == 401
