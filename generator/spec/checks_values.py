"""Values that parse but would produce broken or unsafe output: defaults, URLs, hooks, headers."""

from __future__ import annotations

import math
import re
from typing import Any
from urllib.parse import urlsplit

from generator.spec.diagnostics import Report
from generator.spec.model import NOWHERE, Loc, Param, Provider, Tool, TypeRef

HOOKS_PACKAGE = "generator.hooks"
HOOK_RE = re.compile(r"\Agenerator\.hooks(\.[A-Za-z_]\w*)+:[A-Za-z_]\w*\Z")
URL_SCHEMES = ("https", "http")
TOKEN_RE = re.compile(r"\A[!#$%&'*+.^_`|~0-9A-Za-z-]+\Z")  # an HTTP header name (RFC 9110 token)
UNSAFE_IN_HEADER = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")  # CR, LF and other controls; TAB is fine
UNSAFE_IN_PATH = re.compile(r"[\s?#\\]")


def check_values(provider: Provider, report: Report) -> None:
    _check_url(report, provider.loc, "docs_url", provider.docs_url)
    if provider.api.loc != NOWHERE:  # else `api` itself is missing or no mapping: reported
        _check_url(report, provider.api.loc, "api base_url", provider.api.base_url, base=True)
    _check_headers(provider, report)
    for tool in provider.tools:
        _check_tool(tool, report)


def _check_url(report: Report, loc: Loc, what: str, url: str, *, base: bool = False) -> None:
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        report.error(loc, "unsafe-value", f"{what} '{url}' is not a URL: {exc}")
        return
    if parts.scheme not in URL_SCHEMES or not parts.hostname:
        message = f"{what} '{url}' is not an absolute https:// or http:// URL with a host"
        report.error(loc, "unsafe-value", message)
    elif base and (parts.query or parts.fragment or url.endswith("/") or re.search(r"\s", url)):
        message = (
            f"{what} '{url}' may not hold whitespace, end with '/' or carry a query or fragment"
        )
        report.error(loc, "unsafe-value", message)


def _check_headers(provider: Provider, report: Report) -> None:
    api = provider.api
    for name, value in api.headers:
        _check_header(report, api.loc, f"api header '{name}'", name, value)
    if api.auth.kind == "header":
        _check_header(report, api.auth.loc, "api auth header", api.auth.header, api.auth.prefix)
    for tool in provider.tools:
        http = tool.http
        if http is not None:
            for key in ("accept", "content_type"):
                value = str(getattr(http, key, ""))
                _check_header(report, http.loc, f"http {key} of '{tool.name}'", "Accept", value)
        for param in tool.params:
            if param.location == "header":
                what = f"header param '{param.name}'"
                _check_header(report, param.loc, what, param.wire_name, "")


def _check_header(report: Report, loc: Loc, what: str, name: str, value: str) -> None:
    if not TOKEN_RE.match(name):
        report.error(loc, "unsafe-value", f"{what}: '{name}' is not a valid HTTP header name")
    if UNSAFE_IN_HEADER.search(value):
        message = f"{what}: the value contains a line break or control character"
        report.error(loc, "unsafe-value", message)


def _check_tool(tool: Tool, report: Report) -> None:
    if tool.implementation and not HOOK_RE.match(tool.implementation):
        message = (
            f"implementation '{tool.implementation}' is outside the hooks package:"
            f" use '{HOOKS_PACKAGE}.<module>:<function>'"
        )
        report.error(tool.loc, "unsafe-value", message)
    if tool.http is not None:
        segments = tool.http.path.split("/")
        if any(segment in (".", "..") for segment in segments) or UNSAFE_IN_PATH.search(
            tool.http.path
        ):
            message = (
                f"http path '{tool.http.path}' has a '.' or '..' segment, whitespace,"
                " '?', '#' or '\\': give query params as params"
            )
            report.error(tool.http.loc, "unsafe-value", message)
    if tool.is_paginated and (tool.returns.type is None or not tool.returns.type.is_list):
        message = f"paginated tool '{tool.name}' must declare a list type in `returns`"
        report.error(tool.pagination.loc, "pagination-returns", message)
    for param in tool.params:
        _check_param_values(param, report)


def _check_param_values(param: Param, report: Report) -> None:
    for value in param.enum:  # a list param's enum lists the allowed items
        if not _fits(value, param.type.base):
            message = f"enum value {value!r} of param '{param.name}' is not of type {param.type}"
            report.error(param.loc, "invalid-default", message)
    if param.default is None:
        return
    if not _fits(param.default, param.type):
        message = f"default {param.default!r} of param '{param.name}' is not of type {param.type}"
        report.error(param.loc, "invalid-default", message)
    elif param.enum and not set(_items(param.default)) <= set(param.enum):
        message = f"default {param.default!r} of param '{param.name}' is not one of its enum values"
        report.error(param.loc, "invalid-default", message)


def _fits(value: Any, ref: TypeRef) -> bool:
    """Whether a plain YAML value can stand for a value of `ref` in every surface."""
    if ref.item is not None:
        return isinstance(value, list) and all(_fits(item, ref.item) for item in value)
    if isinstance(value, bool):
        return ref.name in ("boolean", "any")
    if isinstance(value, float) and not math.isfinite(value):
        return False  # no JSON, Python or Lua literal spells it the same way
    checks: dict[str, tuple[type, ...]] = {
        "string": (str,),
        "integer": (int,),
        "number": (int, float),
        "object": (dict,),
    }
    if ref.name in checks:
        return isinstance(value, checks[ref.name])
    if ref.name in ("any", "file"):
        return ref.name == "any"
    return isinstance(value, dict)  # a named type: its JSON object


def _items(value: Any) -> list[Any]:
    """The scalar items of a default (itself, when it is no list)."""
    if isinstance(value, list):
        return [item for entry in value for item in _items(entry)]
    return [value] if not isinstance(value, dict) else []
