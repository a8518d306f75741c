"""Version guards of composed tools (`compose.read.version`), played like the provider.

The mock's current state of a resource is what its read tool answers, so a
write whose guard names another version (the caller read an older state) is
refused with 412, as a concurrent change would be on the real API.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from generator.hosts.mock.request_checks import RequestError
from generator.runtime.paths import get_path
from generator.spec.model import Provider, Tool

Answer = Callable[[Provider, Tool, dict[str, Any]], Any]


def check_version(
    provider: Provider, tool: Tool, path: dict[str, Any], body: Any, answer: Answer
) -> None:
    """Raise a 412 `RequestError` when `body` carries a guard for another version."""
    for composed in provider.tools:
        plan = composed.compose
        if plan is None or plan.call != tool.name or not plan.read or not plan.version[0]:
            continue
        param, read = tool.param(plan.version[0]), provider.tool(plan.read)
        if param is None or read is None or param.location != "body":
            continue
        sent = get_path(body, param.wire_name) if isinstance(body, dict) else None
        current = get_path(answer(provider, read, path), plan.version[1])
        if sent is not None and current is not None and sent != current:
            raise RequestError(
                412, f"{param.wire_name} {sent!r} is not the current version {current!r}"
            )
