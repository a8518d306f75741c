"""The base class of generated async clients (see `base.py`)."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Mapping
from functools import partial
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx

from generator.runtime.base import LIMITS, NO_OPTIONS, ClientBase, Timeout
from generator.runtime.deprecation import warn_deprecated
from generator.runtime.hooks import Call, Step, tool_steps
from generator.runtime.meta import ToolSpec
from generator.runtime.model import Decoder, encode
from generator.runtime.options import (
    RAW,
    CallOptions,
    log_attempt,
    log_retry,
    policy,
)
from generator.runtime.pages import AsyncPage, first_items
from generator.runtime.pagination import Walk
from generator.runtime.retry import RetryState
from generator.runtime.transport import Outgoing

T = TypeVar("T")


class AsyncClient(ClientBase):
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
