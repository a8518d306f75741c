"""Pagination of list operations, recognised from their params and response schema.

Styles found (first match wins):
- `cursor` + `item_key`: a bare list of `{cursor, <item>}` wrappers (Render);
- `next_url`: a next-page URL in the body (`links.pages.next`, `next`);
- `cursor` + `next_cursor`: a cursor query param and the next token in the body;
- `link`: page params and a `Link` response header;
- `page`: page-number params (`page`, `per_page`/`page_size`/`limit`);
- `offset`: `offset` + `limit` params.
A style the spec format does not know (yet) is never written.
"""

from __future__ import annotations

from typing import Any

from attrs import frozen

from generator.importer.types import TypeCollector, pascal
from generator.spec import schema as spec_schema
from generator.upstream import Operation, Resolver
from generator.upstream.schemas import items_schema, json_type, object_properties

CURSOR_PARAMS = (
    "cursor",
    "page_token",
    "pagetoken",
    "next_token",
    "starting_after",
    "after",
    "marker",
    "continuation_token",
    "next",
)
PAGE_PARAMS = ("page", "page_number", "pagenumber")
SIZE_PARAMS = ("per_page", "page_size", "pagesize", "limit", "size", "count")
OFFSET_PARAMS = ("offset", "skip", "start")
LIMIT_PARAMS = ("limit", "count", "size", "max")
NEXT_TOKEN_KEYS = (
    "next_cursor",
    "nextcursor",
    "next_page_token",
    "nextpagetoken",
    "next_token",
    "nexttoken",
    "cursor",
)
NEXT_URL_PATHS: tuple[tuple[str, ...], ...] = (
    ("links", "pages", "next"),
    ("links", "next"),
    ("_links", "next", "href"),
    ("next",),
    ("next_url",),
    ("next_page_url",),
)


@frozen
class Detected:
    spec: dict[str, Any]
    unwrap: str = ""  # key of the list inside the response object
    item_schema: Any = None
    item_key: str = ""

    def returns(self, types: TypeCollector, tool: str) -> dict[str, Any]:
        if self.item_schema is None:
            return {}
        label = pascal(self.item_key or self.unwrap or "item")
        item = types.expr(self.item_schema, f"{pascal(tool)}{label}", depth=1)
        return {"type": f"{item}[]"}


def _fold(name: str) -> str:
    return name.lower().replace("-", "_")


def _query(params: list[dict[str, Any]], names: tuple[str, ...]) -> str:
    """The wire name of the first query param whose name is one of `names`."""
    for param in params:
        wire = str(param.get("wire", param["name"]))
        if param.get("in", "query") == "query" and _fold(wire) in names:
            return wire
    return ""


def _supported(spec: dict[str, Any]) -> bool:
    """Whether the spec format can express `spec` (style and every key)."""
    return spec["style"] in spec_schema.STYLES and all(
        key in spec_schema.PAGINATION_MAP for key in spec
    )


def detect_pagination(
    op: Operation, resolver: Resolver, params: list[dict[str, Any]], notes: list[str]
) -> Detected | None:
    if op.method != "GET":
        return None
    schema = op.success_schema()
    if schema is None:
        return None
    if json_type(schema, resolver) == "array":
        wrapped = _wrapped_cursor(schema, resolver)  # Render's `{cursor, <item>}` wrappers
        found = None if wrapped else _declared(op) or _param_style(op, params)
        if found is None:
            return wrapped
        if not _supported(found):
            notes.append(
                f"pagination {found} cannot be expressed in the spec; imported as one page"
            )
            return None
        return Detected(found)  # the list type already written stays
    lists = [
        (key, prop)
        for key, prop, _ in object_properties(schema, resolver)
        if json_type(prop, resolver) == "array"
    ]
    if len(lists) != 1:
        return None
    unwrap, list_schema = lists[0]
    item = resolver.deref(list_schema).get("items", {})
    body = resolver.deref(schema)
    found = _declared(op) or _body_style(body, resolver, params) or _param_style(op, params)
    if found is None:
        return None
    if not _supported(found):
        notes.append(f"pagination {found} cannot be expressed in the spec; imported as one page")
        return None
    return Detected(found, unwrap=unwrap, item_schema=item)


def _declared(op: Operation) -> dict[str, Any] | None:
    """The `x-pagination` toolgen's OpenAPI export writes: taken as declared."""
    declared = op.x_pagination
    if not declared or declared.get("style") in (None, "none"):
        return None
    return {
        k: v for k, v in declared.items() if isinstance(v, str | int) and not isinstance(v, bool)
    }


def _wrapped_cursor(schema: Any, resolver: Resolver) -> Detected | None:
    wrapper = [(k, s) for k, s, _ in object_properties(items_schema(schema, resolver), resolver)]
    keys = [k for k, _ in wrapper]
    if len(keys) == 2 and "cursor" in keys:
        item_key, item_schema = next((k, s) for k, s in wrapper if k != "cursor")
        return Detected(
            {"style": "cursor", "item_key": item_key}, item_schema=item_schema, item_key=item_key
        )
    return None


def _dig(schema: Any, resolver: Resolver, path: tuple[str, ...]) -> Any:
    for key in path:
        props = {k: s for k, s, _ in object_properties(schema, resolver)}
        if key not in props:
            return None
        schema = props[key]
    return resolver.deref(schema)


def _body_style(
    body: Any, resolver: Resolver, params: list[dict[str, Any]]
) -> dict[str, Any] | None:
    for path in NEXT_URL_PATHS:
        target = _dig(body, resolver, path)
        if target is not None and json_type(target, resolver) == "string":
            return {"style": "next_url", "next_url": ".".join(path)}
    cursor = _query(params, CURSOR_PARAMS)
    if not cursor:
        return None
    for path in _token_paths(body, resolver):
        spec = {"style": "cursor", "cursor_param": cursor, "next_cursor": ".".join(path)}
        limit = _query(params, LIMIT_PARAMS)
        if limit:
            spec["limit_param"] = limit
        return spec
    return None


def _token_paths(body: Any, resolver: Resolver) -> list[tuple[str, ...]]:
    found: list[tuple[str, ...]] = []
    for key, prop, _ in object_properties(body, resolver):
        if _fold(key) in NEXT_TOKEN_KEYS and json_type(prop, resolver) == "string":
            found.append((key,))
        elif json_type(prop, resolver) == "object":
            found += [
                (key, inner)
                for inner, p, _ in object_properties(prop, resolver)
                if _fold(inner) in NEXT_TOKEN_KEYS and json_type(p, resolver) == "string"
            ]
    return found


def _param_style(op: Operation, params: list[dict[str, Any]]) -> dict[str, Any] | None:
    page = _query(params, PAGE_PARAMS)
    size = _query(params, SIZE_PARAMS)
    if page:
        style = "link" if _has_link_header(op) else "page"
        spec: dict[str, Any] = {"style": style, "page_param": page}
        if size:
            spec["per_page_param"] = size
        return spec
    offset, limit = _query(params, OFFSET_PARAMS), _query(params, LIMIT_PARAMS)
    if offset and limit:
        return {"style": "offset", "offset_param": offset, "limit_param": limit}
    return None


def _has_link_header(op: Operation) -> bool:
    return "link" in {h.lower() for h in op.response_headers}
