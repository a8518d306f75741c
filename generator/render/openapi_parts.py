"""Pieces of the OpenAPI export that do not depend on schemas: security and pagination."""

from __future__ import annotations

from typing import Any

from generator.spec.model import Auth, Pagination, Provider

SCHEME_NAMES = {
    "bearer": "bearerAuth",
    "header": "apiKeyAuth",
    "basic": "basicAuth",
    "oauth2": "oauth2",
}


def security_scheme(provider: Provider) -> tuple[str, dict[str, Any]] | None:
    """(name, securityScheme) for the provider's auth; None for `kind: none`."""
    auth = provider.api.auth
    if auth.kind == "none":
        return None
    scheme: dict[str, Any]
    if auth.kind == "bearer":
        scheme = {"type": "http", "scheme": "bearer"}
    elif auth.kind == "basic":
        scheme = {"type": "http", "scheme": "basic"}
    elif auth.kind == "oauth2":
        flow = {"tokenUrl": auth.token_url, "scopes": {scope: scope for scope in auth.scopes}}
        scheme = {"type": "oauth2", "flows": {"clientCredentials": flow}}
    else:
        scheme = {"type": "apiKey", "in": "header", "name": auth.header}
    description = _credential_text(provider, auth)
    if description:
        scheme["description"] = description
    return SCHEME_NAMES[auth.kind], scheme


def _credential_text(provider: Provider, auth: Auth) -> str:
    credential = provider.credential(auth.credential)
    text = credential.description.strip() if credential else ""
    if auth.kind == "header" and auth.prefix:
        text = f"{text} Send `{auth.header}: {auth.prefix} <token>`.".strip()
    return text


def pagination_extension(pagination: Pagination) -> dict[str, Any]:
    """The `x-pagination` object: the style and the keys that style uses."""
    keys: dict[str, tuple[str, ...]] = {
        "cursor": ("limit_param", "cursor_param", "item_key", "next_cursor"),
        "link": ("page_param", "per_page_param"),
        "range": (),
        "page": ("page_param", "per_page_param"),
        "offset": ("offset_param", "limit_param"),
        "next_url": ("next_url",),
    }
    extension: dict[str, Any] = {"style": pagination.style}
    for key in keys.get(pagination.style, ()):
        value = getattr(pagination, key)
        if value:
            extension[key] = value
    if pagination.max_page_size:
        extension["max_page_size"] = pagination.max_page_size
    return extension


def pagination_text(pagination: Pagination) -> str:
    """One paragraph explaining how to fetch the next page."""
    size = (
        f" Pages hold at most {pagination.max_page_size} items." if pagination.max_page_size else ""
    )
    if pagination.style == "cursor" and pagination.next_cursor:
        return (
            f"Paginated by cursor: the response's `{pagination.next_cursor}` is the next page's"
            f" `{pagination.cursor_param}`; it is empty on the last page.{size}"
        )
    if pagination.style == "page":
        return (
            f"Paginated by page number (`{pagination.page_param}` from 1, `{pagination.per_page_param}`"
            f" items each): a short or empty page is the last.{size}"
        )
    if pagination.style == "offset":
        return (
            f"Paginated by offset (`{pagination.offset_param}`, `{pagination.limit_param}`): the next"
            f" offset is this one plus the items received; a short or empty page is the last.{size}"
        )
    if pagination.style == "next_url":
        return (
            f"Paginated by URL: the response's `{pagination.next_url}` is the URL of the next page;"
            f" it is absent on the last page.{size}"
        )
    if pagination.style == "cursor":
        wrapper = (
            f" Each item is wrapped as `{{cursor, {pagination.item_key}}}`."
            if pagination.item_key
            else ""
        )
        return (
            f"Paginated by cursor: send `{pagination.limit_param}` and, for the next page, the cursor of the"
            f" last item as `{pagination.cursor_param}`.{wrapper}{size}"
        )
    if pagination.style == "link":
        return (
            f"Paginated by page number (`{pagination.page_param}`, `{pagination.per_page_param}`): the"
            f' `Link` response header holds the next page\'s URL under `rel="next"`.{size}'
        )
    if pagination.style == "range":
        return (
            "Paginated with the `Range` request header: a `206 Partial Content` answer carries"
            f" `Next-Range`, the value to send as `Range` for the next page.{size}"
        )
    return ""
