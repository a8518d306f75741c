"""File arguments and body encoders of generator/runtime/files.py, pinned exactly.

Each case kills a mutant `mutmut` left alive (docs/testing.md); multipart bodies are
read back with the standard library's MIME parser.
"""

from __future__ import annotations

import io
from email import message_from_bytes
from email.message import Message
from pathlib import Path

import pytest

from generator.runtime import files
from generator.runtime.errors import ArgumentError
from generator.runtime.files import FilePart, read_file


def test_bytes_are_named_after_the_param() -> None:
    assert read_file("t", "upload", b"ab") == FilePart("upload", b"ab", files.OCTET_STREAM)
    assert read_file("t", "a.json", bytearray(b"{}")).content_type == "application/json"


def test_tuples_name_and_type_the_content(tmp_path: Path) -> None:
    assert read_file("t", "p", ("x.txt", b"hi")) == FilePart("x.txt", b"hi", "text/plain")
    assert read_file("t", "p", ("x.txt", b"hi", "a/b")) == FilePart("x.txt", b"hi", "a/b")
    path = tmp_path / "data.csv"
    path.write_bytes(b"1,2")
    assert read_file("t", "p", ("named.bin", path)) == FilePart(
        "named.bin", b"1,2", files.OCTET_STREAM
    )


@pytest.mark.parametrize(
    "value",
    [("only",), ("a", b"b", "c", "d"), (b"name", b"x"), ("a", b"b", 3), ("a", b"b", b"c")],
)
def test_bad_tuples_are_refused_by_name(value: tuple[object, ...]) -> None:
    with pytest.raises(ArgumentError) as caught:
        read_file("upload_file", "file", value)
    assert str(caught.value) == (
        "upload_file: file parameter 'file' must be (filename, content)"
        " or (filename, content, type)"
    )
    assert (caught.value.tool, caught.value.param) == ("upload_file", "file")


def test_paths_are_read_and_named(tmp_path: Path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"# n")
    assert read_file("t", "p", path) == FilePart("notes.md", b"# n", "text/markdown")


def test_unreadable_paths_name_the_problem(tmp_path: Path) -> None:
    with pytest.raises(ArgumentError) as caught:
        read_file("t", "p", tmp_path / "missing.txt")
    assert str(caught.value) == "t: file parameter 'p' cannot be read: No such file or directory"
    assert (caught.value.tool, caught.value.param) == ("t", "p")


def test_file_objects(tmp_path: Path) -> None:
    assert read_file("t", "p", io.BytesIO(b"z")) == FilePart("p", b"z", files.OCTET_STREAM)
    path = tmp_path / "pic.png"
    path.write_bytes(b"\x89PNG")
    with path.open("rb") as handle:
        assert read_file("t", "p", handle) == FilePart("pic.png", b"\x89PNG", "image/png")
    with pytest.raises(ArgumentError) as caught:
        read_file("t", "p", io.StringIO("text"))
    assert str(caught.value) == (
        "t: file parameter 'p' is a text file object: open it in binary mode ('rb')"
    )
    assert (caught.value.tool, caught.value.param) == ("t", "p")


def test_other_values_are_refused_by_type() -> None:
    with pytest.raises(ArgumentError) as caught:
        read_file("t", "p", 42)
    assert str(caught.value) == (
        "t: file parameter 'p' must be bytes, a path or a binary file object, not int"
    )
    assert (caught.value.tool, caught.value.param) == ("t", "p")


def test_form_body() -> None:
    assert files.form_body([("a", "1 2"), ("b", "é")]) == (
        b"a=1+2&b=%C3%A9",
        "application/x-www-form-urlencoded",
    )


def parse_multipart(content: bytes, content_type: str) -> Message:
    return message_from_bytes(b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + content)


def test_multipart_body_reads_back_with_its_boundary() -> None:
    part = FilePart('a"b\r\nc.txt', b"\x00bin", "text/plain\r\nX-Evil: 1")
    content, content_type = files.multipart_body([("title", "héllo")], [("file", part)])
    boundary = content_type.partition("boundary=")[2]
    assert len(boundary) == 32 and int(boundary, 16) >= 0
    parsed = parse_multipart(content, content_type)
    fields, uploaded = parsed.get_payload()  # type: ignore[misc]
    assert fields.get_param("name", header="content-disposition") == "title"
    assert fields.get_payload(decode=True) == "héllo".encode()
    assert uploaded.get_filename() == "a%22b%0D%0Ac.txt"
    assert uploaded["Content-Type"] == "text/plain  X-Evil: 1"
    assert uploaded.get_payload(decode=True) == b"\x00bin"
    assert content.endswith(f"--{boundary}--\r\n".encode())


def test_two_multipart_bodies_use_different_boundaries() -> None:
    first = files.multipart_body([], [])[1]
    assert first != files.multipart_body([], [])[1]


def test_bad_content_inside_a_tuple_names_tool_and_param() -> None:
    with pytest.raises(ArgumentError) as caught:
        read_file("t", "p", ("x.txt", 42))
    assert str(caught.value) == (
        "t: file parameter 'p' must be bytes, a path or a binary file object, not int"
    )
    assert (caught.value.tool, caught.value.param) == ("t", "p")
