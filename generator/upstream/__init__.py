"""Reading providers' published API descriptions (OpenAPI 3.0/3.1, Heroku JSON hyper-schema)."""

from __future__ import annotations

from pathlib import Path

from attrs import evolve

from generator.upstream.bundle import bundle
from generator.upstream.hyperschema import is_hyper_schema, read_hyper_schema
from generator.upstream.model import Operation, Schema, Skipped, Upstream, UpstreamParam
from generator.upstream.openapi import read_openapi
from generator.upstream.refs import Resolver, UpstreamError
from generator.upstream.source import read_source
from generator.upstream.swagger2 import convert, is_swagger2

__all__ = [
    "Operation",
    "Resolver",
    "Schema",
    "Skipped",
    "Upstream",
    "UpstreamError",
    "UpstreamParam",
    "load_upstream",
]


def load_upstream(path: Path, lenient: bool = False) -> Upstream:
    """The operations of an OpenAPI 3.x, Swagger 2.0 or hyper-schema document.

    JSON or YAML, gzipped or not; relative `$ref`s to other files are bundled in.
    UpstreamError when the document is unreadable or, unless `lenient` (import: each
    bad operation is skipped and reported), when any operation is.
    """
    upstream = _load(path)
    if upstream.skipped and not lenient:
        first = upstream.skipped[0]
        raise UpstreamError(f"{path}: {first.method} {first.path}: {first.reason}")
    return upstream


def _load(path: Path) -> Upstream:
    source = read_source(path)
    if not isinstance(source.data, dict):
        raise UpstreamError(f"{path}: expected a JSON/YAML object at the top level")
    try:
        document = bundle(source.data, path)
        if is_swagger2(document):
            return evolve(read_openapi(convert(document)), source=source)
        if str(document.get("openapi", "")).startswith("3."):
            return evolve(read_openapi(document), source=source)
        if is_hyper_schema(document):
            return read_hyper_schema(document)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:  # a value of the wrong shape
        raise UpstreamError(f"{path}: malformed document ({type(exc).__name__}: {exc})") from None
    except RecursionError:
        raise UpstreamError(f"{path}: nested too deeply") from None
    found = document.get("openapi") or document.get("swagger") or "no 'openapi' key"
    raise UpstreamError(
        f"{path}: not an OpenAPI 3.x, Swagger 2.0 or JSON hyper-schema document ({found})"
    )
