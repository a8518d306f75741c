"""Building valid requests for any tool, and checking answers against declared types."""

from __future__ import annotations

import base64
import functools
from pathlib import Path
from typing import Any

import httpx
from jsonschema import Draft202012Validator

from generator.hosts.mock.synth import synthesize
from generator.render.schema import SchemaBuilder
from generator.spec import load_provider, spec_paths
from generator.spec.model import Param, Provider, Tool

ROOT = Path(__file__).resolve().parents[2]


@functools.cache
def bundled_providers() -> tuple[Provider, ...]:
    """The bundled specs that load, one by one, so a spec being edited does not hide the rest."""
    loaded = (load_provider(path, ROOT)[0] for path in spec_paths(ROOT))
    return tuple(provider for provider in loaded if provider is not None)


def auth_headers(provider: Provider, token: str = "tok-123") -> dict[str, str]:
    headers = dict(provider.api.headers)
    auth = provider.api.auth
    if auth.kind == "bearer":
        headers["Authorization"] = f"Bearer {token}"
    elif auth.kind == "basic":
        headers["Authorization"] = "Basic " + base64.b64encode(f"user:{token}".encode()).decode()
    elif auth.kind == "header":
        headers[auth.header] = f"{auth.prefix} {token}".strip()
    return headers


def sample(provider: Provider, param: Param) -> Any:
    if param.enum:
        return list(param.enum[:1]) if param.type.is_list else param.enum[0]
    if param.minimum is not None:
        return int(param.minimum)
    return synthesize(provider, param.type, label=param.name)


def valid_request(provider: Provider, tool: Tool, base_url: str) -> httpx.Request:
    """A request with every required param (and every path param) filled in."""
    assert tool.http is not None
    path = tool.http.path
    query: dict[str, Any] = {}
    body: dict[str, Any] = {}
    headers = auth_headers(provider)
    if tool.http.accept:
        headers["Accept"] = tool.http.accept
    for param in tool.params:
        if param.location == "path":
            value = str(sample(provider, param))
            path = path.replace("{" + param.wire_name + "}", value).replace(
                "{" + param.name + "}", value
            )
        elif param.required and param.location == "query":
            query[param.wire_name] = sample(provider, param)
        elif param.required and param.location == "header":
            headers[param.wire_name] = str(sample(provider, param))
        elif param.required and param.location == "body":
            _set_dotted(body, param.wire_name, sample(provider, param))
    content = body.get("$", body) if body or tool.http.method not in ("GET", "DELETE") else None
    return httpx.Request(
        tool.http.method, base_url + path, params=query, headers=headers, json=content
    )


def _set_dotted(body: dict[str, Any], wire: str, value: Any) -> None:
    *parents, leaf = wire.split(".")
    for key in parents:
        body = body.setdefault(key, {})
    body[leaf] = value


def answer_errors(provider: Provider, tool: Tool, response: httpx.Response) -> list[str]:
    """Why an answer does not match the tool's declared return type (empty when it does)."""
    ref = tool.returns.type
    if ref is None:
        return [] if not response.content else [f"unexpected body {response.text[:80]!r}"]
    if "json" not in response.headers.get("content-type", ""):
        return [] if ref.name == "string" else ["expected JSON"]
    value = response.json()
    if tool.returns.unwrap:
        value = value[tool.returns.unwrap]
    key = tool.pagination.item_key
    if key and isinstance(value, list):
        assert all("cursor" in wrapper for wrapper in value)
        value = [wrapper[key] for wrapper in value]
    schemas = SchemaBuilder(provider, output=True)
    schema = schemas.with_defs(schemas.type_schema(ref))
    return [error.message for error in Draft202012Validator(schema).iter_errors(value)]


def walk(client: httpx.Client, tool: Tool, first: httpx.Request) -> list[Any]:
    """Every item of a paginated list tool, following its style from the first request."""
    paging, request = tool.pagination, first
    items: list[Any] = []
    for _ in range(50):
        response = client.send(request)
        assert response.status_code in (200, 206), response.text
        page = response.json()
        page = page[tool.returns.unwrap] if tool.returns.unwrap else page
        items += [wrapper[paging.item_key] for wrapper in page] if paging.item_key else page
        if paging.style == "cursor" and page:
            url = request.url.copy_merge_params({paging.cursor_param: page[-1]["cursor"]})
        elif paging.style == "link" and "next" in response.links:
            url = httpx.URL(response.links["next"]["url"])
        elif paging.style == "range" and response.status_code == 206:
            request.headers["Range"] = response.headers["Next-Range"]
            url = request.url
        else:
            return items
        request = httpx.Request(request.method, url, headers=request.headers)
    raise AssertionError("pagination did not end")
