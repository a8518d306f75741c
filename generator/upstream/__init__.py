"""Reading providers' published API descriptions (OpenAPI 3.0/3.1, Heroku JSON hyper-schema)."""

from __future__ import annotations

from pathlib import Path

from generator.upstream.hyperschema import is_hyper_schema, read_hyper_schema
from generator.upstream.model import Operation, Schema, Upstream, UpstreamParam
from generator.upstream.openapi import read_openapi
from generator.upstream.refs import Resolver, UpstreamError, read_document

__all__ = [
    "Operation",
    "Resolver",
    "Schema",
    "Upstream",
    "UpstreamError",
    "UpstreamParam",
    "load_upstream",
]


def load_upstream(path: Path) -> Upstream:
    """The operations of an OpenAPI 3.x or hyper-schema document; UpstreamError when unreadable."""
    document = read_document(path)
    try:
        if str(document.get("openapi", "")).startswith("3."):
            return read_openapi(document)
        if is_hyper_schema(document):
            return read_hyper_schema(document)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:  # a value of the wrong shape
        raise UpstreamError(f"{path}: malformed document ({type(exc).__name__}: {exc})") from None
    found = document.get("openapi") or document.get("swagger") or "no 'openapi' key"
    raise UpstreamError(f"{path}: not an OpenAPI 3.x document or JSON hyper-schema ({found})")
