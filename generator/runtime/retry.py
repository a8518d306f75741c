"""When to retry: exponential backoff with full jitter, honouring Retry-After.

Only idempotent requests are retried, on 429/502/503/504 and on transport
errors, within `max_attempts` and `max_elapsed` seconds. `RetryState` decides;
the sync and async clients only sleep.
"""

from __future__ import annotations

import random
import time

import httpx
from attrs import frozen

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


@frozen
class RetryPolicy:
    max_attempts: int = 3  # including the first request; 1 disables retries
    backoff: float = 0.5  # seconds; attempt n waits up to backoff * 2**n
    max_backoff: float = 8.0
    max_retry_after: float = 60.0  # cap on a server's Retry-After
    max_elapsed: float = 60.0  # no retry starts after this many seconds
    statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    @classmethod
    def disabled(cls) -> RetryPolicy:
        return cls(max_attempts=1)


class RetryState:
    """The retry decisions for one logical request."""

    def __init__(self, policy: RetryPolicy, idempotent: bool) -> None:
        self.policy = policy
        self.idempotent = idempotent
        self.attempt = 0
        self.started = time.monotonic()

    def after_response(self, response: httpx.Response) -> float | None:
        """Seconds to wait before retrying, or None to keep this response."""
        if response.status_code not in self.policy.statuses:
            return None
        return self._delay(retry_after(response.headers.get("retry-after")))

    def after_error(self) -> float | None:
        """Seconds to wait after a transport error, or None to give up."""
        return self._delay(None)

    def _delay(self, server_hint: float | None) -> float | None:
        policy = self.policy
        self.attempt += 1
        if not self.idempotent or self.attempt >= policy.max_attempts:
            return None
        if server_hint is not None:
            delay = min(server_hint, policy.max_retry_after)
        else:
            ceiling = min(policy.max_backoff, policy.backoff * 2 ** (self.attempt - 1))
            delay = random.uniform(0, ceiling)
        if time.monotonic() - self.started + delay > policy.max_elapsed:
            return None
        return delay


def retry_after(value: str | None) -> float | None:
    """`Retry-After` as seconds: delta-seconds or an HTTP date; None when absent or bad."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, when.timestamp() - time.time())
