"""OpenAPI 3.0 / 3.1 -> the neutral upstream model."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from attrs import evolve

from generator.upstream.model import (
    Operation,
    ParamLocation,
    Schema,
    Skipped,
    Upstream,
    UpstreamParam,
)
from generator.upstream.refs import Resolver, UpstreamError
from generator.upstream.schemas import body_params
from generator.upstream.source import pointer

METHODS = ("get", "put", "post", "delete", "patch", "head")
_LOCATIONS: dict[str, ParamLocation] = {"path": "path", "query": "query", "header": "header"}


def read_openapi(document: dict[str, Any]) -> Upstream:
    resolver = Resolver(document)
    operations, skipped = [], []
    for path, item in (document.get("paths") or {}).items():
        try:
            item = resolver.deref(item)
            shared = item.get("parameters") or ()
        except UpstreamError as exc:
            skipped.append(Skipped("*", str(path), pointer("paths", str(path)), str(exc)))
            continue
        for method in (*METHODS, "options", "trace"):
            if method not in item:
                continue
            where = pointer("paths", str(path), method)
            try:
                if method not in METHODS:
                    raise UpstreamError(f"HTTP method {method.upper()} has no tool form")
                if not isinstance(item[method], dict):
                    raise UpstreamError("the operation is not an object")
                op = _operation(method, path, item[method], shared, resolver, where)
                servers = _own_servers(document, item, item[method])
                operations.append(evolve(op, servers=servers) if servers else op)
            except (UpstreamError, AttributeError, KeyError, TypeError, ValueError) as exc:
                reason = str(exc) if isinstance(exc, UpstreamError) else f"malformed: {exc!r:.120}"
                skipped.append(Skipped(method.upper(), str(path), where, reason))
    schemes = resolver.deref(document.get("components", {})).get("securitySchemes") or {}
    return Upstream(
        format="openapi",
        title=str(resolver.deref(document.get("info")).get("title", "")),
        base_path=_base_path(document),
        operations=tuple(operations),
        resolver=resolver,
        security=tuple((name, resolver.deref(s)) for name, s in sorted(schemes.items())),
        skipped=tuple(skipped),
        servers=tuple(s for s in document.get("servers") or () if isinstance(s, dict)),
    )


def _base_path(document: dict[str, Any]) -> str:
    servers = document.get("servers") or [{}]
    url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
    return urlparse(str(url)).path.rstrip("/")


def _operation(
    method: str, path: str, raw: Schema, shared: Any, resolver: Resolver, where: str
) -> Operation:
    params: dict[tuple[str, str], UpstreamParam] = {}
    notes: list[str] = []
    for entry in [*shared, *(raw.get("parameters") or ())]:  # an operation's own entries win
        if not isinstance(entry, dict):
            raise UpstreamError(f"a parameter is not an object: {entry!r:.60}")
        param = _param(resolver.deref(entry), resolver, notes)
        if param is not None:
            params[(param.location, param.name)] = param
    body, body_required, media = _request_body(raw.get("requestBody"), resolver, notes)
    body_list = body_params(body, resolver, body_required) if body is not None else ()
    return Operation(
        method=method.upper(),
        path=path,
        operation_id=str(raw.get("operationId", "")),
        summary=str(raw.get("summary", "")),
        description=str(raw.get("description", "")),
        tags=tuple(str(t) for t in raw.get("tags", ())),
        deprecated=bool(raw.get("deprecated")),
        x_pagination=raw["x-pagination"] if isinstance(raw.get("x-pagination"), dict) else None,
        security=_security(raw.get("security")),
        params=(*params.values(), *body_list),
        body=body,
        responses=tuple(_responses(raw.get("responses") or {}, resolver, notes)),
        pointer=where,
        body_media=media,
        response_headers=_response_headers(raw.get("responses") or {}, resolver),
        notes=tuple(notes),
    )


def _param(raw: Schema, resolver: Resolver, notes: list[str]) -> UpstreamParam | None:
    location = _LOCATIONS.get(str(raw.get("in")))
    if location is None:
        notes.append(f"{raw.get('in')} parameter '{raw.get('name')}' not imported")
        return None
    if "name" not in raw:
        raise UpstreamError("parameter without a name")
    schema = raw.get("schema")
    if schema is None:  # `content: {media: {schema}}` form
        media: list[Schema] = list((raw.get("content") or {}).values())
        schema = media[0].get("schema", {}) if media else {}
    required = bool(raw.get("required")) or location == "path"
    style = raw.get("style", "form" if location == "query" else "simple")
    return UpstreamParam(
        str(raw["name"]),
        location,
        resolver.deref(schema),
        required,
        str(raw.get("description", "")),
        explode=bool(raw.get("explode", style == "form")),
        deprecated=bool(raw.get("deprecated")),
    )


def _json_schema(content: Any) -> Schema | None:
    """The schema of the JSON media type of a `content` map."""
    for media, entry in (content or {}).items():
        if "json" in media and isinstance(entry, dict) and "schema" in entry:
            return dict(entry["schema"])
    return None


_BINARY_SCHEMA: Schema = {"type": "string", "format": "binary"}


def _body_rank(media: str) -> int:
    """Which request media type to take when several are offered: JSON first."""
    base = media.split(";")[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return 0
    if "json" in base:
        return 1
    return {"application/x-www-form-urlencoded": 2, "multipart/form-data": 3}.get(base, 4)


def _request_body(
    raw: Any, resolver: Resolver, notes: list[str]
) -> tuple[Schema | None, bool, str]:
    if raw is None:
        return None, False, ""
    body = resolver.deref(raw)
    content = {str(k): v for k, v in (body.get("content") or {}).items() if isinstance(v, dict)}
    if not content:
        return None, False, ""
    media = min(content, key=_body_rank)
    if len(content) > 1:
        others = ", ".join(m for m in content if m != media)
        notes.append(f"request body also accepts {others}; imported as {media}")
    schema = content[media].get("schema")
    if _body_rank(media) == 4:
        schema = _BINARY_SCHEMA  # raw bytes: the schema (if any) only describes them
    return dict(schema or {}), bool(body.get("required")), media


def _responses(
    raw: dict[str, Any], resolver: Resolver, notes: list[str]
) -> list[tuple[str, Schema | None]]:
    result = []
    for status, response in raw.items():
        content = resolver.deref(response).get("content") or {}
        schema = _json_schema(content)
        if schema is None and content and str(status).startswith("2"):
            media = ", ".join(str(m) for m in content)
            notes.append(f"response {status} ({media}) is not JSON; its schema is not imported")
        result.append((str(status), schema))
    return result


def _response_headers(raw: dict[str, Any], resolver: Resolver) -> tuple[str, ...]:
    return tuple(
        str(name)
        for status, response in raw.items()
        if str(status).startswith("2")
        for name in resolver.deref(response).get("headers") or {}
    )


def _own_servers(document: dict[str, Any], item: Schema, raw: Schema) -> tuple[str, ...]:
    """URLs of the operation's own `servers` when they differ from the document's."""
    own = raw.get("servers") or item.get("servers")
    if not own or own == document.get("servers"):
        return ()
    return tuple(str(s.get("url", "")).rstrip("/") for s in own if isinstance(s, dict))


def _security(raw: Any) -> tuple[str, ...] | None:
    """The scheme names an operation's own `security` allows (`()`: no auth); None: inherited."""
    if not isinstance(raw, list):
        return None
    return tuple(str(name) for entry in raw if isinstance(entry, dict) for name in entry)
