"""One JSON line per HTTP request on stderr: who, what, how it ended, how long it took.

A line carries the caller's account and token id (a digest prefix, never the
token), the JSON-RPC method and tool name read from the request body, and no
header, argument or result. Each line is one `write` below the pipe buffer
size, so the lines of several workers sharing stderr do not interleave.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from generator.hosts.mcp.auth import caller_of

MAX_BODY_PEEK = 64 * 1024  # longer bodies are not parsed for the method and tool name
QUIET_PATHS = frozenset({"/healthz"})  # a load balancer's probes: logged only when they fail


class AccessLog:
    """ASGI middleware writing one line per request to file descriptor `fd`."""

    def __init__(self, app: ASGIApp, fd: int | None = None) -> None:
        self.app = app
        self.fd = sys.stderr.fileno() if fd is None else fd
        self._second, self._prefix = -1, ""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        body = bytearray()
        outcome = {"status": 0, "bytes": 0}

        async def receive_peeking() -> Message:
            message = await receive()
            if message["type"] == "http.request" and len(body) < MAX_BODY_PEEK:
                body.extend(message.get("body", b""))
            return message

        async def send_counting(message: Message) -> None:
            if message["type"] == "http.response.start":
                outcome["status"] = message["status"]
            elif message["type"] == "http.response.body":
                outcome["bytes"] += len(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receive_peeking, send_counting)
        finally:
            if not (scope["path"] in QUIET_PATHS and outcome["status"] == 200):
                self.write(scope, outcome, bytes(body), time.perf_counter() - started)

    def timestamp(self) -> str:
        """UTC with milliseconds, `2026-11-30T00:48:58.060Z`; the seconds part is cached."""
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second, self._prefix = (
                second,
                time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(now)),
            )
        return f"{self._prefix}.{int((now - second) * 1000):03d}Z"

    def write(self, scope: Scope, outcome: dict[str, int], body: bytes, seconds: float) -> None:
        caller = caller_of(scope)
        client = scope.get("client")
        entry: dict[str, Any] = {
            "ts": self.timestamp(),
            "pid": os.getpid(),  # the worker's: the app is built before the fork
            "client": client[0] if client else None,
            "method": scope["method"],
            "path": scope["path"],
            "status": outcome["status"] or None,
            "ms": round(seconds * 1000, 2),
            "bytes": outcome["bytes"],
            "account": caller.account if caller else None,
            "token_id": caller.token_id if caller else None,
            **rpc_fields(body),
        }
        line = json.dumps(entry, separators=(",", ":")) + "\n"
        try:
            os.write(self.fd, line.encode("utf-8", "replace"))
        except OSError:
            pass  # a closed stderr must not fail the request


def rpc_fields(body: bytes) -> dict[str, Any]:
    """`rpc` (the JSON-RPC method) and, for `tools/call`, `tool`: nothing else of the body."""
    if not body or len(body) >= MAX_BODY_PEEK:
        return {}
    try:
        message = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return {}
    if not isinstance(message, dict) or not isinstance(message.get("method"), str):
        return {}
    fields: dict[str, Any] = {"rpc": message["method"][:100]}
    params = message.get("params")
    if message["method"] == "tools/call" and isinstance(params, dict):
        name = params.get("name")
        if isinstance(name, str):
            fields["tool"] = name[:200]
    return fields
