"""What the sync and async clients share: configuration, requests, results."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from generator.runtime import pagination, transport
from generator.runtime.accounts import Account
from generator.runtime.auth import Secret, auth_secrets, build_auth, reveal
from generator.runtime.errors import ArgumentError, ProviderError
from generator.runtime.hooks import Request
from generator.runtime.meta import ProviderSpec, ToolSpec
from generator.runtime.model import UNSET
from generator.runtime.options import CallOptions
from generator.runtime.redact import Redactor
from generator.runtime.retry import RetryPolicy
from generator.runtime.transport import NO_BODY, Outgoing

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
NO_OPTIONS: CallOptions = {}


class ClientCore:
    def __init__(
        self,
        provider: ProviderSpec,
        tools: Mapping[str, ToolSpec],
        account: Account,
        retry: RetryPolicy,
    ) -> None:
        self.provider = provider
        self.tools = tools
        self.account = account
        self.retry = retry
        self.base_url = account.base_url.rstrip("/")
        self.headers = dict(provider.headers)
        self.auth = build_auth(provider, dict(account.values), self.base_url)
        self.redactor = Redactor(self.secret_values)

    def secret_values(self) -> list[str]:
        """The configured secrets and the auth header values made of them."""
        values = [v.reveal() for v in self.account.values.values() if isinstance(v, Secret)]
        return values + auth_secrets(self.auth)

    def arguments(self, tool: ToolSpec, args: Mapping[str, Any]) -> dict[str, Any]:
        """The caller's arguments without UNSET, credential defaults filled in."""
        values = {name: value for name, value in args.items() if value is not UNSET}
        for spec in tool.params:
            if spec.name in values or not spec.credential:
                continue
            configured = self.account.values.get(spec.credential)
            if configured is not None:
                values[spec.name] = reveal(configured)
            elif spec.required:
                raise ArgumentError(
                    f"{tool.name}: pass {spec.name}=... or configure the "
                    f"{spec.credential!r} credential of {self.provider.id}",
                    tool=tool.name,
                    param=spec.name,
                )
        return values

    def outgoing(self, tool: ToolSpec, args: Mapping[str, Any]) -> Outgoing:
        return transport.build(tool, self.arguments(tool, args))

    def raw_outgoing(self, step: Request) -> tuple[Outgoing, bool]:
        """A hook's raw request (its path already checked by the hook) and its idempotency."""
        method = step.method.upper()
        params = tuple(
            pair for key, value in step.query.items() for pair in transport.query_pairs(key, value)
        )
        body = NO_BODY if step.body is None else step.body
        return Outgoing(method, step.path, params, {}, body), method in _IDEMPOTENT_METHODS

    def request(
        self,
        http: httpx.Client | httpx.AsyncClient,
        sent: Outgoing,
        options: CallOptions = NO_OPTIONS,
    ) -> httpx.Request:
        """The httpx request: the spec's static headers, the tool's, then `extra_headers`;
        a per-call `timeout` overrides the client's."""
        url = sent.url if "://" in sent.url else self.base_url + sent.url
        headers = {**self.headers, **sent.headers, **(options.get("extra_headers") or {})}
        timeout = options.get("timeout")
        return http.build_request(
            sent.method,
            url,
            params=sent.params or None,
            headers=headers,
            json=None if sent.body is NO_BODY else sent.body,
            content=sent.content,
            timeout=httpx.USE_CLIENT_DEFAULT if timeout is None else timeout,
        )

    def read(self, response: httpx.Response, success: tuple[int, ...] = ()) -> Any:
        try:
            return transport.read(self.provider.id, response.request.method, response, success)
        except ProviderError as exc:
            raise self.redactor.error(exc) from exc.__cause__

    def result(self, tool: ToolSpec, response: httpx.Response) -> Any:
        """The tool's value from a response: envelope and cursor wrappers removed.

        An empty answer is None for tools that return nothing or whose result
        is `optional`; for any other tool it is an `InvalidResponse`, as is a
        body that is not JSON where the spec promises structured data."""
        try:
            return self._result(tool, response)
        except ProviderError as exc:
            raise self.redactor.error(exc) from exc.__cause__

    def _result(self, tool: ToolSpec, response: httpx.Response) -> Any:
        data = self.read(response, tool.success)
        if data is None and tool.returns and not response.content:
            if tool.optional:
                return None
            raise self._invalid(tool, response, "an empty body")
        wants_json = not tool.accept or "json" in tool.accept
        if isinstance(data, str) and wants_json and tool.returns not in ("string", "any"):
            data = self._mislabelled_json(tool, response)
        data = transport.unwrap(tool, data)
        if tool.paging is not None and tool.paging.item_key:
            return pagination.items(tool.paging, data, tool.name)
        return data

    def page(
        self, tool: ToolSpec, sent: Outgoing, response: httpx.Response
    ) -> tuple[list[Any], Outgoing | None]:
        """The items of one page and the request for the next (None at the end)."""
        assert tool.paging is not None, f"{tool.name} is not paginated"
        try:
            body = self.read(response, tool.success)
            raw = transport.unwrap(tool, body)
            items = pagination.items(tool.paging, raw, tool.name)
            return items, pagination.next_page(tool.paging, sent, response, raw, body)
        except ProviderError as exc:
            raise self.redactor.error(exc) from exc.__cause__

    def _mislabelled_json(self, tool: ToolSpec, response: httpx.Response) -> Any:
        """JSON data under another content type (`application/octet-stream`) is taken;
        anything else (an HTML error page) is an `InvalidResponse` naming the type."""
        try:
            return response.json()
        except ValueError:
            kind = response.headers.get("content-type", "") or "non-JSON"
            raise self._invalid(tool, response, f"a {kind} body") from None

    def _invalid(self, tool: ToolSpec, response: httpx.Response, got: str) -> Exception:
        return transport.invalid_response(
            self.provider.id, response, f"{tool.name}: expected {tool.returns}, got {got}"
        )

    def transport_error(self, request: httpx.Request, exc: httpx.TransportError) -> Exception:
        error = transport.transport_error(self.provider.id, request.method, request.url, exc)
        return self.redactor.error(error)
