"""Answers held to the spec by the generated client, from a scripted loopback server:
non-JSON bodies where the spec promises data, JSON under another content type."""

from __future__ import annotations

from types import ModuleType

import pytest

from generator.runtime.errors import InvalidResponse
from tests.runtime.scripted import Reply, scripted_server

from .conftest import TOKEN

HTML = b"<html><body>Bad gateway</body></html>"


def test_an_html_page_where_data_is_promised_is_invalid(package: ModuleType) -> None:
    with scripted_server() as server, package.Bodies(api_token=TOKEN, base_url=server.url) as c:
        server.add(Reply(200, HTML, {"Content-Type": "text/html"}))
        with pytest.raises(InvalidResponse, match="touch: expected Receipt, got a text/html body"):
            c.touch(id="r")


def test_json_under_another_content_type_is_read(package: ModuleType) -> None:
    with scripted_server() as server, package.Bodies(api_token=TOKEN, base_url=server.url) as c:
        server.add(
            Reply(200, b'{"id": "r", "size": 3}', {"Content-Type": "application/octet-stream"})
        )
        receipt = c.touch(id="r")
    assert receipt is not None and (receipt.id, receipt.size) == ("r", 3)


def test_an_empty_answer_without_a_content_type(package: ModuleType) -> None:
    with scripted_server() as server, package.Bodies(api_token=TOKEN, base_url=server.url) as c:
        server.add(Reply(200, None), Reply(200, None))
        assert c.touch(id="r") is None  # optional
        with pytest.raises(InvalidResponse, match="expected Receipt, got an empty body"):
            c.put_archive(name="a", archive=b"x")
