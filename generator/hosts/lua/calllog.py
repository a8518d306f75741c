"""The call log of a run: every integration and MCP call with its outcome.

One record per call: `tool` (the full name, `fly-io.get_app` or
`mcp.<server>.<tool>`), `kind` (integration | mcp), `access` (read | write |
destructive; None for MCP tools and unknown names), `args` with secret values
replaced by "[redacted]", `ok`, `status` (ok | error | refused: nothing was
sent, or timeout: the run was stopped during the call), `duration_ms`, and on
failure `error` (the message) and `http_status` when the provider answered;
`deprecated` (the deprecation sentence) when the function is deprecated. `toolgen lua --json` prints the records; the MCP
run_lua tool returns them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from generator.hosts.registry import ToolEntry

REDACTED = "[redacted]"
RUNNING = {"ok": False, "status": "running"}  # announced as a call starts; never in a result
# Argument names that hold secrets, matched as substrings of the lower-cased name.
SECRET_WORDS = (
    "token",
    "secret",
    "password",
    "passwd",
    "api_key",
    "apikey",
    "authorization",
    "credential",
    "private_key",
    "cookie",
)


def is_secret_name(name: str) -> bool:
    lowered = name.lower().replace("-", "_")
    return any(word in lowered for word in SECRET_WORDS)


def redact(value: Any, secret_names: frozenset[str] = frozenset()) -> Any:
    """A copy of `value` with the values of secret-named keys redacted (keys stay)."""
    if isinstance(value, dict):
        return {
            key: _hide(item) if is_secret_name(str(key)) or key in secret_names else redact(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact(item) for item in value]
    return value


def _hide(value: Any) -> Any:
    """A secret: nested objects keep their keys (`secrets = {API_KEY = ...}`), values go."""
    if isinstance(value, dict):
        return {key: _hide(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_hide(item) for item in value]
    return REDACTED


def secret_params(entry: ToolEntry) -> frozenset[str]:
    """Parameters filled from a secret-sounding credential (`api_token`, ...)."""
    return frozenset(p.name for p in entry.params if p.credential and is_secret_name(p.credential))


def failed_record(
    tool: str,
    kind: str,
    access: str | None,
    message: str,
    args: Any = None,
    status: str = "error",
) -> dict[str, Any]:
    """A call that failed before it was sent (unknown name, bad arguments, refused)."""
    return {
        "tool": tool,
        "kind": kind,
        "access": access,
        "args": args,
        "ok": False,
        "status": status,
        "duration_ms": 0.0,
        "error": message,
    }


class CallLog:
    """Collects records; `sink`, when set, also receives each one as it is made
    (and with `announce`, a `status: running` record as each timed call starts)."""

    def __init__(
        self, sink: Callable[[dict[str, Any]], None] | None = None, announce: bool = False
    ) -> None:
        self.records: list[dict[str, Any]] = []
        self.sink = sink
        self.announce = announce and sink is not None

    def add(self, record: dict[str, Any]) -> None:
        self.records.append(record)
        if self.sink is not None:
            self.sink(record)

    @contextmanager
    def timed(
        self, tool: str, kind: str, args: Any, access: str | None = None
    ) -> Iterator[dict[str, Any]]:
        """Records the call when the block ends; set `error`/`http_status` on the yielded dict."""
        outcome: dict[str, Any] = {}
        if self.announce and self.sink is not None:
            self.sink({"tool": tool, "kind": kind, "access": access, "args": args} | RUNNING)
        started = time.perf_counter()
        try:
            yield outcome
        except BaseException as exc:
            outcome.setdefault("error", str(getattr(exc, "message", None) or exc))
            raise
        finally:
            failed = "error" in outcome
            record = {
                "tool": tool,
                "kind": kind,
                "access": access,
                "args": args,
                "ok": not failed,
                "status": "error" if failed else "ok",
                "duration_ms": round((time.perf_counter() - started) * 1000, 3),
            }
            self.add(record | outcome)
