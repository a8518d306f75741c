"""Form, multipart and binary request bodies: parsed, checked against the tool, logged.

`receive()` parses a body by the tool's `http.body` kind (JSON bodies are
`ToolRules.body`'s); `check()` holds its fields and files to the tool's body
params. The log entry of such a request carries `form` (field -> values),
`files` (param -> parts: filename, content_type, size, content_base64) or,
for binary bodies, `content` (one part without a filename).
"""

from __future__ import annotations

import base64
from typing import Any

from attrs import frozen
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.types import Message

from generator.hosts.mock.request_checks import RequestError, short
from generator.hosts.mock.validate import ToolRules, coerce
from generator.spec.model import Tool

MEDIA_TYPES = {"form": "application/x-www-form-urlencoded", "multipart": "multipart/form-data"}
MAX_PARTS = 100


@frozen
class Part:
    filename: str | None  # None for a binary body
    content_type: str
    content: bytes

    def log(self) -> dict[str, Any]:
        entry: dict[str, Any] = {} if self.filename is None else {"filename": self.filename}
        return entry | {
            "content_type": self.content_type,
            "size": len(self.content),
            "content_base64": base64.b64encode(self.content).decode("ascii"),
        }


@frozen
class Received:
    kind: str  # form | multipart | binary
    fields: dict[str, list[str]]
    files: dict[str, list[Part]]

    def log(self) -> dict[str, Any]:
        if self.kind == "binary":
            parts = [part for parts in self.files.values() for part in parts]
            return {"content": parts[0].log() if parts else None}
        entry: dict[str, Any] = {"form": self.fields}
        if self.kind == "multipart":
            entry["files"] = {name: [p.log() for p in parts] for name, parts in self.files.items()}
        return entry


async def receive(request: Request, raw: bytes, tool: Tool) -> Received | None:
    """The parsed body of a form, multipart or binary tool; None for JSON tools."""
    assert tool.http is not None
    kind = tool.http.body
    if kind == "json":
        return None
    sent_type = request.headers.get("content-type", "")
    media_type = sent_type.split(";")[0].strip().lower()
    expected = MEDIA_TYPES.get(kind) or tool.http.binary_type
    if media_type != expected.lower():
        got = f"'{short(sent_type)}'" if sent_type else "none"
        raise RequestError(415, f"Content-Type must be '{expected}'; got {got}")
    if kind == "binary":
        body_params = [p for p in tool.params if p.location == "body"]
        name = body_params[0].wire_name if body_params else "body"
        return Received(kind, {}, {name: [Part(None, sent_type, raw)]} if raw else {})
    fields: dict[str, list[str]] = {}
    files: dict[str, list[Part]] = {}
    for name, value in (await _form(request, raw)).multi_items():
        if isinstance(value, UploadFile):
            content_type = value.content_type or ""
            part = Part(value.filename or "", content_type, await value.read())
            files.setdefault(name, []).append(part)
        else:
            fields.setdefault(name, []).append(value)
    return Received(kind, fields, files)


async def _form(request: Request, raw: bytes) -> Any:
    """Starlette's parsers, fed the body already read (and size-checked)."""
    delivered = False

    async def replay() -> Message:
        nonlocal delivered
        if delivered:
            return {"type": "http.disconnect"}
        delivered = True
        return {"type": "http.request", "body": raw, "more_body": False}

    try:
        return await Request(request.scope, replay).form(max_files=MAX_PARTS, max_fields=MAX_PARTS)
    except (MultiPartException, HTTPException) as exc:  # Starlette wraps the parser's errors
        detail = exc.detail if isinstance(exc, HTTPException) else exc.message
        raise RequestError(400, f"malformed request body: {short(str(detail))}") from None


def check(rules: ToolRules, received: Received) -> None:
    """Fields and files against the body params: known, typed, required, files where files go."""
    params = {p.wire_name: p for p in rules.tool.params if p.location == "body"}
    for name in [*received.fields, *received.files]:
        if name not in params:
            raise RequestError(400, f"unknown body field '{name}'")
    values: dict[str, Any] = {}
    for name, param in params.items():
        is_file = param.type.base.name == "file"
        texts, parts = received.fields.get(name, []), received.files.get(name, [])
        if (texts if is_file else parts) and received.kind != "binary":
            want = "a file part (with a filename)" if is_file else "a plain field, not a file"
            raise RequestError(400, f"body field '{name}' must be {want}")
        if is_file:
            if not param.type.is_list and len(parts) > 1:
                raise RequestError(400, f"body field '{name}' given more than once")
            if param.required and not parts:
                raise RequestError(400, f"body field '{name}' is required")
        elif texts:
            values[name] = coerce("body", param, texts)
    rules.fields(values)
