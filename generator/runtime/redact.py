"""Secret redaction at the source.

A provider may echo what it received (`invalid token: Bearer abc…`). Every
configured secret value, the header values built from them (a basic-auth
`base64(user:password)`, `FlyV1 <token>`) and the tokens an OAuth flow holds
are replaced by `[redacted]` in errors (message and body) before they are
raised, and in what the registry returns to `toolgen call`, Lua and MCP.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from generator.runtime.errors import ProviderError
from generator.runtime.json_values import as_list, as_object

MASK = "[redacted]"
MIN_LENGTH = 4  # shorter values would mask ordinary words


class Redactor:
    """Replaces the values `secrets()` returns (asked each time: OAuth tokens change)."""

    def __init__(self, secrets: Callable[[], Iterable[str]]) -> None:
        self._secrets = secrets

    def values(self) -> list[str]:
        found = {value for value in self._secrets() if len(value) >= MIN_LENGTH}
        return sorted(found, key=len, reverse=True)  # `Basic <b64>` before `<b64>`

    def text(self, text: str) -> str:
        for secret in self.values():
            if secret in text:
                text = text.replace(secret, MASK)
        return text

    def value(self, data: Any) -> Any:
        """JSON-like data with every string redacted (keys included)."""
        secrets = self.values()
        return _walk(data, secrets) if secrets else data

    def error(self, exc: ProviderError) -> ProviderError:
        """`exc` with its message, body and request id redacted (in place)."""
        secrets = self.values()
        if secrets:
            exc.message = _walk(exc.message, secrets)
            exc.body = _walk(exc.body, secrets)
            exc.request_id = _walk(exc.request_id, secrets)
            exc.args = (exc.describe(),)
        return exc


def _walk(data: Any, secrets: list[str]) -> Any:
    if isinstance(data, str):
        for secret in secrets:
            if secret in data:
                data = data.replace(secret, MASK)
        return data
    if (items := as_list(data)) is not None:
        return [_walk(item, secrets) for item in items]
    if (fields := as_object(data)) is not None:
        return {_walk(key, secrets): _walk(item, secrets) for key, item in fields.items()}
    return data
