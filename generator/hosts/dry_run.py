"""Build a tool's HTTP request exactly as it would be sent, and stop before sending it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import httpx

MASK = "********"
MIN_SECRET = 4


class Captured(Exception):
    """Raised by the dry-run transport with the request the client was about to send."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__(request.method)
        self.request = request


def _capture(request: httpx.Request) -> httpx.Response:
    raise Captured(request)


def capturing_client(http: httpx.Client) -> httpx.Client:
    """A client with the same headers and auth as `http` whose transport never sends."""
    return httpx.Client(
        transport=httpx.MockTransport(_capture), headers=http.headers, auth=http._auth
    )


def describe(request: httpx.Request, secrets: Iterable[str]) -> dict[str, Any]:
    """Method, URL, headers and body, with every secret value masked."""
    hidden = [s for s in secrets if len(s) >= MIN_SECRET]  # shorter: masking would garble text

    def mask(text: str) -> str:
        for secret in hidden:
            text = text.replace(secret, MASK)
        return text

    headers = {
        name: MASK if name.lower() in ("authorization", "proxy-authorization") else mask(value)
        for name, value in request.headers.items()
    }
    content = request.read()
    body: Any = None
    if content:
        kind = request.headers.get("content-type", "")
        text = content.decode("utf-8", errors="replace")
        if "json" in kind:
            try:
                body = json.loads(mask(text))
            except ValueError:
                body = mask(text)
        elif kind.startswith(("text/", "application/x-www-form-urlencoded")):
            body = mask(text)
        else:
            body = f"<{len(content)} bytes of {kind or 'binary data'}>"
    return {
        "method": request.method,
        "url": mask(str(request.url)),
        "headers": headers,
        "body": body,
    }
