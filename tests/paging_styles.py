"""One list tool per pagination style: the provider the paging tests walk against the mock.

`STYLE_TOOLS` maps a style (with `token`: a cursor read from a body field) to its
list tool and the param that sets its page size ("" when it has none). A new
style needs one line here; every paging test picks it up.
"""

from __future__ import annotations

from generator.spec.model import (
    Api,
    Auth,
    Field,
    Http,
    Pagination,
    Param,
    Provider,
    Returns,
    Tool,
    TypeDef,
    TypeRef,
)

T = TypeRef.parse
ITEMS = 5  # the mock's list length: pages of 2 make three requests
SIZE = 2
CURSORS = ("cursor", "page_token")


def list_tool(name: str, pagination: Pagination, *params: str, unwrap: str = "") -> Tool:
    return Tool(
        name,
        f"List the {name}.",
        http=Http("GET", f"/{name}"),
        params=tuple(Param(p, T("string" if p in CURSORS else "integer")) for p in params),
        returns=Returns(T("Thing[]"), unwrap=unwrap),
        pagination=pagination,
    )


STYLE_TOOLS: dict[str, tuple[Tool, str]] = {
    "cursor": (list_tool("scan", Pagination("cursor", item_key="thing"), "limit", "cursor"), "limit"),
    "link": (list_tool("linked", Pagination("link"), "page", "per_page"), "per_page"),
    "range": (list_tool("ranged", Pagination("range")), ""),
    "page": (list_tool("numbered", Pagination("page"), "page", "per_page"), "per_page"),
    "offset": (list_tool("rows", Pagination("offset"), "offset", "limit"), "limit"),
    "next_url": (
        list_tool(
            "urls", Pagination("next_url", next_url="links.next"), "page", "per_page",
            unwrap="things",
        ),
        "per_page",
    ),
    "token": (
        list_tool(
            "tokens",
            Pagination("cursor", cursor_param="page_token", next_cursor="meta.next"),
            "page_token",
            "limit",
            unwrap="items",
        ),
        "limit",
    ),
}  # fmt: skip


def styles_provider(provider_id: str) -> Provider:
    """A provider (id = namespace) holding every list tool of `STYLE_TOOLS`."""
    return Provider(
        id=provider_id,
        name=provider_id.title(),
        namespace=provider_id,
        category="Testing",
        description="One list per pagination style.",
        docs_url=f"https://{provider_id}.test/docs",
        api=Api(f"https://api.{provider_id}.test/v1", auth=Auth(kind="none")),
        types=(TypeDef("Thing", fields=(Field("id", T("string"), required=True),)),),
        tools=tuple(tool for tool, _size in STYLE_TOOLS.values()),
    )
