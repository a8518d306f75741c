"""Typed errors of generated clients.

Messages carry the method, the URL path (never the query or headers), the
status, the provider's own message and its request id: never a credential.
"""

from __future__ import annotations

from typing import Any

from generator.runtime.json_values import as_object

REQUEST_ID_HEADERS = ("x-request-id", "fly-request-id", "request-id", "x-heroku-request-id")
_MESSAGE_KEYS = ("message", "error", "error_description", "id")
_MAX_MESSAGE = 500


class ProviderError(Exception):
    """A request to a provider failed; `status` is 0 when no response arrived."""

    def __init__(
        self,
        message: str,
        *,
        provider: str = "",
        method: str = "",
        path: str = "",
        status: int = 0,
        request_id: str = "",
        body: Any = None,
    ) -> None:
        self.message = message
        self.provider = provider
        self.method = method
        self.path = path
        self.status = status
        self.request_id = request_id
        self.body = body  # parsed error body, for callers that want details
        super().__init__(self.describe())

    def describe(self) -> str:
        """The one line `str(error)` shows: where, status, message, request id."""
        where = f"{self.provider} {self.method} {self.path}".strip()
        status = f" -> {self.status}" if self.status else ""
        request_id = f" (request id {self.request_id})" if self.request_id else ""
        prefix = f"{where}{status}: " if where or status else ""
        return f"{prefix}{self.message}{request_id}"


class BadRequestError(ProviderError):
    """400 and other 4xx statuses without a more specific class."""


class AuthenticationError(ProviderError):
    """401: the token is missing, wrong or expired."""


class PermissionDeniedError(ProviderError):
    """403: the token may not do this."""


class NotFoundError(ProviderError):
    """404."""


class ConflictError(ProviderError):
    """409."""


class PreconditionFailedError(ConflictError):
    """412: a version guard failed (the resource changed since it was read)."""


class UnprocessableError(ProviderError):
    """422: the provider rejected the arguments."""


class RateLimitedError(ProviderError):
    """429 after retries (if any) were used up."""


class ServerError(ProviderError):
    """5xx."""


class RequestTimeout(ProviderError):
    """No answer within the timeout."""


class ConnectionFailed(ProviderError):
    """The provider could not be reached."""


class InvalidResponse(ProviderError):
    """The provider answered with a body that does not match the spec."""


class PaginationLoop(InvalidResponse):
    """A page walk was stopped: the next page request repeats an earlier one."""


class TooManyPages(PaginationLoop):
    """A page walk was stopped past `pagination.MAX_PAGES` pages."""


class CredentialsError(Exception):
    """A required credential is not configured, or the credentials file is invalid."""


class ArgumentError(ValueError):
    """An argument the caller passed is unknown, missing or of the wrong type."""

    def __init__(self, message: str, *, tool: str = "", param: str = "") -> None:
        super().__init__(message)
        self.tool = tool
        self.param = param


_BY_STATUS: dict[int, type[ProviderError]] = {
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    422: UnprocessableError,
    429: RateLimitedError,
}


def error_class(status: int) -> type[ProviderError]:
    if status in _BY_STATUS:
        return _BY_STATUS[status]
    return ServerError if status >= 500 else BadRequestError


def provider_message(body: Any, text: str) -> str:
    """The provider's own words: `message`/`error`/`id` of a JSON body, else the text."""
    data = as_object(body)
    if data is not None:
        for key in _MESSAGE_KEYS:
            value = data.get(key)
            if isinstance(value, str) and value:
                return value[:_MAX_MESSAGE]
            if isinstance(value, dict):
                return provider_message(value, "")
    return " ".join(text.split())[:_MAX_MESSAGE] or "(no message)"


def request_id(headers: Any) -> str:
    """The first request-id header a provider sent (`headers` is case-insensitive)."""
    for name in REQUEST_ID_HEADERS:
        value = headers.get(name)
        if value:
            return str(value)[:200]
    return ""
