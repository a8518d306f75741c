"""File values of `file` params and the encoders of form, multipart and binary bodies.

A file argument is bytes, a path (`os.PathLike`), a binary file object, or a
tuple `(filename, content)` / `(filename, content, content_type)` whose content
is any of the first three. It is read into memory once, so a retried request
sends the same bytes again.
"""

from __future__ import annotations

import mimetypes
import os
import secrets
from collections.abc import Sequence
from pathlib import PurePath
from typing import IO, TypeAlias, cast
from urllib.parse import urlencode

from attrs import frozen

from generator.runtime.errors import ArgumentError

FileContent: TypeAlias = bytes | IO[bytes] | os.PathLike[str]
FileInput: TypeAlias = FileContent | tuple[str, FileContent] | tuple[str, FileContent, str]
OCTET_STREAM = "application/octet-stream"


@frozen
class FilePart:
    """One file, read: what a multipart file part or a binary body carries."""

    filename: str
    content: bytes
    content_type: str


def read_file(tool: str, param: str, value: object) -> FilePart:
    """The `FilePart` of a file argument; `param` names the file when nothing else does."""
    if not isinstance(value, tuple):
        return _part(tool, param, value, "", "")
    parts = cast("tuple[object, ...]", value)
    texts = [text for text in parts[::2] if isinstance(text, str)]  # filename, content type
    if len(parts) not in (2, 3) or len(texts) != len(parts[::2]):
        raise _wrong(tool, param, "must be (filename, content) or (filename, content, type)")
    return _part(tool, param, parts[1], texts[0], texts[1] if len(texts) == 2 else "")


def _part(tool: str, param: str, value: object, filename: str, content_type: str) -> FilePart:
    if isinstance(value, (bytes, bytearray)):
        content = bytes(value)
    elif isinstance(value, memoryview):
        content = value.tobytes()
    elif isinstance(value, os.PathLike):
        path = os.fspath(cast("os.PathLike[str] | os.PathLike[bytes]", value))
        filename = filename or PurePath(str(path)).name
        try:
            with open(path, "rb") as handle:
                content = handle.read()
        except OSError as exc:
            raise _wrong(tool, param, f"cannot be read: {exc.strerror or exc}") from None
    elif callable(read := getattr(value, "read", None)):
        content = read()
        if not isinstance(content, bytes):
            raise _wrong(tool, param, "is a text file object: open it in binary mode ('rb')")
        name = getattr(value, "name", None)
        filename = filename or (PurePath(name).name if isinstance(name, str) else "")
    else:
        kind = type(value).__name__
        raise _wrong(tool, param, f"must be bytes, a path or a binary file object, not {kind}")
    filename = filename or param
    guessed = mimetypes.guess_type(filename)[0]
    return FilePart(filename, content, content_type or guessed or OCTET_STREAM)


def _wrong(tool: str, param: str, problem: str) -> ArgumentError:
    return ArgumentError(f"{tool}: file parameter {param!r} {problem}", tool=tool, param=param)


def form_body(fields: Sequence[tuple[str, str]]) -> tuple[bytes, str]:
    """`application/x-www-form-urlencoded` content and its Content-Type."""
    return urlencode(list(fields)).encode("ascii"), "application/x-www-form-urlencoded"


def multipart_body(
    fields: Sequence[tuple[str, str]], files: Sequence[tuple[str, FilePart]]
) -> tuple[bytes, str]:
    """`multipart/form-data` content (fields first, then files) and its Content-Type."""
    boundary = secrets.token_hex(16)
    chunks: list[bytes] = []
    for name, value in fields:
        chunks.append(_head(boundary, name) + b"\r\n" + value.encode("utf-8") + b"\r\n")
    for name, part in files:
        head = _head(boundary, name, part.filename)
        head += f"Content-Type: {_header_text(part.content_type)}\r\n".encode()
        chunks.append(head + b"\r\n" + part.content + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def _head(boundary: str, name: str, filename: str | None = None) -> bytes:
    disposition = f'form-data; name="{_quoted(name)}"'
    if filename is not None:
        disposition += f'; filename="{_quoted(filename)}"'
    return f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()


def _quoted(text: str) -> str:
    """A quoted-string parameter as browsers write it (HTML's multipart/form-data rules)."""
    return text.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _header_text(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")
