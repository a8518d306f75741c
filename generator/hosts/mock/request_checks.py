"""Request-wide checks: body size, auth header shape, static headers.

Every violation raises `RequestError`; the app answers it as JSON
`{"message": ...}` with the error's status.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping

from starlette.requests import Request

from generator.spec.model import Api, Tool

TOKEN_RE = re.compile(r"^\S+$")
MESSAGE_LIMIT = 300
MAX_BODY = 1 << 20


class RequestError(Exception):
    """A request the real provider would refuse: answered with `status`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


async def read_body(request: Request, limit: int = MAX_BODY) -> bytes:
    """The request body, refusing anything over `limit` bytes with a 413."""
    declared = request.headers.get("content-length", "0")
    if not declared.isdigit() or int(declared) > limit:
        raise RequestError(413, f"request body larger than {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise RequestError(413, f"request body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def check_auth(api: Api, headers: Mapping[str, str]) -> None:
    auth = api.auth
    if auth.kind == "none":
        return
    name = auth.header if auth.kind == "header" else "Authorization"
    value = headers.get(name)
    scheme = {"bearer": "Bearer", "oauth2": "Bearer", "basic": "Basic", "header": auth.prefix}[
        auth.kind
    ]
    expected = f"{scheme} <token>" if scheme else "<token>"
    if value is None:
        raise RequestError(401, f"missing {name} header (expected '{expected}')")
    token = value.removeprefix(f"{scheme} ") if scheme else value.strip()
    if not token or (scheme and not (value.startswith(f"{scheme} ") and TOKEN_RE.match(token))):
        raise RequestError(401, f"malformed {name} header (expected '{expected}')")
    if auth.kind == "basic" and ":" not in _decode_basic(token):
        raise RequestError(401, "malformed Basic credentials (expected base64 of 'user:password')")


def check_static_headers(api: Api, tool: Tool, headers: Mapping[str, str]) -> None:
    wanted = {name.lower(): (name, value) for name, value in api.headers}
    if tool.http is not None and tool.http.accept:
        wanted["accept"] = ("Accept", tool.http.accept)
    for name, value in wanted.values():
        if value not in headers.get(name, ""):
            raise RequestError(400, f"header '{name}' must include '{value}'")


def _decode_basic(token: str) -> str:
    try:
        return base64.b64decode(token, validate=True).decode()
    except (binascii.Error, UnicodeDecodeError):
        raise RequestError(401, "malformed Basic credentials (not base64)") from None


def short(text: str) -> str:
    return text if len(text) <= MESSAGE_LIMIT else text[:MESSAGE_LIMIT] + "..."
