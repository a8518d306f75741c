"""A small hand-built provider that exercises every mock feature the bundled specs may not."""

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

WIDGET = TypeDef(
    "Widget",
    fields=(
        Field("id", T("string"), required=True),
        Field("name", T("string"), required=True),
        Field("size", T("integer")),
        Field("kind", T("string"), enum=("small", "large")),
        Field("parent", T("Widget"), nullable=True),
        Field("children", T("Widget[]")),
        Field("createdAt", T("string"), wire_name="createdAt", required=True),
    ),
)
NEW_WIDGET = TypeDef(
    "NewWidget",
    fields=(Field("name", T("string"), required=True), Field("size", T("integer"))),
)


def _tool(
    name: str,
    method: str,
    path: str,
    *params: Param,
    success: tuple[int, ...] = (),
    accept: str = "",
    **options: object,
) -> Tool:
    http = Http(method, path, success=success, accept=accept)  # type: ignore[arg-type]
    return Tool(name, f"{name} summary", http=http, params=params, **options)  # type: ignore[arg-type]


def _page(style: str, **options: object) -> Pagination:
    return Pagination(style=style, **options)  # type: ignore[arg-type]


WIDGETS = Returns(T("Widget[]"))
TOOLS = (
    _tool(
        "list_widgets",
        "GET",
        "/widgets",
        Param("org", T("string"), required=True),
        Param("per_page", T("integer"), minimum=1, maximum=50),
        Param("page", T("integer")),
        Param("kind", T("string"), enum=("small", "large")),
        Param("archived", T("boolean")),
        Param("tag", T("string[]"), wire="tag[]"),
        returns=WIDGETS,
        pagination=_page("link"),
    ),
    _tool(
        "scan_widgets",
        "GET",
        "/scan",
        Param("limit", T("integer")),
        Param("cursor", T("string")),
        returns=WIDGETS,
        pagination=_page("cursor", item_key="widget"),
    ),
    _tool("range_widgets", "GET", "/ranged", returns=WIDGETS, pagination=_page("range")),
    _tool(
        "get_widget",
        "GET",
        "/widgets/{widget_id}",
        Param("widget_id", T("string"), location="path"),
        returns=Returns(T("Widget")),
    ),
    _tool(
        "get_build",
        "GET",
        "/builds/{number}",
        Param("number", T("integer"), location="path"),
        returns=Returns(T("object")),
        response_example={"number": 1, "state": "passed"},
    ),
    _tool(
        "create_widget",
        "POST",
        "/widgets",
        Param("name", T("string"), required=True, location="body"),
        Param("image", T("string"), required=True, location="body", wire="config.image"),
        Param("cpus", T("integer"), location="body", wire="config.guest.cpus", maximum=16),
        Param("labels", T("string[]"), location="body"),
        Param("request_id", T("string"), location="header", wire="X-Request-Id"),
        returns=Returns(T("Widget"), unwrap="widget"),
        success=(201,),
    ),
    _tool(
        "replace_widget",
        "PUT",
        "/widgets/{widget_id}",
        Param("widget_id", T("string"), location="path"),
        Param("widget", T("NewWidget"), required=True, location="body", wire="$"),
        returns=Returns(T("Widget")),
    ),
    _tool(
        "delete_widget",
        "DELETE",
        "/widgets/{widget_id}",
        Param("widget_id", T("string"), location="path"),
    ),
    _tool(
        "widget_log",
        "GET",
        "/widgets/{widget_id}/log",
        Param("widget_id", T("string"), location="path"),
        returns=Returns(T("string")),
        accept="text/plain",
        response_example="line 1\nline 2\n",
    ),
)


def acme(auth: Auth | None = None) -> Provider:
    return Provider(
        id="acme",
        name="Acme",
        namespace="acme",
        category="Testing",
        description="Widgets.",
        docs_url="https://acme.test/docs",
        api=Api(
            "https://api.acme.test/v2",
            auth=auth or Auth(kind="header", header="X-Acme-Key", prefix="Key", credential="token"),
            headers=(("Accept", "application/vnd.acme+json"),),
        ),
        types=(WIDGET, NEW_WIDGET),
        tools=TOOLS,
    )


HEADERS = {"X-Acme-Key": "Key secret-123", "Accept": "application/vnd.acme+json"}
