"""The mock's OAuth 2.0 token endpoint, for providers with `auth: {kind: oauth2}`.

A relative `token_url` is served below the provider's prefix. It answers a form
POST authenticated with HTTP Basic client credentials: `grant_type` is
`client_credentials`, or `refresh_token` with a non-empty `refresh_token`. It
issues `mock-access-<n>` tokens (and `mock-refresh-<n>` refresh tokens) valid for
an hour; API calls must carry a token it issued. `POST /__mock__/oauth/expire`
(or `MockServer.expire_tokens()`) forgets every issued token, so the next call
gets a 401, as after a real expiry.
"""

from __future__ import annotations

import itertools
import threading
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.hosts.mock.request_checks import RequestError
from generator.hosts.mock.routing import ProviderRouter

LIFETIME = 3600


class TokenIssuer:
    """The access tokens the mock issued and still honours."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)
        self._valid: set[str] = set()
        self.issued = 0  # token requests answered with a token

    def issue(self) -> dict[str, object]:
        with self._lock:
            number = next(self._numbers)
            token = f"mock-access-{number}"
            self._valid.add(token)
            self.issued += 1
        return {
            "access_token": token,
            "token_type": "bearer",
            "expires_in": LIFETIME,
            "refresh_token": f"mock-refresh-{number}",
        }

    def check(self, authorization: str) -> None:
        """A 401 unless `Authorization: Bearer <a token we issued>`."""
        token = authorization.removeprefix("Bearer ")
        with self._lock:
            if token not in self._valid:
                raise RequestError(401, "invalid or expired access token")

    def expire(self) -> None:
        with self._lock:
            self._valid.clear()


def token_path(router: ProviderRouter) -> str | None:
    """The raw path of the provider's token endpoint on the mock, if it serves one."""
    auth = router.provider.api.auth
    if auth.kind != "oauth2" or "://" in auth.token_url:
        return None
    return f"{router.prefix}/{auth.token_url.lstrip('/')}"


async def token_answer(request: Request, issuer: TokenIssuer) -> Response:
    if request.method != "POST":
        return JSONResponse({"error": "invalid_request"}, 405)
    if not request.headers.get("authorization", "").startswith("Basic "):
        return JSONResponse({"error": "invalid_client"}, 401)
    form = dict(parse_qsl((await request.body()).decode("utf-8", "replace")))
    grant = form.get("grant_type")
    if grant == "refresh_token" and not form.get("refresh_token"):
        return JSONResponse({"error": "invalid_grant"}, 400)
    if grant not in ("client_credentials", "refresh_token"):
        return JSONResponse({"error": "unsupported_grant_type"}, 400)
    return JSONResponse(issuer.issue())


def expire_route(issuer: TokenIssuer) -> Route:
    async def expire(request: Request) -> Response:
        issuer.expire()
        return JSONResponse({"expired": True})

    return Route("/__mock__/oauth/expire", expire, methods=["POST"])
