"""Buildkite raw API tools: a request to any path below the REST API base URL.

The path must stay relative to `https://api.buildkite.com/v2`: anything that
could leave it (a scheme, `//host`, backslashes, `..` segments, including
percent-encoded forms, control characters) is refused before any request.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.runtime.errors import ArgumentError
from generator.runtime.hooks import Request, Steps

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_ENCODED = re.compile(r"%(2e|2f|5c|25|00)", re.IGNORECASE)  # . / \ % NUL


def api_get(*, path: str, query: Mapping[str, Any] | None = None) -> Steps:
    return (yield Request("GET", checked_path("api_get", path), query or {}))


def api_delete(*, path: str, query: Mapping[str, Any] | None = None) -> Steps:
    return (yield Request("DELETE", checked_path("api_delete", path), query or {}))


def api_post(*, path: str, query: Mapping[str, Any] | None = None, payload: Any = None) -> Steps:
    return (yield Request("POST", checked_path("api_post", path), query or {}, payload))


def api_put(*, path: str, query: Mapping[str, Any] | None = None, payload: Any = None) -> Steps:
    return (yield Request("PUT", checked_path("api_put", path), query or {}, payload))


def api_patch(*, path: str, query: Mapping[str, Any] | None = None, payload: Any = None) -> Steps:
    return (yield Request("PATCH", checked_path("api_patch", path), query or {}, payload))


def checked_path(tool: str, path: str) -> str:
    """`path` with one leading slash, or ArgumentError if it could leave the API."""
    problem = _path_problem(path)
    if problem:
        raise ArgumentError(
            f"{tool}: path {path[:80]!r} refused: {problem}; pass a path relative to the "
            "API base URL, such as /organizations/my-org/pipelines",
            tool=tool,
            param="path",
        )
    return "/" + path.lstrip("/")


def _path_problem(path: str) -> str:
    if not isinstance(path, str) or not path.strip("/"):
        return "it is empty"
    if any(ord(char) < 32 or ord(char) == 127 for char in path):
        return "it contains control characters"
    if _SCHEME.match(path) or "://" in path:
        return "it is an absolute URL"
    if path.startswith("//"):
        return "it names another host"
    if "\\" in path:
        return "it contains a backslash"
    if "?" in path or "#" in path:
        return "query strings go in `query`"
    if _ENCODED.search(path):
        return "it percent-encodes a dot, slash, backslash or percent sign"
    if any(segment in (".", "..") for segment in path.split("/")):
        return "it contains a '.' or '..' segment"
    return ""
