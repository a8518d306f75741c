"""OAuth 2.0 for `auth: {kind: oauth2}`: client credentials and refresh tokens.

`OAuth2Auth` is an `httpx.Auth` flow, so it works the same for the sync and
async clients: before a request it fetches an access token from the token URL
when it has none or the one it has expires within `EXPIRY_MARGIN` seconds; a 401
answer makes it fetch a new token and resend the request once.

The token request is a form POST (`grant_type=client_credentials`, or
`grant_type=refresh_token` when a refresh token is configured), authenticated
with the client id and secret as HTTP Basic credentials. A refresh token the
server rotates is kept (in memory) for the next refresh.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Generator
from urllib.parse import urlencode

import httpx

from generator.runtime.auth import Secret
from generator.runtime.errors import AuthenticationError, provider_message, request_id
from generator.runtime.json_values import as_object
from generator.runtime.redact import Redactor

EXPIRY_MARGIN = 30.0  # seconds: a token this close to expiring is renewed first
DEFAULT_LIFETIME = 3600.0  # seconds, when the token answer has no `expires_in`


class OAuth2Auth(httpx.Auth):
    requires_response_body = True  # the token answer is read inside the flow

    def __init__(
        self,
        token_url: str,
        client_id: Secret,
        client_secret: Secret,
        *,
        scopes: tuple[str, ...] = (),
        refresh_token: Secret | None = None,
        provider: str = "",
    ) -> None:
        self.token_url = token_url
        self._client = Secret(f"{client_id.reveal()}:{client_secret.reveal()}")
        self.scopes = scopes
        self._refresh = refresh_token if refresh_token else None
        self.provider = provider
        self._access: Secret | None = None
        self._expires = 0.0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        renewed = False
        if self._access is None or time.monotonic() >= self._expires - EXPIRY_MARGIN:
            self._store((yield self._token_request()))
            renewed = True
        request.headers["Authorization"] = f"Bearer {self._reveal_access()}"
        response = yield request
        if response.status_code == 401 and not renewed:
            self._access = None
            self._store((yield self._token_request()))
            request.headers["Authorization"] = f"Bearer {self._reveal_access()}"
            yield request

    def _reveal_access(self) -> str:
        assert self._access is not None
        return self._access.reveal()

    def _token_request(self) -> httpx.Request:
        form = {"grant_type": "client_credentials"}
        if self._refresh is not None:
            form = {"grant_type": "refresh_token", "refresh_token": self._refresh.reveal()}
        if self.scopes:
            form["scope"] = " ".join(self.scopes)
        basic = base64.b64encode(self._client.reveal().encode()).decode("ascii")
        return httpx.Request(
            "POST",
            self.token_url,
            content=urlencode(form).encode(),
            headers={
                "Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/json",
                "Authorization": f"Basic {basic}",
            },
        )

    def _store(self, response: httpx.Response) -> None:
        """Keep the access token (and a rotated refresh token) of a token answer."""
        try:
            data = as_object(response.json()) or {}
        except ValueError:
            data = {}
        token = data.get("access_token")
        if not response.is_success or not isinstance(token, str) or not token:
            raise Redactor(self.secrets).error(
                AuthenticationError(
                    "the token endpoint refused: " + provider_message(data, response.text),
                    provider=self.provider,
                    method="POST",
                    path=response.request.url.path,
                    status=response.status_code,
                    request_id=request_id(response.headers),
                )
            )
        lifetime = data.get("expires_in")
        seconds = float(lifetime) if isinstance(lifetime, (int, float)) else DEFAULT_LIFETIME
        self._access = Secret(token)
        self._expires = time.monotonic() + seconds
        rotated = data.get("refresh_token") if self._refresh is not None else None
        if isinstance(rotated, str) and rotated:
            self._refresh = Secret(rotated)

    def secrets(self) -> list[str]:
        """Every secret value this flow holds (for redaction)."""
        held = [self._client.reveal(), *self._client.reveal().split(":", 1)]
        held += [s.reveal() for s in (self._access, self._refresh) if s is not None]
        return [value for value in held if value]

    def __repr__(self) -> str:
        return f"OAuth2Auth({self.token_url!r})"
