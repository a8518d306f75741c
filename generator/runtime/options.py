"""Per-call options, raw responses and the client's log records.

Every generated method takes `timeout`, `extra_headers` and `max_retries` as
keyword options (`CallOptions`). `client.with_raw_response.<tool>(...)` returns
a `RawResponse`: status, headers and the provider's request id, and `parse()`
for the value the plain call would have returned.

Logging goes to the `toolgen.client` logger: one DEBUG record per HTTP attempt
(method, path, status, duration, attempt) and one INFO record per retry with
its wait. Records carry the URL path only: never the query, headers or body.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from typing import Any, Generic, TypedDict, TypeVar

import httpx
from attrs import evolve

from generator.runtime.errors import request_id
from generator.runtime.retry import RetryPolicy

T = TypeVar("T")
LOGGER_NAME = "toolgen.client"
log = logging.getLogger(LOGGER_NAME)
RAW: ContextVar[bool] = ContextVar("toolgen_raw_response", default=False)


class CallOptions(TypedDict, total=False):
    """Options every generated method accepts besides the tool's own arguments."""

    timeout: float | httpx.Timeout | None  # this call's timeout, in seconds
    extra_headers: Mapping[str, str] | None  # sent in addition to (or over) the spec's
    max_retries: int | None  # retries after the first attempt; 0 disables them


def policy(base: RetryPolicy, options: CallOptions) -> RetryPolicy:
    retries = options.get("max_retries")
    return base if retries is None else evolve(base, max_attempts=max(retries, 0) + 1)


class RawResponse(Generic[T]):
    """The HTTP answer of one call; `parse()` gives what the plain call returns."""

    def __init__(self, response: httpx.Response, parse: Callable[[], T]) -> None:
        self.http_response = response
        self._parse = parse

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def request_id(self) -> str:
        """The provider's request id header (`X-Request-Id` and the like), "" if none."""
        return request_id(self.http_response.headers)

    def parse(self) -> T:
        """The decoded value; raises the typed error for a failed response."""
        return self._parse()

    def __repr__(self) -> str:
        return f"RawResponse({self.status_code}, request_id={self.request_id!r})"


class RawResponses:
    """`client.with_raw_response`: each tool method, returning a `RawResponse`."""

    def __init__(self, client: Any) -> None:
        self._client = client

    def __getattr__(self, name: str) -> Callable[..., Any]:
        if name not in self._client.TOOLS:
            raise AttributeError(f"{type(self._client).__name__} has no tool {name!r}")
        method = getattr(self._client, name)
        if getattr(self._client, "_is_async", False):

            async def call_async(*args: Any, **kwargs: Any) -> Any:
                token = RAW.set(True)
                try:
                    return await method(*args, **kwargs)
                finally:
                    RAW.reset(token)

            return call_async

        def call(*args: Any, **kwargs: Any) -> Any:
            token = RAW.set(True)
            try:
                return method(*args, **kwargs)
            finally:
                RAW.reset(token)

        return call


def log_attempt(
    request: httpx.Request,
    status: int | str,
    started: float,
    attempt: int,
    redact: Callable[[str], str],
) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    path = redact(request.url.path)
    log.debug(
        "%s %s -> %s in %.1f ms (attempt %d)",
        request.method,
        path,
        status,
        (time.monotonic() - started) * 1000,
        attempt,
        extra={"method": request.method, "path": path, "attempt": attempt},
    )


def log_retry(
    request: httpx.Request,
    status: int | str,
    delay: float,
    attempt: int,
    redact: Callable[[str], str],
) -> None:
    if not log.isEnabledFor(logging.INFO):
        return
    path = redact(request.url.path)
    log.info(
        "retrying %s %s after %s: waiting %.2f s before attempt %d",
        request.method,
        path,
        status,
        delay,
        attempt + 1,
        extra={"method": request.method, "path": path, "wait": delay},
    )
