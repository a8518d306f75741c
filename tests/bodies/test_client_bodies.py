"""Form, multipart and binary bodies through the generated sync and async clients to the
mock over loopback: the mock's log shows exactly what arrived."""

from __future__ import annotations

import base64
import io
from collections.abc import Awaitable, Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.hosts.mock import MockServer
from generator.hosts.mock.synth import synthesize
from generator.runtime.errors import ArgumentError, BadRequestError, InvalidResponse
from generator.spec.model import Provider

from .conftest import TOKEN

Call = Callable[..., Any]


def part(filename: str, content_type: str, content: bytes) -> dict[str, Any]:
    return {
        "filename": filename,
        "content_type": content_type,
        "size": len(content),
        "content_base64": base64.b64encode(content).decode(),
    }


@pytest.fixture(params=["sync", "async"])
def call(request: pytest.FixtureRequest, package: ModuleType, server: MockServer) -> Call:
    """`call(tool, **args)`: the tool through the sync or the async client."""
    if request.param == "sync":

        def sync_call(tool: str, **args: Any) -> Any:
            with package.Bodies(api_token=TOKEN, base_url=server.url) as client:
                return getattr(client, tool)(**args)

        return sync_call

    async def run(tool: str, args: dict[str, Any]) -> Any:
        async with package.AsyncBodies(api_token=TOKEN, base_url=server.url) as client:
            method: Callable[..., Awaitable[Any]] = getattr(client, tool)
            return await method(**args)

    def async_call(tool: str, **args: Any) -> Any:
        import asyncio

        return asyncio.run(run(tool, args))

    return async_call


def arrived(server: MockServer) -> dict[str, Any]:
    (entry,) = server.requests()
    assert entry["status"] == 200, entry
    return entry


def test_form_fields_arrive_urlencoded(call: Call, server: MockServer) -> None:
    receipt = call("submit_form", title="a&b = c ü", count=3, tags=["x", "y"], public=False)
    assert receipt.id
    entry = arrived(server)
    assert entry["headers"]["content-type"] == "application/x-www-form-urlencoded"
    assert entry["form"] == {
        "title": ["a&b = c ü"],
        "count": ["3"],
        "tag[]": ["x", "y"],
        "public": ["false"],
    }
    assert entry["json"] is None and "files" not in entry


def test_multipart_sends_fields_and_files_from_every_source(
    call: Call, server: MockServer, tmp_path: Path
) -> None:
    path = tmp_path / "report.csv"
    path.write_bytes(b"a,b\n1,2\n")
    extras = [b"\x00\xffraw", io.BytesIO(b"{}"), ("notes.md", b"# hi", "text/markdown")]
    call("upload_files", site_id="s-1", file=path, extras=extras, title="T", labels=["p", "q"])
    entry = arrived(server)
    assert entry["path"] == "/v1/sites/s-1/files"
    assert entry["headers"]["content-type"].startswith("multipart/form-data; boundary=")
    assert entry["form"] == {"title": ["T"], "labels": ["p", "q"]}
    assert entry["files"] == {
        "file": [part("report.csv", "text/csv", b"a,b\n1,2\n")],
        "extras": [
            part("extras", "application/octet-stream", b"\x00\xffraw"),
            part("extras", "application/octet-stream", b"{}"),
            part("notes.md", "text/markdown", b"# hi"),
        ],
    }


def test_multipart_file_object_keeps_its_name(
    call: Call, server: MockServer, tmp_path: Path
) -> None:
    path = tmp_path / 'odd "name".json'
    path.write_bytes(b'{"k": 1}')
    with path.open("rb") as handle:
        call("upload_files", site_id="s", file=handle)
    files = arrived(server)["files"]
    # Quotes in a filename travel percent-encoded, as browsers send them.
    assert files == {"file": [part("odd %22name%22.json", "application/json", b'{"k": 1}')]}


def test_binary_body_carries_the_declared_content_type(call: Call, server: MockServer) -> None:
    data = bytes(range(256))
    call("put_archive", name="site", archive=data)
    entry = arrived(server)
    assert entry["path"] == "/v1/archives/site"
    assert entry["content"] == {
        "content_type": "application/zip",
        "size": 256,
        "content_base64": base64.b64encode(data).decode(),
    }


def test_binary_body_defaults_to_octet_stream(
    call: Call, server: MockServer, tmp_path: Path
) -> None:
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x01\x02")
    call("post_blob", data=path)
    assert arrived(server)["content"]["content_type"] == "application/octet-stream"


def test_the_mock_refuses_what_the_spec_does_not_allow(call: Call, server: MockServer) -> None:
    with pytest.raises(BadRequestError, match="body field 'count': 0 is less than the minimum"):
        call("submit_form", title="t", count=0)
    with pytest.raises(BadRequestError, match="'color'"):
        call("submit_form", title="t", color="green")


def test_bad_file_values_fail_before_sending(
    call: Call, server: MockServer, tmp_path: Path
) -> None:
    with pytest.raises(ArgumentError, match="binary mode"):
        call("post_blob", data=io.StringIO("text"))
    with pytest.raises(ArgumentError, match="cannot be read"):
        call("post_blob", data=tmp_path / "missing.bin")
    with pytest.raises(ArgumentError, match="must be bytes, a path or a binary file object"):
        call("post_blob", data="a string is not a file")
    assert server.requests() == []


def test_an_optional_result_may_be_empty(call: Call, server: MockServer) -> None:
    assert call("touch", id="r-1").id == "r-1"  # the mock's synthesized answer
    server.inject(status=200, empty=True)
    assert call("touch", id="r-1") is None


def test_an_empty_answer_where_the_spec_promises_a_value_is_invalid(
    call: Call, server: MockServer
) -> None:
    server.inject(status=200, empty=True)
    with pytest.raises(InvalidResponse, match="submit_form: expected Receipt, got an empty body"):
        call("submit_form", title="t")


def test_an_undeclared_success_status_is_an_error(call: Call, server: MockServer) -> None:
    server.inject(status=202, body={"id": "x"})
    with pytest.raises(Exception, match="202"):
        call("touch", id="r-1")  # `success: [200]`


def test_a_declared_204_makes_the_result_optional(call: Call, server: MockServer) -> None:
    assert call("archive_receipt", id="r-2").id == "r-2"
    server.inject(status=204, empty=True)
    assert call("archive_receipt", id="r-2") is None


def test_synthesized_samples_upload_through_the_client(
    call: Call, server: MockServer, bodies_provider: Provider
) -> None:
    """Sample arguments (what tests of imported specs call every tool with) are sendable."""
    for tool in bodies_provider.tools:
        args = {p.name: synthesize(bodies_provider, p.type, label=p.name) for p in tool.params}
        if tool.name == "submit_form":
            args["color"] = "red"
        call(tool.name, **args)
    assert [r["status"] for r in server.requests()] == [200] * len(bodies_provider.tools)
    blob = next(r for r in server.requests() if r["tool"] == "post_blob")
    assert base64.b64decode(blob["content"]["content_base64"]) == b"data-1"
