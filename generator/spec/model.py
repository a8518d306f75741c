"""The validated, frozen model of a provider spec.

Renderers, hosts and the mock server see only these classes: never ruamel
types. Every object that came from a spec line keeps a `Loc` so later checks
(`toolgen verify`, example checks) can point back at the YAML.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Literal

from attrs import field, frozen

Access = Literal["read", "write", "destructive"]
Location = Literal["path", "query", "body", "header"]
AuthKind = Literal["bearer", "header", "basic", "oauth2", "none"]
PaginationStyle = Literal["none", "cursor", "link", "range", "page", "offset", "next_url"]
BodyKind = Literal["json", "form", "multipart", "binary"]
PRIMITIVES = ("string", "integer", "number", "boolean", "object", "any", "file")
DEFAULT_BINARY_TYPE = "application/octet-stream"


@frozen
class Loc:
    """A 1-based source position in a spec file."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOWHERE = Loc("<generated>", 0, 0)


@frozen
class TypeRef:
    """`string`, `App`, `App[]`, `string[][]`: a primitive, a named type, or a list."""

    name: str  # primitive name or type name; "" for lists
    item: TypeRef | None = None  # set for lists

    @property
    def is_list(self) -> bool:
        return self.item is not None

    @property
    def is_primitive(self) -> bool:
        return self.item is None and self.name in PRIMITIVES

    @property
    def base(self) -> TypeRef:
        """The innermost element type (`App` for `App[][]`)."""
        return self.item.base if self.item is not None else self

    def __str__(self) -> str:
        return f"{self.item}[]" if self.item is not None else self.name

    @classmethod
    def parse(cls, text: str) -> TypeRef:
        if text.endswith("[]"):
            return cls("", cls.parse(text[:-2]))
        return cls(text)


@frozen
class Field:
    """A field of a named object type."""

    name: str
    type: TypeRef
    description: str = ""
    required: bool = False
    nullable: bool = False
    enum: tuple[str, ...] = ()
    wire_name: str = ""  # JSON key when it differs from `name` (e.g. camelCase)
    loc: Loc = NOWHERE

    @property
    def key(self) -> str:
        return self.wire_name or self.name


@frozen
class TypeDef:
    """A named object schema (`types:` entry)."""

    name: str
    description: str = ""
    fields: tuple[Field, ...] = ()
    loc: Loc = NOWHERE


@frozen
class Deprecation:
    """`deprecated:` of a tool or param: why, and what to use instead (may be empty)."""

    message: str
    replacement: str = ""
    loc: Loc = NOWHERE

    def sentence(self, kind: str = "tool") -> str:
        """`Deprecated: <message> Use `x` instead.` for docs, docstrings and descriptions."""
        text = f"Deprecated: {self.message}".rstrip()
        if self.replacement:
            text += f" Use the {kind} `{self.replacement}` instead."
        return text


@frozen
class Param:
    """One tool parameter and where it travels on the wire."""

    name: str
    type: TypeRef
    required: bool = False
    description: str = ""
    default: Any = None  # None means "no default"
    enum: tuple[Any, ...] = ()
    location: Location = "query"  # `in:` in YAML; "path" for template placeholders
    wire: str = ""  # wire name, dotted body path (`config.image`), or `$` for the whole body
    credential: str = ""  # credential whose configured value is the default
    minimum: float | None = None
    maximum: float | None = None
    loc: Loc = NOWHERE
    deprecated: Deprecation | None = None
    explode: bool = True  # list query params: False sends one comma-joined value (`type=a,b`)
    aliases: tuple[str, ...] = ()  # other names callers may use (`app_id` for `app_id_or_name`)
    merge: bool = False  # composed tools: an object merged into the one already at `wire`
    only_with: str = ""  # composed tools: placed only when this other param is given

    @property
    def wire_name(self) -> str:
        return self.wire or self.name


@frozen
class Http:
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]
    path: str  # template relative to api.base_url: `/apps/{app_name}`
    success: tuple[int, ...] = ()  # expected status codes; empty means any 2xx
    accept: str = ""  # Accept header for this tool only (e.g. `text/plain`)
    body: BodyKind = "json"  # how `in: body` params travel: JSON, form, multipart or raw bytes
    content_type: str = ""  # binary only: the Content-Type sent (default application/octet-stream)
    loc: Loc = NOWHERE

    @property
    def binary_type(self) -> str:
        return self.content_type or DEFAULT_BINARY_TYPE


@frozen
class Pagination:
    """How a list tool pages. Field meanings depend on the style.

    cursor: `limit_param`/`cursor_param` are query params; each item is a
      wrapper `{cursor, <item_key>}` and the last item's cursor asks for more.
    link:   `page_param`/`per_page_param`; follow `Link: <...>; rel="next"`.
    range:  `Range` request header; a 206 answer carries `Next-Range`.
    page:   `page_param`/`per_page_param`; the next page number until a short page.
    offset: `offset_param`/`limit_param`; the offset moves by the items received.
    next_url: follow the URL at the dotted path `next_url` of the response body.
    cursor with `next_cursor`: the token comes from that dotted path of the body.
    """

    style: PaginationStyle = "none"
    limit_param: str = "limit"
    cursor_param: str = "cursor"
    item_key: str = ""
    page_param: str = "page"
    per_page_param: str = "per_page"
    offset_param: str = "offset"
    next_cursor: str = ""  # cursor style: dotted body path of the next token (`meta.next`)
    next_url: str = ""  # next_url style: dotted body path of the next page's URL
    max_page_size: int = 0
    loc: Loc = NOWHERE


@frozen
class Returns:
    type: TypeRef | None = None  # None: the tool returns nothing (204)
    optional: bool = False  # the provider may answer with an empty body: the value is None then
    unwrap: str = ""  # envelope key holding the value: `{"apps": [...]}` -> `apps`
    description: str = ""
    loc: Loc = NOWHERE


@frozen
class Example:
    """Hand-written Lua, with the location of its first line in the spec."""

    code: str
    loc: Loc = NOWHERE


@frozen
class Compose:
    """`compose:` of a tool made of other tools' calls (see docs/spec-format.md).

    `call` is the tool whose arguments this tool's params fill; `read` names a
    tool whose result is the starting point (partial updates), `each` fans a
    list param out over one call per item, `then` runs a follow-up after success.
    """

    call: str
    read: str = ""
    take: tuple[tuple[str, str], ...] = ()  # (argument path of `call`, path in the read result)
    first: bool = False  # the read returns a list: start from its first item
    drop: tuple[str, ...] = ()  # argument paths removed from what was read
    version: tuple[str, str] = ("", "")  # (argument of `call`, field of the read result)
    each: str = ""  # list param: one `call` per item
    each_as: str = ""  # the `call` argument each item fills
    then_when: str = ""  # boolean param that asks for the follow-up
    then_list: str = ""  # tool listing what the follow-up acts on
    then_list_args: tuple[tuple[str, Any], ...] = ()  # constant arguments of that listing
    then_call: str = ""  # tool called once per listed item
    then_with: tuple[tuple[str, str], ...] = ()  # (argument of `then_call`, field of the item)
    then_report: str = ""  # result key listing the first `then_with` value of each item done
    loc: Loc = NOWHERE


@frozen
class Tool:
    name: str
    summary: str
    description: str = ""
    access: Access = "read"
    idempotent: bool = True
    aliases: tuple[str, ...] = ()
    http: Http | None = None  # None for composite tools (see `implementation`)
    implementation: str = ""  # hook `module:function` for composite tools
    compose: Compose | None = None  # declarative composite tool (instead of http/implementation)
    params: tuple[Param, ...] = ()
    returns: Returns = Returns()
    pagination: Pagination = Pagination()
    example: Example | None = None  # hand-written Lua; None means derive one
    response_example: Any = None  # plain JSON-able data
    deprecated: Deprecation | None = None
    loc: Loc = NOWHERE

    @property
    def is_paginated(self) -> bool:
        return self.pagination.style != "none"

    def param(self, name: str) -> Param | None:
        return next((p for p in self.params if p.name == name), None)

    @property
    def required_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.required)


@frozen
class Credential:
    name: str
    description: str = ""
    secret: bool = False
    default: str | None = None
    env: str = ""  # environment variable that supplies it
    required: bool = True
    loc: Loc = NOWHERE


@frozen
class Auth:
    kind: AuthKind = "none"
    credential: str = ""  # bearer/header: the token credential; basic: the username
    password_credential: str = ""  # basic only
    header: str = "Authorization"
    prefix: str = ""  # header kind: `FlyV1` -> `Authorization: FlyV1 <token>`
    token_url: str = ""  # oauth2: absolute, or relative to the base URL
    scopes: tuple[str, ...] = ()  # oauth2: requested scopes
    refresh_credential: str = ""  # oauth2: a refresh token credential (refresh-token flow)
    loc: Loc = NOWHERE


@frozen
class Api:
    base_url: str
    auth: Auth = Auth()
    headers: tuple[tuple[str, str], ...] = ()
    pagination: Pagination = Pagination()
    loc: Loc = NOWHERE


@frozen
class Note:
    """A provider-level Markdown section for the Lua docs (`## title`)."""

    title: str
    body: str
    loc: Loc = NOWHERE


@frozen
class Release:
    """One `changelog:` entry: a version and what changed in it, in people's words."""

    version: str
    changes: tuple[str, ...] = ()
    loc: Loc = NOWHERE


@frozen
class Deviation:
    """A declared, deliberate difference from the provider's published spec."""

    tool: str
    param: str = ""
    reason: str = ""
    loc: Loc = NOWHERE


@frozen
class Provider:
    id: str
    name: str
    namespace: str
    category: str
    description: str
    docs_url: str
    api: Api
    credentials: tuple[Credential, ...] = ()
    types: tuple[TypeDef, ...] = ()
    tools: tuple[Tool, ...] = ()
    notes: tuple[Note, ...] = ()
    deviations: tuple[Deviation, ...] = ()
    changelog: tuple[Release, ...] = ()  # newest first
    source: str = ""  # spec path relative to the project root: `specs/fly-io.yaml`
    version: str = ""  # MAJOR.MINOR.PATCH of the provider's published surfaces; "" = unversioned
    loc: Loc = NOWHERE

    def tool(self, name: str) -> Tool | None:
        return next((t for t in self.tools if t.name == name), None)

    def type(self, name: str) -> TypeDef | None:
        return next((t for t in self.types if t.name == name), None)

    def credential(self, name: str) -> Credential | None:
        return next((c for c in self.credentials if c.name == name), None)


def _sorted_by_id(providers: Iterable[Provider]) -> tuple[Provider, ...]:
    return tuple(sorted(providers, key=lambda p: p.id))


@frozen
class Catalog:
    """Every provider of one generation run, sorted by id."""

    providers: tuple[Provider, ...] = field(converter=_sorted_by_id)

    def provider(self, id_: str) -> Provider | None:
        return next((p for p in self.providers if p.id == id_), None)
