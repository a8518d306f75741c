"""Base classes of the generated sync and async clients.

Generated classes only declare typed methods; each calls `_call`, `_iterate`
or `_hook` here. Request building, retry decisions and response reading live
in `ClientCore`/`RetryState`, so the two classes differ only in how they wait.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Iterator, Mapping
from functools import partial
from types import TracebackType
from typing import Any, ClassVar, Self, TypeVar

import httpx

from generator.runtime.accounts import load_account
from generator.runtime.core import ClientCore
from generator.runtime.deprecation import warn_deprecated
from generator.runtime.hooks import Call, Step, tool_steps
from generator.runtime.meta import ProviderSpec, ToolSpec
from generator.runtime.model import Decoder, encode
from generator.runtime.options import (
    RAW,
    CallOptions,
    RawResponse,
    RawResponses,
    log_attempt,
    log_retry,
    policy,
)
from generator.runtime.pages import AsyncPage, SyncPage, first_items
from generator.runtime.pagination import Walk
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy, RetryState
from generator.runtime.transport import Outgoing

T = TypeVar("T")
Timeout = float | httpx.Timeout
# Connections kept open for reuse: a busy host (the MCP server) reuses rather than reconnects.
LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=100)
NO_OPTIONS: CallOptions = {}


class _Base:
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
    ) -> Self:
        """A client for the `[<provider>.<account>]` table of the credentials file."""
        return cls._create({}, account=account, base_url=base_url, timeout=timeout, retry=retry)

    @classmethod
    def from_env(
        cls,
        *,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
    ) -> Self:
        """A client configured from environment variables only (no credentials file)."""
        return cls._create({}, base_url=base_url, timeout=timeout, retry=retry, use_file=False)

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


class SyncClient(_Base):
    _http: httpx.Client

    def _setup(
        self, credentials: Mapping[str, str | None], *, timeout: Timeout, **options: Any
    ) -> None:
        http_client = options.pop("http_client", None)
        transport = options.pop("transport", None)
        self._configure(credentials, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(
            timeout=timeout, transport=transport, limits=LIMITS
        )

    def close(self) -> None:
        """Close the HTTP connections (a client passed as `http_client` stays open)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(
        self,
        sent: Outgoing,
        idempotent: bool,
        walk: Walk | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Response:
        state = RetryState(policy(self._core.retry, options), idempotent)
        request = self._core.request(self._http, sent, options)
        if walk is not None:
            walk.visit(request)
        auth = self._core.auth or httpx.USE_CLIENT_DEFAULT
        for attempt in range(1, 1_000_000):
            started = time.monotonic()
            try:
                response = self._http.send(request, auth=auth)
            except httpx.TransportError as exc:
                outcome: int | str = type(exc).__name__
                log_attempt(request, outcome, started, attempt, self._core.redactor.text)
                delay = state.after_error()
                if delay is None:
                    raise self._core.transport_error(request, exc) from exc
            else:
                outcome = response.status_code
                log_attempt(request, outcome, started, attempt, self._core.redactor.text)
                delay = state.after_response(response)
                if delay is None:
                    return response
                response.close()
            log_retry(request, outcome, delay, attempt, self._core.redactor.text)
            time.sleep(delay)
        raise AssertionError("unreachable: RetryPolicy bounds the attempts")

    def _call(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> T:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        response = self._send(self._core.outgoing(tool, args), tool.idempotent, None, options)
        return self._raw(response, lambda: decode(self._core.result(tool, response), name))  # type: ignore[no-any-return]

    def _paginate(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> SyncPage[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        sent, walk = self._core.outgoing(tool, args), Walk(self.PROVIDER.id, name)
        response = self._send(sent, tool.idempotent, walk, options)
        return self._raw(response, lambda: self._built(tool, decode, options, sent, walk, response))  # type: ignore[no-any-return]

    def _page(
        self, tool: ToolSpec, decode: Decoder[T], options: CallOptions, sent: Outgoing, walk: Walk
    ) -> SyncPage[T]:
        response = self._send(sent, tool.idempotent, walk, options)
        return self._built(tool, decode, options, sent, walk, response)

    def _built(
        self,
        tool: ToolSpec,
        decode: Decoder[T],
        options: CallOptions,
        sent: Outgoing,
        walk: Walk,
        response: httpx.Response,
    ) -> SyncPage[T]:
        items, following = self._core.page(tool, sent, response)
        decoded = [decode(item, tool.name) for item in items]
        fetch = partial(self._page, tool, decode, options)
        return SyncPage(decoded, sent, following, walk, fetch)

    def _iterate(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> Iterator[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        fetch = partial(self._page, tool, decode, options)
        yield from fetch(self._core.outgoing(tool, args), Walk(self.PROVIDER.id, name))

    def _hook(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> T:
        if RAW.get():
            raise TypeError(f"{name} runs several requests: it has no raw response")
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        steps = tool_steps(tool, self._core.arguments(tool, args))
        try:
            step = next(steps)
            while True:
                step = steps.send(self._perform(step, options))
        except StopIteration as done:
            return decode(done.value, name)

    def _perform(self, step: Step, options: CallOptions) -> Any:
        if isinstance(step, Call):
            return encode(first_items(getattr(self, step.tool)(**step.args, **options)))
        sent, idempotent = self._core.raw_outgoing(step)
        return self._core.read(self._send(sent, idempotent, None, options))


class AsyncClient(_Base):
    _http: httpx.AsyncClient
    _is_async = True

    def _setup(
        self, credentials: Mapping[str, str | None], *, timeout: Timeout, **options: Any
    ) -> None:
        http_client = options.pop("http_client", None)
        transport = options.pop("transport", None)
        self._configure(credentials, **options)
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(
            timeout=timeout, transport=transport, limits=LIMITS
        )

    async def aclose(self) -> None:
        """Close the HTTP connections (a client passed as `http_client` stays open)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _send(
        self,
        sent: Outgoing,
        idempotent: bool,
        walk: Walk | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Response:
        state = RetryState(policy(self._core.retry, options), idempotent)
        request = self._core.request(self._http, sent, options)
        if walk is not None:
            walk.visit(request)
        auth = self._core.auth or httpx.USE_CLIENT_DEFAULT
        for attempt in range(1, 1_000_000):
            started = time.monotonic()
            try:
                response = await self._http.send(request, auth=auth)
            except httpx.TransportError as exc:
                outcome: int | str = type(exc).__name__
                log_attempt(request, outcome, started, attempt, self._core.redactor.text)
                delay = state.after_error()
                if delay is None:
                    raise self._core.transport_error(request, exc) from exc
            else:
                outcome = response.status_code
                log_attempt(request, outcome, started, attempt, self._core.redactor.text)
                delay = state.after_response(response)
                if delay is None:
                    return response
                await response.aclose()
            log_retry(request, outcome, delay, attempt, self._core.redactor.text)
            await _sleep(delay)
        raise AssertionError("unreachable: RetryPolicy bounds the attempts")

    async def _call(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> T:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        sent = self._core.outgoing(tool, args)
        response = await self._send(sent, tool.idempotent, None, options)
        return self._raw(response, lambda: decode(self._core.result(tool, response), name))  # type: ignore[no-any-return]

    async def _paginate(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> AsyncPage[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        sent, walk = self._core.outgoing(tool, args), Walk(self.PROVIDER.id, name)
        response = await self._send(sent, tool.idempotent, walk, options)
        return self._raw(response, lambda: self._built(tool, decode, options, sent, walk, response))  # type: ignore[no-any-return]

    async def _page(
        self, tool: ToolSpec, decode: Decoder[T], options: CallOptions, sent: Outgoing, walk: Walk
    ) -> AsyncPage[T]:
        response = await self._send(sent, tool.idempotent, walk, options)
        return self._built(tool, decode, options, sent, walk, response)

    def _built(
        self,
        tool: ToolSpec,
        decode: Decoder[T],
        options: CallOptions,
        sent: Outgoing,
        walk: Walk,
        response: httpx.Response,
    ) -> AsyncPage[T]:
        items, following = self._core.page(tool, sent, response)
        decoded = [decode(item, tool.name) for item in items]
        fetch = partial(self._page, tool, decode, options)
        return AsyncPage(decoded, sent, following, walk, fetch)

    async def _iterate(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> AsyncIterator[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        sent = self._core.outgoing(tool, args)
        first = await self._page(tool, decode, options, sent, Walk(self.PROVIDER.id, name))
        async for item in first:
            yield item

    async def _hook(
        self,
        name: str,
        args: Mapping[str, Any],
        decode: Decoder[T],
        options: CallOptions = NO_OPTIONS,
    ) -> T:
        if RAW.get():
            raise TypeError(f"{name} runs several requests: it has no raw response")
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        steps = tool_steps(tool, self._core.arguments(tool, args))
        try:
            step = next(steps)
            while True:
                step = steps.send(await self._perform(step, options))
        except StopIteration as done:
            return decode(done.value, name)

    async def _perform(self, step: Step, options: CallOptions) -> Any:
        if isinstance(step, Call):
            return encode(first_items(await getattr(self, step.tool)(**step.args, **options)))
        sent, idempotent = self._core.raw_outgoing(step)
        return self._core.read(await self._send(sent, idempotent, None, options))


async def _sleep(seconds: float) -> None:
    import asyncio  # imported on first retry: sync users never pay for it

    await asyncio.sleep(seconds)
