"""Request building and response reading, shared by the sync and async clients.

Nothing here does I/O: `build()` turns a tool and its arguments into an
`Outgoing` request, `read()` turns an httpx response into data or a typed
error.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import httpx
from attrs import field, frozen

from generator.runtime import errors, files
from generator.runtime.json_values import as_object, as_sequence
from generator.runtime.meta import ToolSpec
from generator.runtime.model import encode

_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
NO_BODY: Any = object()
MAX_URL_CHARS = 32_768  # path and query of one request; far beyond any real call


@frozen
class Outgoing:
    method: str
    url: str  # path relative to the base URL, or an absolute URL (Link pagination)
    params: tuple[tuple[str, str], ...] = ()
    headers: Mapping[str, str] = field(factory=dict[str, str])
    body: Any = NO_BODY  # JSON body
    content: bytes | None = None  # an encoded form, multipart or binary body (see headers)


def build(tool: ToolSpec, args: Mapping[str, Any]) -> Outgoing:
    """The request for `tool`; `args` holds only the params the caller set."""
    path_values: dict[str, str] = {}
    params: list[tuple[str, str]] = []
    headers: dict[str, str] = {"Accept": tool.accept} if tool.accept else {}
    body: Any = NO_BODY
    for spec in tool.params:
        if spec.name not in args:
            continue
        value = args[spec.name]
        if spec.location == "path":
            path_values[spec.wire_name] = path_segment(tool.name, spec.name, value)
        elif spec.location == "query":
            if not spec.explode:
                _refuse_commas(tool.name, spec.name, value)
            params.extend(query_pairs(spec.wire_name, value, explode=spec.explode))
        elif spec.location == "header":
            headers[spec.wire_name] = scalar(value)
        elif spec.wire_name == "$":
            body = encode(value)
        else:
            body = {} if body is NO_BODY else body
            _put(body, spec.wire_name.split("."), encode(value))
    path = _PLACEHOLDER.sub(lambda m: path_values[m.group(1)], tool.path)
    _check_url_length(tool.name, path, params)
    if tool.body != "json":
        content, headers["Content-Type"] = _encoded_body(tool, args)
        return Outgoing(tool.method, path, tuple(params), headers, content=content)
    return Outgoing(tool.method, path, tuple(params), headers, body)


def _encoded_body(tool: ToolSpec, args: Mapping[str, Any]) -> tuple[bytes, str]:
    """The form, multipart or binary body of `tool` and its Content-Type."""
    fields: list[tuple[str, str]] = []
    parts: list[tuple[str, files.FilePart]] = []
    for spec in tool.params:
        if spec.location != "body" or spec.name not in args:
            continue
        value = args[spec.name]
        if spec.type.startswith("file"):
            values = value if spec.type.endswith("[]") else [value]
            parts += [(spec.wire_name, files.read_file(tool.name, spec.name, v)) for v in values]
        else:
            fields += query_pairs(spec.wire_name, value)
    if tool.body == "form":
        return files.form_body(fields)
    if tool.body == "multipart":
        return files.multipart_body(fields, parts)
    content = parts[0][1].content if parts else b""
    return content, tool.content_type or files.OCTET_STREAM


def _check_url_length(tool: str, path: str, params: list[tuple[str, str]]) -> None:
    """A URL no server (nor httpx, at 65,536) takes is a caller's error, not a crash."""
    length = len(path) + sum(len(quote(k)) + len(quote(v)) + 2 for k, v in params)
    if length > MAX_URL_CHARS:
        message = (
            f"{tool}: the request URL would be {length:,} characters (at most {MAX_URL_CHARS:,})"
        )
        raise errors.ArgumentError(message, tool=tool)


def path_segment(tool: str, param: str, value: Any) -> str:
    """One percent-encoded path segment: `../x` can never change the path."""
    text = scalar(value)
    if text in ("", ".", ".."):
        raise errors.ArgumentError(
            f"{tool}: parameter {param!r} must not be {text!r}", tool=tool, param=param
        )
    return quote(text, safe="")


def query_pairs(name: str, value: Any, *, explode: bool = True) -> list[tuple[str, str]]:
    """Lists repeat the key (`branch[]=a&branch[]=b`), or without `explode` travel as one
    comma-joined value (`type=a,b`); None is omitted."""
    if value is None:
        return []
    values = as_sequence(value)
    if values is None:
        return [(name, scalar(value))]
    items = [scalar(item) for item in values if item is not None]
    if explode:
        return [(name, item) for item in items]
    return [(name, ",".join(items))] if items else []


def _refuse_commas(tool: str, param: str, value: Any) -> None:
    """A comma inside one item of a comma-joined list would split it in two."""
    values = as_sequence(value)
    items = [value] if values is None else values
    for item in items:
        if item is not None and "," in scalar(item):
            raise errors.ArgumentError(
                f"{tool}: parameter {param!r} cannot send {scalar(item)!r}: "
                "its values travel comma-separated",
                tool=tool,
                param=param,
            )


def scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _put(body: dict[str, Any], path: list[str], value: Any) -> None:
    for key in path[:-1]:
        body = body.setdefault(key, {})
    body[path[-1]] = value


def read(provider: str, method: str, response: httpx.Response, success: tuple[int, ...]) -> Any:
    """The parsed body of a successful response; raises the typed error otherwise."""
    status = response.status_code
    ok = status in success if success else 200 <= status < 300
    if not ok:
        raise response_error(provider, method, response)
    if status == 204 or not response.content:
        return None
    if "json" not in response.headers.get("content-type", "json"):
        return response.text
    try:
        return response.json()
    except ValueError:
        raise errors.InvalidResponse(
            "response body is not valid JSON", **_context(provider, method, response)
        ) from None


def response_error(provider: str, method: str, response: httpx.Response) -> errors.ProviderError:
    try:
        body = response.json()
    except ValueError:
        body = None
    message = errors.provider_message(body, response.text if body is None else "")
    error_class = errors.error_class(response.status_code)
    return error_class(message, body=body, **_context(provider, method, response))


def transport_error(
    provider: str, method: str, url: httpx.URL, exc: httpx.TransportError
) -> errors.ProviderError:
    kind = (
        errors.RequestTimeout
        if isinstance(exc, httpx.TimeoutException)
        else errors.ConnectionFailed
    )
    reason = str(exc) or type(exc).__name__
    return kind(reason, provider=provider, method=method, path=url.path)


def invalid_response(provider: str, response: httpx.Response, message: str) -> errors.ProviderError:
    context = _context(provider, response.request.method, response)
    return errors.InvalidResponse(message, **context)


def _context(provider: str, method: str, response: httpx.Response) -> dict[str, Any]:
    return {
        "provider": provider,
        "method": method,
        "path": response.request.url.path,
        "status": response.status_code,
        "request_id": errors.request_id(response.headers),
    }


def unwrap(tool: ToolSpec, data: Any) -> Any:
    """The value under `returns.unwrap` of an envelope response."""
    if not tool.unwrap:
        return data
    envelope = as_object(data)
    if envelope is None or tool.unwrap not in envelope:
        raise errors.InvalidResponse(
            f"{tool.name}: expected an object with key {tool.unwrap!r} in the response"
        )
    return envelope[tool.unwrap]
