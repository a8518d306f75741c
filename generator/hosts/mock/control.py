"""Shared mock state (failure injections, request log) and the `/__mock__/` endpoints.

- `POST /__mock__/inject` queues a failure: JSON `{"status": 503, "times": 2,
  "delay": 0.5, "retry_after": "1", "path": "/apps", "method": "GET",
  "body": {...}, "empty": true}`. Every key is optional but one of `status`/`delay` is needed;
  `times` defaults to 1. `path` is a regular expression searched in the request
  path (so a plain prefix such as `/apps` works). A delay-only injection slows
  the real answer down.
- `GET /__mock__/requests` returns the request log, oldest first: `method`,
  `path`, `query` (name -> list of values), `headers` (secrets redacted),
  `json` (the parsed body or null), `provider`, `tool` and answered `status`.
- `POST /__mock__/reset` clears injections and the log.
"""

from __future__ import annotations

import json
import re
import threading
from collections import deque
from collections.abc import Mapping
from typing import Any

from attrs import define, frozen
from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.hosts.mock.request_checks import RequestError, read_body

LOG_LIMIT = 2000
SECRET_HEADER_RE = re.compile(r"auth|token|secret|key|cookie|password", re.IGNORECASE)
INJECTION_SCHEMA = {
    "type": "object",
    "properties": {
        "status": {"type": "integer", "minimum": 100, "maximum": 599},
        "times": {"type": "integer", "minimum": 1},
        "delay": {"type": "number", "minimum": 0, "maximum": 60},
        "retry_after": {"type": ["string", "integer"]},
        "path": {"type": "string"},
        "method": {"type": "string"},
        "body": {},
        "empty": {"type": "boolean"},
        "echo_auth": {"type": "boolean"},
    },
    "anyOf": [{"required": ["status"]}, {"required": ["delay"]}],
    "additionalProperties": False,
}
_injection_validator = Draft202012Validator(INJECTION_SCHEMA)


@frozen
class Injection:
    status: int | None = None
    times: int = 1
    delay: float = 0.0
    retry_after: str | None = None
    path: re.Pattern[str] | None = None
    method: str | None = None
    body: Any = None
    empty: bool = False  # answer `status` with no body at all
    echo_auth: bool = False  # echo the credential headers received, as careless providers do

    @classmethod
    def from_json(cls, data: Any) -> Injection:
        error = best_match(_injection_validator.iter_errors(data))
        if error is not None:
            raise RequestError(400, f"invalid injection: {error.message}")
        try:
            path = re.compile(data["path"]) if "path" in data else None
        except re.error as exc:
            raise RequestError(400, f"invalid injection path regex: {exc}") from None
        retry_after = data.get("retry_after")
        return cls(
            status=data.get("status"),
            times=data.get("times", 1),
            delay=float(data.get("delay", 0.0)),
            retry_after=None if retry_after is None else str(retry_after),
            path=path,
            method=data["method"].upper() if "method" in data else None,
            body=data.get("body"),
            empty=data.get("empty", False),
            echo_auth=data.get("echo_auth", False),
        )

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method == method) and (
            self.path is None or self.path.search(path) is not None
        )

    def response(self, received: Mapping[str, str] | None = None) -> Response | None:
        if self.status is None:
            return None
        if self.empty:
            return Response(status_code=self.status)
        body = self.body if self.body is not None else {"message": f"injected {self.status}"}
        headers = {"Retry-After": self.retry_after} if self.retry_after is not None else {}
        if self.echo_auth:
            echoed = {k: v for k, v in (received or {}).items() if SECRET_HEADER_RE.search(k)}
            body = {"message": f"rejected credentials: {echoed}", "received": echoed}
            headers.update({f"X-Echo-{name}": value for name, value in echoed.items()})
        return JSONResponse(body, self.status, headers)


@define
class _Pending:
    injection: Injection
    remaining: int


class MockState:
    """Injections and the request log; safe to use from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pending: list[_Pending] = []
        self._log: deque[dict[str, Any]] = deque(maxlen=LOG_LIMIT)
        self._epoch = 0  # bumped by reset: answers to older requests are not logged

    def epoch(self) -> int:
        with self._lock:
            return self._epoch

    def inject(self, injection: Injection) -> None:
        with self._lock:
            self._pending.append(_Pending(injection, injection.times))

    def take(self, method: str, path: str) -> Injection | None:
        """The first matching injection, counting one use of it."""
        with self._lock:
            for pending in self._pending:
                if pending.injection.matches(method, path):
                    pending.remaining -= 1
                    if pending.remaining == 0:
                        self._pending.remove(pending)
                    return pending.injection
        return None

    def record(self, entry: dict[str, Any], epoch: int) -> None:
        """Log a request answered now that arrived in `epoch` (a slow one may outlive a reset)."""
        with self._lock:
            if epoch == self._epoch:
                self._log.append(entry)

    def requests(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._log)

    def reset(self) -> None:
        with self._lock:
            self._pending.clear()
            self._log.clear()
            self._epoch += 1


def redact_headers(
    headers: list[tuple[str, str]], secret: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Header name -> value, secrets replaced (`Bearer ***`, `***`); `secret` adds names."""
    return {
        name: _redact(value) if SECRET_HEADER_RE.search(name) or name.lower() in secret else value
        for name, value in headers
    }


def _redact(value: str) -> str:
    scheme, _, rest = value.partition(" ")
    return f"{scheme} ***" if rest else "***"


def control_routes(state: MockState) -> list[Route]:
    async def inject(request: Request) -> Response:
        try:
            data = json.loads(await read_body(request))
        except (ValueError, RecursionError):
            return JSONResponse({"message": "injection must be a JSON object"}, 400)
        except RequestError as exc:
            return JSONResponse({"message": exc.message}, exc.status)
        try:
            state.inject(Injection.from_json(data))
        except RequestError as exc:
            return JSONResponse({"message": exc.message}, exc.status)
        return JSONResponse({"ok": True})

    async def requests(request: Request) -> Response:
        return JSONResponse(state.requests())

    async def reset(request: Request) -> Response:
        state.reset()
        return JSONResponse({"ok": True})

    return [
        Route("/__mock__/inject", inject, methods=["POST"]),
        Route("/__mock__/requests", requests, methods=["GET"]),
        Route("/__mock__/reset", reset, methods=["POST"]),
    ]
