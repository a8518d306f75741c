"""Static metadata generated clients carry in their `tools.py`.

The runtime builds requests from it and the registry reads it to publish
tools; nothing here does I/O, so importing a `tools.py` stays cheap.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen


@frozen
class CredentialSpec:
    name: str
    env: str
    secret: bool = False
    required: bool = True
    default: str | None = None
    description: str = ""


@frozen
class PagingSpec:
    """How a list tool pages: `cursor`, `link` or `range` (see docs/spec-format.md)."""

    style: str
    limit_param: str = "limit"
    cursor_param: str = "cursor"
    item_key: str = ""
    page_param: str = "page"
    per_page_param: str = "per_page"
    offset_param: str = "offset"
    next_cursor: str = ""  # dotted path of the next cursor in the response body
    next_url: str = ""  # dotted path of the next page's URL in the response body


@frozen
class ParamSpec:
    name: str
    type: str  # type expression: `string`, `App`, `string[]`
    required: bool = False
    location: str = "query"  # path | query | body | header
    wire: str = ""  # wire name, dotted body path or `$` (whole body); "" means `name`
    credential: str = ""  # credential whose value fills the param when omitted
    default: Any = None
    enum: tuple[Any, ...] = ()
    description: str = ""
    explode: bool = True  # False: a list query value travels comma-joined (`type=a,b`)
    aliases: tuple[str, ...] = ()  # other names callers may use for it
    merge: bool = False  # composed tools: merge an object into the one at `wire`
    only_with: str = ""  # composed tools: placed only when this other param is given

    @property
    def wire_name(self) -> str:
        return self.wire or self.name

    deprecated: str = ""  # the deprecation sentence; "" when not deprecated


@frozen
class ComposeSpec:
    """A declarative composite tool: see `generator.spec.model.Compose`."""

    call: str
    read: str = ""
    take: tuple[tuple[str, str], ...] = ()
    first: bool = False
    drop: tuple[str, ...] = ()
    version: tuple[str, str] = ("", "")
    each: str = ""
    each_as: str = ""
    then_when: str = ""
    then_list: str = ""
    then_list_args: tuple[tuple[str, Any], ...] = ()
    then_call: str = ""
    then_with: tuple[tuple[str, str], ...] = ()
    then_report: str = ""
    pass_read: tuple[str, ...] = ()  # this tool's params passed on to `read`
    pass_list: tuple[str, ...] = ()  # ... to `then_list`
    pass_then: tuple[str, ...] = ()  # ... to `then_call`


@frozen
class ToolSpec:
    name: str
    full_name: str
    mcp_name: str
    lua_path: str
    access: str  # read | write | destructive
    idempotent: bool
    summary: str = ""
    aliases: tuple[str, ...] = ()
    params: tuple[ParamSpec, ...] = ()
    returns: str = ""  # type expression; "" when the tool returns nothing
    method: str = ""  # "" for composite tools (see `implementation`)
    path: str = ""
    success: tuple[int, ...] = ()
    accept: str = ""
    body: str = "json"  # json | form | multipart | binary: how `body` params travel
    content_type: str = ""  # binary bodies: the Content-Type sent
    unwrap: str = ""
    optional: bool = False  # an empty answer is allowed: the value is None then
    paging: PagingSpec | None = None
    implementation: str = ""  # `module:function` of a composite tool's hook
    compose: ComposeSpec | None = None  # a declarative composite tool
    deprecated: str = ""  # the deprecation sentence; "" when not deprecated


@frozen
class ProviderSpec:
    id: str
    namespace: str
    name: str
    class_name: str
    async_class_name: str
    base_url: str
    base_url_env: str
    auth_kind: str = "none"  # bearer | header | basic | oauth2 | none
    auth_credential: str = ""
    auth_password_credential: str = ""
    auth_header: str = "Authorization"
    auth_prefix: str = ""
    auth_token_url: str = ""  # oauth2: absolute, or relative to the base URL
    auth_scopes: tuple[str, ...] = ()
    auth_refresh_credential: str = ""
    headers: tuple[tuple[str, str], ...] = ()
    credentials: tuple[CredentialSpec, ...] = ()
