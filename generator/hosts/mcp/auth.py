"""Bearer tokens for the HTTP transport: each token acts as one credentials account.

Tokens come from a TOML file (`--tokens-file`) or the `TOOLGEN_MCP_TOKENS`
environment variable; see docs/deployment.md. Only their SHA-256 digests are
kept in memory, and a presented token is compared with every entry in constant
time. A request without a known token gets 401 before any MCP handling, so no
tool runs; an accepted one carries its account in the ASGI scope, where the
tool handlers read it (`caller_account`). Callers cannot choose the account.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from attrs import frozen
from mcp.server.auth.middleware.bearer_auth import AuthenticatedUser
from mcp.server.auth.provider import AccessToken
from starlette.types import ASGIApp, Receive, Scope, Send

TOKENS_ENV = "TOOLGEN_MCP_TOKENS"
HASH_PREFIX = "sha256:"
MIN_TOKEN_CHARS = 16
ACCOUNT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
REALM = "toolgen-mcp"


class TokensError(Exception):
    """The tokens file or variable is unusable; the message names where and why."""


@frozen
class Caller:
    """Who a token belongs to: the credentials account it uses and a short id for logs."""

    account: str
    token_id: str  # the first 12 hex digits of the token's SHA-256


def digest(token: str) -> bytes:
    return hashlib.sha256(token.encode("utf-8")).digest()


class TokenTable:
    """SHA-256 digest -> caller; `verify` is constant-time in the presented token."""

    def __init__(self, entries: Iterable[tuple[bytes, str]]) -> None:
        self.entries = list(entries)
        self._callers = [(key, Caller(account, key.hex()[:12])) for key, account in self.entries]

    def __len__(self) -> int:
        return len(self._callers)

    @property
    def accounts(self) -> list[str]:
        return sorted({caller.account for _, caller in self._callers})

    def verify(self, token: str) -> Caller | None:
        presented = digest(token)
        found: Caller | None = None
        for key, caller in self._callers:  # no early exit: every entry is compared
            if hmac.compare_digest(presented, key):
                found = caller
        return found

    @classmethod
    def parse(cls, mapping: Mapping[str, Any], where: str) -> TokenTable:
        """`{token or "sha256:<hex>": account}`; raises TokensError naming `where`."""
        entries: dict[bytes, str] = {}
        for key, account in mapping.items():
            if not isinstance(account, str) or not ACCOUNT_NAME.match(account):
                raise TokensError(f"{where}: the account of a token must be an account name")
            if key.startswith(HASH_PREFIX):
                hex_digest = key.removeprefix(HASH_PREFIX).lower()
                if not re.fullmatch(r"[0-9a-f]{64}", hex_digest):
                    raise TokensError(f"{where}: {HASH_PREFIX} must be followed by 64 hex digits")
                entry = bytes.fromhex(hex_digest)
            elif len(key) < MIN_TOKEN_CHARS or any(c.isspace() or c == "," for c in key):
                raise TokensError(
                    f"{where}: a token (for account {account!r}) must have at least "
                    f"{MIN_TOKEN_CHARS} characters and no spaces or commas"
                )
            else:
                entry = digest(key)
            if entry in entries:
                raise TokensError(f"{where}: the same token is listed twice")
            entries[entry] = account
        if not entries:
            raise TokensError(f"{where}: no tokens")
        return cls(entries.items())


def load_tokens(path: Path | None, environ: Mapping[str, str] = os.environ) -> TokenTable | None:
    """From `path` (TOML `[tokens]` or a JSON object) plus `TOOLGEN_MCP_TOKENS`; None if neither."""
    tables = [TokenTable.parse(_read_file(path), str(path))] if path is not None else []
    variable = environ.get(TOKENS_ENV, "").strip()
    if variable:
        mapping: dict[str, str] = {}
        for part in filter(None, (p.strip() for p in variable.split(","))):
            token, sep, account = part.rpartition("=")
            if not sep or not token:
                raise TokensError(f"{TOKENS_ENV}: expected <token>=<account>[,<token>=<account>]")
            if token in mapping:
                raise TokensError(f"{TOKENS_ENV}: the same token is listed twice")
            mapping[token] = account
        tables.append(TokenTable.parse(mapping, TOKENS_ENV))
    if not tables:
        return None
    entries = [entry for table in tables for entry in table.entries]
    if len({key for key, _ in entries}) < len(entries):
        raise TokensError(f"{path} and {TOKENS_ENV} list the same token")
    return TokenTable(entries)


def _read_file(path: Path) -> Mapping[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TokensError(f"{path}: cannot read the tokens file: {exc}") from None
    try:
        document = json.loads(text) if path.suffix == ".json" else tomllib.loads(text)
    except (json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        kind = "JSON" if path.suffix == ".json" else "TOML"
        raise TokensError(f"{path}: not valid {kind}: {exc}") from None
    tokens = document.get("tokens") if isinstance(document, dict) else None
    if not isinstance(tokens, dict):
        raise TokensError(f"{path}: expected a `tokens` table of token = account")
    return tokens


def caller_of(scope: Mapping[str, Any]) -> Caller | None:
    user = scope.get("user")
    if not isinstance(user, AuthenticatedUser):
        return None
    token = user.access_token
    return Caller(token.client_id, token.subject or "")


def caller_account(request: Any, default: str | None = None) -> str | None:
    """The account of the token behind an HTTP request (`ctx.request`); `default` without one."""
    caller = caller_of(getattr(request, "scope", None) or {})
    return default if caller is None else caller.account


class BearerAuth:
    """ASGI middleware: paths in `protected` need a known bearer token, else 401."""

    def __init__(self, app: ASGIApp, tokens: TokenTable, protected: str) -> None:
        self.app = app
        self.tokens = tokens
        self.protected = protected
        self._users: dict[Caller, AuthenticatedUser] = {}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(self.protected):
            await self.app(scope, receive, send)
            return
        header = next((v for k, v in scope["headers"] if k == b"authorization"), b"")
        scheme, _, token = header.decode("latin-1").partition(" ")
        caller = self.tokens.verify(token.strip()) if scheme.lower() == "bearer" else None
        if caller is None:
            await _unauthorized(send, "invalid_token" if header else None)
            return
        user = self._users.get(caller)
        if user is None:
            access = AccessToken(
                token=caller.token_id, client_id=caller.account, scopes=[], subject=caller.token_id
            )
            user = self._users[caller] = AuthenticatedUser(access)
        scope["user"] = user  # also binds a stateful session to this token
        await self.app(scope, receive, send)


async def _unauthorized(send: Send, error: str | None) -> None:
    challenge = f'Bearer realm="{REALM}"' + (f', error="{error}"' if error else "")
    message = "a valid bearer token is required" if error is None else "unknown bearer token"
    body = json.dumps({"error": error or "unauthorized", "error_description": message}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"www-authenticate", challenge.encode()),
    ]
    await send({"type": "http.response.start", "status": 401, "headers": headers})
    await send({"type": "http.response.body", "body": body})
