"""Secrets and the auth header they become.

A `Secret` never shows its value in `repr`/`str`, so a token cannot leak
into logs, exception messages or tracebacks by accident; only
`SecretHeaderAuth` reads it, while sending a request.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Generator, Iterable

import httpx

from generator.runtime.meta import ProviderSpec


class Secret:
    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __bool__(self) -> bool:
        return bool(self._value)


def reveal(value: Secret | str) -> str:
    return value.reveal() if isinstance(value, Secret) else value


class SecretHeaderAuth(httpx.Auth):
    """Sets one header whose value is secret, at send time."""

    def __init__(self, header: str, value: Secret) -> None:
        self.header = header
        self.value = value

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers[self.header] = self.value.reveal()
        yield request

    def __repr__(self) -> str:
        return f"SecretHeaderAuth({self.header!r})"


def _prefixed(prefix: str, token: str) -> str:
    """`prefix token`, once: a token pasted with its prefix (`FlyV1 fm2_…`) is not doubled."""
    if not prefix:
        return token
    if token[: len(prefix) + 1].lower() == f"{prefix.lower()} ":
        token = token[len(prefix) + 1 :]
    return f"{prefix} {token}"


def build_auth(
    provider: ProviderSpec, values: dict[str, Secret | str], base_url: str = ""
) -> httpx.Auth | None:
    """The httpx auth for `api.auth` of a provider, or None for `kind: none`.
    `base_url` resolves a relative oauth2 token URL."""
    kind = provider.auth_kind
    if kind == "none":
        return None
    if kind == "oauth2":
        return _oauth2(provider, values, base_url)
    token = reveal(values.get(provider.auth_credential, ""))
    if kind == "bearer":
        return SecretHeaderAuth("Authorization", Secret(_prefixed("Bearer", token)))
    if kind == "header":
        return SecretHeaderAuth(
            provider.auth_header, Secret(_prefixed(provider.auth_prefix, token))
        )
    if kind == "basic":
        password = reveal(values.get(provider.auth_password_credential, ""))
        encoded = base64.b64encode(f"{token}:{password}".encode()).decode("ascii")
        return SecretHeaderAuth("Authorization", Secret(f"Basic {encoded}"))
    raise ValueError(f"unknown auth kind {kind!r}")


def _oauth2(provider: ProviderSpec, values: dict[str, Secret | str], base_url: str) -> httpx.Auth:
    from generator.runtime.oauth import OAuth2Auth

    def secret(name: str) -> Secret:
        return Secret(reveal(values.get(name, "")) if name else "")

    url = provider.auth_token_url
    if "://" not in url:
        url = base_url.rstrip("/") + "/" + url.lstrip("/")
    refresh = secret(provider.auth_refresh_credential)
    return OAuth2Auth(
        url,
        secret(provider.auth_credential),
        secret(provider.auth_password_credential),
        scopes=provider.auth_scopes,
        refresh_token=refresh or None,
        provider=provider.id,
    )


def auth_secrets(auth: httpx.Auth | None) -> list[str]:
    """The secret values an auth sends: the header value and the credential in it
    (the token after `Bearer `/`FlyV1 `, the base64 of basic auth), OAuth tokens."""
    if isinstance(auth, SecretHeaderAuth):
        value = auth.value.reveal()
        return [value, value.split(" ", 1)[-1]]
    secrets: Callable[[], Iterable[str]] | None = getattr(auth, "secrets", None)
    return list(secrets()) if callable(secrets) else []
