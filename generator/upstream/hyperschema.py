"""Heroku's JSON hyper-schema (interagent, draft-04 `links`) -> the neutral upstream model."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote

from generator.naming import snake
from generator.upstream.model import Operation, Schema, Upstream, UpstreamParam
from generator.upstream.refs import Resolver, UpstreamError
from generator.upstream.schemas import body_params, object_properties

# `{(%23%2Fdefinitions%2Fapp%2Fdefinitions%2Fidentity)}`
_PLACEHOLDER = re.compile(r"\{\(([^)}]*)\)\}")


def is_hyper_schema(document: dict[str, Any]) -> bool:
    return (
        "openapi" not in document
        and isinstance(document.get("definitions"), dict)
        and any(isinstance(d, dict) and "links" in d for d in document["definitions"].values())
    )


def read_hyper_schema(document: dict[str, Any]) -> Upstream:
    resolver = Resolver(document)
    operations = []
    for name, resource in sorted(document["definitions"].items()):
        for link in resource.get("links", ()) if isinstance(resource, dict) else ():
            if (
                isinstance(link, dict)
                and "method" in link
                and str(link.get("href", "")).startswith("/")
            ):
                operations.append(_operation(name, link, resolver))
    return Upstream(
        format="hyper-schema",
        title=str(document.get("title", "")),
        base_path="",
        operations=tuple(operations),
        resolver=resolver,
    )


def _operation(resource: str, link: Schema, resolver: Resolver) -> Operation:
    method = str(link["method"]).upper()
    path, path_params = _path(str(link["href"]), resolver)
    schema = link.get("schema")
    params: tuple[UpstreamParam, ...] = path_params
    body = None
    if isinstance(schema, dict) and method in ("GET", "HEAD", "DELETE"):
        params += tuple(
            UpstreamParam(n, "query", resolver.deref(s), r)
            for n, s, r in object_properties(schema, resolver)
        )
    elif isinstance(schema, dict):
        body = schema
        params += body_params(schema, resolver, bool(schema.get("required")))
    title = str(link.get("title", ""))
    target = link.get("targetSchema")
    return Operation(
        method=method,
        path=path,
        operation_id=f"{resource}-{snake(title)}",
        summary=title,
        description=str(link.get("description", "")),
        tags=(resource,),
        params=params,
        body=body,
        responses=(("200", dict(target) if isinstance(target, dict) else None),),
    )


def _path(href: str, resolver: Resolver) -> tuple[str, tuple[UpstreamParam, ...]]:
    """`/apps/{app_identity}` and its path params, typed from the referenced definitions."""
    params: list[UpstreamParam] = []

    def placeholder(match: re.Match[str]) -> str:
        ref = unquote(match.group(1))
        if not ref.startswith("#/definitions/"):
            raise UpstreamError(f"{href}: unexpected placeholder {ref!r}")
        name = snake("_".join(part for part in ref.split("/")[2:] if part != "definitions"))
        params.append(UpstreamParam(name, "path", resolver.deref(resolver.lookup(ref)), True))
        return "{" + name + "}"

    return _PLACEHOLDER.sub(placeholder, href), tuple(params)
