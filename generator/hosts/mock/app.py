"""The Starlette app: route, inject, validate, answer, record."""

from __future__ import annotations

import asyncio
import copy
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from generator.hosts.mock import bodies
from generator.hosts.mock.control import MockState, control_routes, redact_headers
from generator.hosts.mock.oauth import TokenIssuer, expire_route, token_answer, token_path
from generator.hosts.mock.paging import Reply, paged_reply
from generator.hosts.mock.request_checks import (
    RequestError,
    check_auth,
    check_static_headers,
    read_body,
)
from generator.hosts.mock.routing import ProviderRouter, ToolRoute
from generator.hosts.mock.synth import echo_path_params, synthesize
from generator.hosts.mock.versions import check_version
from generator.spec.model import Provider, Tool

METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]


def base_path(provider: Provider) -> str:
    """The path part of `api.base_url`: `/v1` for Fly, `` for Heroku."""
    return urlsplit(provider.api.base_url).path.rstrip("/")


def create_app(provider: Provider, *, items: int = 5) -> Starlette:
    """One provider, served at its own base path (`/v1/apps`)."""
    return _build([ProviderRouter(provider, base_path(provider))], items)


def create_multi_app(providers: Iterable[Provider], *, items: int = 5) -> Starlette:
    """Several providers, each below `/<provider-id>` + base path (`/fly-io/v1/apps`)."""
    return _build([ProviderRouter(p, f"/{p.id}{base_path(p)}") for p in providers], items)


def _build(routers: list[ProviderRouter], items: int) -> Starlette:
    state = MockState()
    issuer = TokenIssuer()
    secret_headers = frozenset(r.provider.api.auth.header.lower() for r in routers)

    async def handle(request: Request) -> Response:
        epoch = state.epoch()
        entry = _log_entry(request, secret_headers)
        response = await _answer(request, routers, state, items, entry, issuer)
        entry["status"] = response.status_code
        state.record(entry, epoch)
        return response

    app = Starlette(
        routes=[
            *control_routes(state),
            expire_route(issuer),
            Route("/{rest:path}", handle, methods=METHODS),
        ],
        exception_handlers={HTTPException: _http_error, 500: _server_error},
    )
    app.state.mock = state
    app.state.oauth = issuer
    return app


async def _answer(
    request: Request,
    routers: list[ProviderRouter],
    state: MockState,
    items: int,
    entry: dict[str, Any],
    issuer: TokenIssuer,
) -> Response:
    raw_path = request.scope.get("raw_path", b"").decode("latin-1") or request.url.path
    injection = state.take(request.method, request.url.path)
    if injection is not None:
        await asyncio.sleep(injection.delay)
        if (injected := injection.response(request.headers)) is not None:
            return injected
    try:
        router = next((r for r in routers if r.owns(raw_path)), None)
        if router is None:
            raise RequestError(404, f"no provider serves {raw_path}")
        if raw_path == token_path(router):
            entry.update(provider=router.provider.id, tool="oauth_token")
            return await token_answer(request, issuer)
        candidates = router.matches(request.method, raw_path)
        route, path_values = candidates[0]
        entry.update(provider=router.provider.id, tool=route.tool.name)
        raw_body = await read_body(request)
        check_auth(router.provider.api, request.headers)  # a 401 comes before any body check
        if router.provider.api.auth.kind == "oauth2":
            issuer.check(request.headers.get("authorization", ""))
        refusals: list[RequestError] = []
        for route, path_values in candidates:  # the first tool of the endpoint that takes it
            try:
                received = await bodies.receive(request, raw_body, route.tool)
                if received is None:
                    entry["json"] = _json_or_none(raw_body)
                else:
                    entry.update(received.log())
                reply = _reply(
                    request, router.provider, route, path_values, raw_body, items, received
                )
                entry["tool"] = route.tool.name
                break
            except RequestError as exc:
                refusals.append(exc)
        else:
            raise refusals[0]
    except RequestError as exc:
        return JSONResponse({"message": exc.message}, exc.status)
    return _response(route, reply)


def _reply(
    request: Request,
    provider: Provider,
    route: ToolRoute,
    path_values: dict[str, str],
    raw_body: bytes,
    items: int,
    received: bodies.Received | None,
) -> Reply:
    tool, rules = route.tool, route.rules
    check_static_headers(provider.api, tool, request.headers)
    path = rules.path(path_values)
    query = rules.query(request.query_params.multi_items())
    rules.headers(request.headers)
    if received is None:
        rules.body(raw_body)
    else:
        bodies.check(rules, received)
    check_version(provider, tool, path, _json_or_none(raw_body), _body)
    returns = tool.returns.type
    if tool.is_paginated and returns is not None and returns.is_list:
        return paged_reply(provider, tool, items, query, request.headers, request.url)
    body = _body(provider, tool, path)
    assert tool.http is not None
    status = tool.http.success[0] if tool.http.success else (200 if body is not None else 204)
    return Reply(body, status)


def _body(provider: Provider, tool: Tool, path: dict[str, Any]) -> Any:
    """The example or synthesized answer, with the last path param echoed into it."""
    unwrap = tool.returns.unwrap
    if tool.response_example is not None:
        body = copy.deepcopy(tool.response_example)
    elif tool.returns.type is not None:
        value = synthesize(provider, tool.returns.type)
        body = {unwrap: value} if unwrap else value
    else:
        return None
    if unwrap and isinstance(body, dict):
        return {**body, unwrap: echo_path_params(body.get(unwrap), tool, path)}
    return echo_path_params(body, tool, path)


def _response(route: ToolRoute, reply: Reply) -> Response:
    if reply.status in (204, 304) or reply.body is None:
        return Response(status_code=reply.status, headers=dict(reply.headers))
    accept = route.tool.http.accept if route.tool.http is not None else ""
    if isinstance(reply.body, str) and accept and "json" not in accept:
        return Response(reply.body, reply.status, dict(reply.headers), media_type=accept)
    return JSONResponse(reply.body, reply.status, dict(reply.headers))


def _log_entry(request: Request, secret_headers: frozenset[str]) -> dict[str, Any]:
    query: dict[str, list[str]] = {}
    for name, value in request.query_params.multi_items():
        query.setdefault(name, []).append(value)
    return {
        "provider": None,
        "tool": None,
        "method": request.method,
        "path": request.url.path,
        "query": query,
        "headers": redact_headers(request.headers.items(), secret_headers),
        "json": None,
    }


def _json_or_none(raw: bytes) -> Any:
    try:
        return json.loads(raw) if raw.strip() else None
    except (ValueError, RecursionError):
        return None


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return JSONResponse({"message": exc.detail}, exc.status_code)


async def _server_error(request: Request, exc: Exception) -> Response:
    return JSONResponse({"message": f"internal mock error: {type(exc).__name__}"}, 500)


__all__ = ["base_path", "create_app", "create_multi_app"]
