"""What the sync and async client classes share: configuration, options, raw responses.

Generated classes only declare typed methods; each calls `_call`, `_paginate`,
`_iterate` or `_hook` of `SyncClient`/`AsyncClient`. Request building, retry
decisions and response reading live in `ClientCore`/`RetryState`, so the two
classes differ only in how they send and wait.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self, TypeVar

import httpx

from generator.runtime.accounts import load_account
from generator.runtime.core import ClientCore
from generator.runtime.meta import ProviderSpec, ToolSpec
from generator.runtime.options import (
    RAW,
    CallOptions,
    RawResponse,
    RawResponses,
)
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy

T = TypeVar("T")
Timeout = float | httpx.Timeout
# `http_client`/`transport`: the sync or async kind, matching the client class
HttpClient = httpx.Client | httpx.AsyncClient
Transport = httpx.BaseTransport | httpx.AsyncBaseTransport
# Connections kept open for reuse: a busy host (the MCP server) reuses rather than reconnects.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
NO_OPTIONS: CallOptions = {}


class ClientBase:
    PROVIDER: ClassVar[ProviderSpec]
    TOOLS: ClassVar[Mapping[str, ToolSpec]]
    _core: ClientCore

    def _configure(
        self,
        credentials: Mapping[str, str | None],
        *,
        account: str | None = None,
        base_url: str | None = None,
        retry: RetryPolicy | None = None,
        use_file: bool = True,
    ) -> None:
        resolved = load_account(
            self.PROVIDER, account, credentials, base_url=base_url, use_file=use_file
        )
        self._core = ClientCore(self.PROVIDER, self.TOOLS, resolved, retry or RetryPolicy())

    @classmethod
    def from_account(
        cls,
        account: str,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: HttpClient | None = None,
        transport: Transport | None = None,
    ) -> Self:
        """A client for the `[<provider>.<account>]` table of the credentials file."""
        return cls._create(
            {},
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    @classmethod
    def from_env(
        cls,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: HttpClient | None = None,
        transport: Transport | None = None,
    ) -> Self:
        """A client configured from environment variables only (no credentials file)."""
        return cls._create(
            {},
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            use_file=False,
            http_client=http_client,
            transport=transport,
        )

    @classmethod
    def _create(
        cls, credentials: Mapping[str, str | None], *, timeout: Timeout, **options: Any
    ) -> Self:
        client = cls.__new__(cls)
        client._setup(credentials, timeout=timeout, **options)
        return client

    def _setup(
        self, credentials: Mapping[str, str | None], *, timeout: Timeout, **options: Any
    ) -> None:
        raise NotImplementedError

    @property
    def account(self) -> str:
        return self._core.account.name

    @property
    def base_url(self) -> str:
        return self._core.base_url

    @property
    def with_raw_response(self) -> RawResponses:
        """Each tool method returning a `RawResponse` (status, headers, request id, `parse()`)."""
        return RawResponses(self)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(account={self.account!r}, base_url={self.base_url!r})"

    def _raw(self, response: httpx.Response, parse: Any) -> Any:
        """In `with_raw_response` mode, the response wrapped; else the parsed value."""
        return RawResponse(response, parse) if RAW.get() else parse()
