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
from generator.runtime.hooks import Call, Step, load_hook
from generator.runtime.meta import ProviderSpec, ToolSpec
from generator.runtime.model import Decoder, encode
from generator.runtime.pages import AsyncPage, SyncPage, first_items
from generator.runtime.pagination import Walk
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy, RetryState
from generator.runtime.transport import Outgoing

T = TypeVar("T")
Timeout = float | httpx.Timeout


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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(account={self.account!r}, base_url={self.base_url!r})"


class SyncClient(_Base):
    _http: httpx.Client

    def _setup(
        self, credentials: Mapping[str, str | None], *, timeout: Timeout, **options: Any
    ) -> None:
        self._configure(credentials, **options)
        core = self._core
        self._http = httpx.Client(timeout=timeout, headers=core.headers, auth=core.auth)

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _send(self, sent: Outgoing, idempotent: bool, walk: Walk | None = None) -> httpx.Response:
        state = RetryState(self._core.retry, idempotent)
        request = self._core.request(self._http, sent)
        if walk is not None:
            walk.visit(request)
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                delay = state.after_error()
                if delay is None:
                    raise self._core.transport_error(request, exc) from exc
            else:
                delay = state.after_response(response)
                if delay is None:
                    return response
            time.sleep(delay)

    def _call(self, name: str, args: Mapping[str, Any], decode: Decoder[T]) -> T:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        response = self._send(self._core.outgoing(tool, args), tool.idempotent)
        return decode(self._core.result(tool, response), name)

    def _paginate(self, name: str, args: Mapping[str, Any], decode: Decoder[T]) -> SyncPage[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        fetch = partial(self._page, tool, decode)
        return fetch(self._core.outgoing(tool, args), Walk(self.PROVIDER.id, name))

    def _page(self, tool: ToolSpec, decode: Decoder[T], sent: Outgoing, walk: Walk) -> SyncPage[T]:
        response = self._send(sent, tool.idempotent, walk)
        items, following = self._core.page(tool, sent, response)
        decoded = [decode(item, tool.name) for item in items]
        return SyncPage(decoded, sent, following, walk, partial(self._page, tool, decode))

    def _iterate(self, name: str, args: Mapping[str, Any], decode: Decoder[T]) -> Iterator[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        fetch = partial(self._page, tool, decode)
        yield from fetch(self._core.outgoing(tool, args), Walk(self.PROVIDER.id, name))

    def _hook(self, name: str, args: Mapping[str, Any], decode: Decoder[T]) -> T:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        steps = load_hook(tool.implementation)(**self._core.arguments(tool, args))
        try:
            step = next(steps)
            while True:
                step = steps.send(self._perform(step))
        except StopIteration as done:
            return decode(done.value, name)

    def _perform(self, step: Step) -> Any:
        if isinstance(step, Call):
            return encode(first_items(getattr(self, step.tool)(**step.args)))
        sent, idempotent = self._core.raw_outgoing(step)
        return self._core.read(self._send(sent, idempotent))


class AsyncClient(_Base):
    _http: httpx.AsyncClient

    def _setup(
        self, credentials: Mapping[str, str | None], *, timeout: Timeout, **options: Any
    ) -> None:
        self._configure(credentials, **options)
        core = self._core
        self._http = httpx.AsyncClient(timeout=timeout, headers=core.headers, auth=core.auth)

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def _send(
        self, sent: Outgoing, idempotent: bool, walk: Walk | None = None
    ) -> httpx.Response:
        state = RetryState(self._core.retry, idempotent)
        request = self._core.request(self._http, sent)
        if walk is not None:
            walk.visit(request)
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                delay = state.after_error()
                if delay is None:
                    raise self._core.transport_error(request, exc) from exc
            else:
                delay = state.after_response(response)
                if delay is None:
                    return response
            await _sleep(delay)

    async def _call(self, name: str, args: Mapping[str, Any], decode: Decoder[T]) -> T:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        response = await self._send(self._core.outgoing(tool, args), tool.idempotent)
        return decode(self._core.result(tool, response), name)

    async def _paginate(
        self, name: str, args: Mapping[str, Any], decode: Decoder[T]
    ) -> AsyncPage[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        return await self._page(
            tool, decode, self._core.outgoing(tool, args), Walk(self.PROVIDER.id, name)
        )

    async def _page(
        self, tool: ToolSpec, decode: Decoder[T], sent: Outgoing, walk: Walk
    ) -> AsyncPage[T]:
        response = await self._send(sent, tool.idempotent, walk)
        items, following = self._core.page(tool, sent, response)
        decoded = [decode(item, tool.name) for item in items]
        return AsyncPage(decoded, sent, following, walk, partial(self._page, tool, decode))

    async def _iterate(
        self, name: str, args: Mapping[str, Any], decode: Decoder[T]
    ) -> AsyncIterator[T]:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        sent = self._core.outgoing(tool, args)
        first = await self._page(tool, decode, sent, Walk(self.PROVIDER.id, name))
        async for item in first:
            yield item

    async def _hook(self, name: str, args: Mapping[str, Any], decode: Decoder[T]) -> T:
        tool = self.TOOLS[name]
        warn_deprecated(tool, args, 3)
        steps = load_hook(tool.implementation)(**self._core.arguments(tool, args))
        try:
            step = next(steps)
            while True:
                step = steps.send(await self._perform(step))
        except StopIteration as done:
            return decode(done.value, name)

    async def _perform(self, step: Step) -> Any:
        if isinstance(step, Call):
            return encode(first_items(await getattr(self, step.tool)(**step.args)))
        sent, idempotent = self._core.raw_outgoing(step)
        return self._core.read(await self._send(sent, idempotent))


async def _sleep(seconds: float) -> None:
    import asyncio  # imported on first retry: sync users never pay for it

    await asyncio.sleep(seconds)
