"""A neutral model of an upstream API description: its operations and their parameters.

Both readers (OpenAPI 3.0/3.1 and Heroku's JSON hyper-schema) produce it;
`toolgen verify` and `toolgen import` consume it. Schemas stay raw JSON
(dicts), resolved through the document's `Resolver` when needed.
"""

from __future__ import annotations

from typing import Any, Literal

from attrs import frozen

from generator.upstream.refs import Resolver
from generator.upstream.source import SourceText

Schema = dict[str, Any]
ParamLocation = Literal["path", "query", "header", "body"]
Format = Literal["openapi", "hyper-schema"]


@frozen
class UpstreamParam:
    """A parameter as published: `name` is the wire name, a dotted path for nested body properties,
    or `$` for the whole request body."""

    name: str
    location: ParamLocation
    schema: Schema
    required: bool = False
    description: str = ""
    explode: bool = True  # OpenAPI `explode`; its default is true for the query's `form` style
    deprecated: bool = False


@frozen
class Operation:
    method: str  # upper case
    path: str  # template as published, relative to `Upstream.base_path`
    operation_id: str = ""
    summary: str = ""
    description: str = ""
    tags: tuple[str, ...] = ()
    params: tuple[UpstreamParam, ...] = ()
    body: Schema | None = None  # request body schema ($refs unresolved)
    responses: tuple[tuple[str, Schema | None], ...] = ()  # (status, JSON body schema)
    pointer: str = ""  # JSON pointer of the operation in its document (`/paths/~1apps/get`)
    body_media: str = ""  # media type of the request body taken (`application/json`, ...)
    notes: tuple[str, ...] = ()  # parts of the operation not carried over, for the report
    response_headers: tuple[str, ...] = ()  # header names documented on 2xx responses
    servers: tuple[str, ...] = ()  # its own server URLs, when not the document's
    deprecated: bool = False
    x_pagination: Schema | None = None  # toolgen's own `x-pagination` (documents it exported)
    security: tuple[str, ...] | None = None  # scheme names of its own `security`; None: inherited

    def find(self, location: ParamLocation, name: str) -> UpstreamParam | None:
        fold = str.lower if location == "header" else str
        return next(
            (p for p in self.params if p.location == location and fold(p.name) == fold(name)), None
        )

    @property
    def path_params(self) -> tuple[UpstreamParam, ...]:
        return tuple(p for p in self.params if p.location == "path")

    def success_schema(self) -> Schema | None:
        """JSON schema of the first 2xx response that has one."""
        return next((s for status, s in self.responses if status.startswith("2") and s), None)


@frozen
class Skipped:
    """An operation that could not be read, with where it is and why."""

    method: str
    path: str
    pointer: str
    reason: str


@frozen
class Upstream:
    format: Format
    title: str
    base_path: str  # path part of the first server URL (`/v1`), "" when none
    operations: tuple[Operation, ...]
    resolver: Resolver
    security: tuple[tuple[str, Schema], ...] = ()  # (scheme name, OpenAPI security scheme)
    skipped: tuple[Skipped, ...] = ()  # operations the reader could not take
    servers: tuple[Schema, ...] = ()  # OpenAPI `servers` entries, variables included
    source: SourceText | None = None  # the file read, for locating problems

    def operation(self, operation_id: str) -> Operation | None:
        return next((o for o in self.operations if o.operation_id == operation_id), None)
