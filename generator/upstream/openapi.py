"""OpenAPI 3.0 / 3.1 -> the neutral upstream model."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlparse

from generator.upstream.model import Operation, ParamLocation, Schema, Upstream, UpstreamParam
from generator.upstream.refs import Resolver, UpstreamError
from generator.upstream.schemas import body_params

METHODS = ("get", "put", "post", "delete", "patch", "head")
_LOCATIONS: dict[str, ParamLocation] = {"path": "path", "query": "query", "header": "header"}


def read_openapi(document: dict[str, Any]) -> Upstream:
    resolver = Resolver(document)
    operations = []
    for path, item in (document.get("paths") or {}).items():
        item = resolver.deref(item)
        shared = item.get("parameters", ())
        for method in METHODS:
            if isinstance(item.get(method), dict):
                operations.append(_operation(method, path, item[method], shared, resolver))
    schemes = resolver.deref(document.get("components", {})).get("securitySchemes") or {}
    return Upstream(
        format="openapi",
        title=str(resolver.deref(document.get("info")).get("title", "")),
        base_path=_base_path(document),
        operations=tuple(operations),
        resolver=resolver,
        security=tuple((name, resolver.deref(s)) for name, s in sorted(schemes.items())),
    )


def _base_path(document: dict[str, Any]) -> str:
    servers = document.get("servers") or [{}]
    url = servers[0].get("url", "") if isinstance(servers[0], dict) else ""
    return urlparse(str(url)).path.rstrip("/")


def _operation(method: str, path: str, raw: Schema, shared: Any, resolver: Resolver) -> Operation:
    params: dict[tuple[str, str], UpstreamParam] = {}
    where = f"{method.upper()} {path}"
    for entry in [*shared, *raw.get("parameters", ())]:  # an operation's own entries win
        if not isinstance(entry, dict):
            raise UpstreamError(f"{where}: a parameter is not an object: {entry!r:.60}")
        param = _param(resolver.deref(entry), resolver, where)
        if param is not None:
            params[(param.location, param.name)] = param
    body, body_required = _request_body(raw.get("requestBody"), resolver)
    body_list = body_params(body, resolver, body_required) if body is not None else ()
    return Operation(
        method=method.upper(),
        path=path,
        operation_id=str(raw.get("operationId", "")),
        summary=str(raw.get("summary", "")),
        description=str(raw.get("description", "")),
        tags=tuple(str(t) for t in raw.get("tags", ())),
        params=(*params.values(), *body_list),
        body=body,
        responses=tuple(_responses(raw.get("responses") or {}, resolver)),
    )


def _param(raw: Schema, resolver: Resolver, where: str) -> UpstreamParam | None:
    location = _LOCATIONS.get(str(raw.get("in")))
    if location is None:
        return None  # cookies are out of scope
    if "name" not in raw:
        raise UpstreamError(f"{where}: parameter without a name")
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
    )


def _json_schema(content: Any) -> Schema | None:
    """The schema of the JSON media type of a `content` map."""
    for media, entry in (content or {}).items():
        if "json" in media and isinstance(entry, dict) and "schema" in entry:
            return dict(entry["schema"])
    return None


def _request_body(raw: Any, resolver: Resolver) -> tuple[Schema | None, bool]:
    if raw is None:
        return None, False
    body = resolver.deref(raw)
    return _json_schema(body.get("content")), bool(body.get("required"))


def _responses(raw: dict[str, Any], resolver: Resolver) -> list[tuple[str, Schema | None]]:
    return [
        (str(status), _json_schema(resolver.deref(r).get("content"))) for status, r in raw.items()
    ]
