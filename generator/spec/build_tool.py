"""Convert one `tools:` entry (http, params, returns, pagination) into a `Tool`."""

from __future__ import annotations

import re
from typing import Any

from generator.spec import schema
from generator.spec.bodies import check_body, check_returns
from generator.spec.compose import describe_placed, read_compose
from generator.spec.context import Context
from generator.spec.deprecation import read_deprecation
from generator.spec.diagnostics import did_you_mean
from generator.spec.examples import markdown_snippets
from generator.spec.fields import Fields, items
from generator.spec.model import (
    Example,
    Http,
    Loc,
    Param,
    Returns,
    Tool,
    TypeRef,
)
from generator.spec.names import check_name, is_reserved_param, is_reserved_tool, param_aliases
from generator.spec.pagination import tool_pagination
from generator.spec.yaml_source import describe

PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")
IMPLEMENTATION_RE = re.compile(r"^[A-Za-z_][\w.]*:[A-Za-z_]\w*$")
QUERY_METHODS = ("GET", "DELETE", "HEAD")
IDEMPOTENT_METHODS = ("GET", "PUT", "DELETE", "HEAD")


def build_tool(ctx: Context, node: Any, loc: Loc) -> Tool | None:
    label = node.get("name") if hasattr(node, "get") else None
    what = f"tool '{label}'" if isinstance(label, str) else "tool"
    tool = ctx.read(node, schema.TOOL, what, loc)
    if tool is None:
        return None
    name = tool.text("name")
    if "name" in tool:  # an empty name is reported too
        where = tool.value_loc("name")
        check_name(ctx.report, where, name, "snake", "tool name", reserved=is_reserved_tool)
    http = _http(ctx, tool, what)
    ctx.note_snippets.extend(markdown_snippets(ctx.source, tool, "description"))
    _check_implementation(ctx, tool, http, what)
    access = tool.text("access", "read")
    method = http.method if http else None
    params = tuple(
        param
        for param_node, param_loc in items(ctx.source, tool.raw("params"))
        if (param := _param(ctx, param_node, param_loc, what, http)) is not None
    )
    if http is not None:
        _check_path(ctx, tool, http, params)
        check_body(ctx, tool, http, params, what)
    compose = read_compose(ctx, tool, what)
    params = describe_placed(compose, params)
    return Tool(
        name=name,
        summary=tool.text("summary"),
        description=tool.text("description"),
        access=access,  # type: ignore[arg-type]  # checked against schema.ACCESS
        idempotent=bool(tool.get("idempotent", access == "read" or method in IDEMPOTENT_METHODS)),
        aliases=_aliases(ctx, tool),
        http=http,
        implementation=tool.text("implementation"),
        compose=compose,
        params=params,
        returns=_returns(ctx, tool, what, http),
        pagination=tool_pagination(ctx, tool, what),
        example=_example(ctx, tool),
        response_example=tool.get("response_example"),
        deprecated=read_deprecation(ctx, tool, what),
        loc=tool.loc,
    )


def _http(ctx: Context, tool: Fields, what: str) -> Http | None:
    if "http" not in tool:
        return None
    http = ctx.read(tool.raw("http"), schema.HTTP, f"http of {what}", tool.value_loc("http"))
    if http is None:
        return None
    path = http.text("path", "/")
    if not path.startswith("/"):
        ctx.report.error(
            http.value_loc("path"), "invalid-value", f"http path '{path}' must start with '/'"
        )
    success = []
    for code, code_loc in items(ctx.source, http.raw("success")):
        if isinstance(code, int) and not isinstance(code, bool) and 100 <= code <= 599:
            success.append(int(code))
        else:
            ctx.report.error(
                code_loc, "invalid-value", f"success status '{code}' is not an HTTP status code"
            )
    return Http(
        method=http.text("method", "GET"),  # type: ignore[arg-type]  # checked against schema.METHODS
        path=path,
        success=tuple(success),
        accept=http.text("accept"),
        body=http.text("body", "json"),  # type: ignore[arg-type]  # checked against schema.BODY_KINDS
        content_type=http.text("content_type"),
        loc=http.loc,
    )


def _check_implementation(ctx: Context, tool: Fields, http: Http | None, what: str) -> None:
    implementation = tool.text("implementation")
    if implementation and not IMPLEMENTATION_RE.match(implementation):
        ctx.report.error(
            tool.value_loc("implementation"),
            "invalid-value",
            f"implementation '{implementation}' is not of the form 'package.module:function'",
        )
    given = [key for key in ("http", "implementation", "compose") if key in tool]
    if len(given) > 1:
        ctx.report.error(
            tool.key_loc(given[1]),
            "invalid-value",
            f"{what} has both {given[0]} and {given[1]}",
        )
    elif not given:
        ctx.report.error(
            tool.loc,
            "missing-implementation",
            f"{what} has neither http, implementation nor compose",
        )


def _param(ctx: Context, node: Any, loc: Loc, what: str, http: Http | None) -> Param | None:
    param = ctx.read(node, schema.PARAM, f"param of {what}", loc)
    if param is None:
        return None
    name = param.text("name")
    if "name" in param:  # an empty name is reported too
        where = param.value_loc("name")
        check_name(ctx.report, where, name, "snake", "param name", reserved=is_reserved_param)
    wire = param.text("wire")
    placeholders = set(PLACEHOLDER_RE.findall(http.path)) if http else set()
    if name in placeholders or wire in placeholders:
        default_location = "path"
    elif http is None or http.method in QUERY_METHODS:
        default_location = "query"
    else:
        default_location = "body"
    location = param.text("in", default_location)
    type_ref = ctx.type_ref(param, file_ok=True)  # check_body places `file` params
    return Param(
        name=name,
        type=type_ref,
        required=bool(param.get("required", False)) or location == "path",
        description=param.text("description"),
        default=param.get("default"),
        enum=tuple(param.get("enum", ())),
        location=location,  # type: ignore[arg-type]  # checked against schema.LOCATIONS
        wire=wire,
        credential=ctx.credential_ref(param, "credential", f"param '{name}' of {what}"),
        minimum=_number(param.get("minimum")),
        maximum=_number(param.get("maximum")),
        loc=param.loc,
        explode=_explode(ctx, param, location, type_ref),
        aliases=param_aliases(ctx, param),
        merge=bool(param.get("merge", False)),
        only_with=param.text("only_with"),
        deprecated=read_deprecation(ctx, param, f"param '{name}' of {what}"),
    )


def _explode(ctx: Context, param: Fields, location: str, type_ref: TypeRef) -> bool:
    """`explode` applies to list query params only: anywhere else it is an error."""
    explode = bool(param.get("explode", True))
    if "explode" in param and (location != "query" or not type_ref.is_list):
        ctx.report.error(
            param.key_loc("explode"),
            "invalid-value",
            f"explode applies to list-typed query params only, not to {location} param"
            f" '{param.text('name')}' of type {type_ref}",
        )
    return explode


def _number(value: Any) -> float | None:
    return None if value is None else float(value)


def _check_path(ctx: Context, tool: Fields, http: Http, params: tuple[Param, ...]) -> None:
    path_params = [p for p in params if p.location == "path"]
    placeholders = PLACEHOLDER_RE.findall(http.path)
    path_loc = (
        ctx.source.value_loc(tool.raw("http"), "path") if "path" in tool.raw("http") else http.loc
    )
    for placeholder in placeholders:
        if not any(placeholder in (p.name, p.wire) for p in path_params):
            names = [p.name for p in params]
            ctx.report.error(
                path_loc,
                "path-placeholder",
                f"placeholder '{{{placeholder}}}' in '{http.path}' has no 'in: path' param"
                + did_you_mean(placeholder, names),
            )
    for param in path_params:
        if param.name not in placeholders and param.wire_name not in placeholders:
            ctx.report.error(
                param.loc, "unused-path-param", f"path param '{param.name}' is not in '{http.path}'"
            )


def _aliases(ctx: Context, tool: Fields) -> tuple[str, ...]:
    aliases = []
    for alias, loc in items(ctx.source, tool.raw("aliases")):
        if not isinstance(alias, str):
            ctx.report.error(loc, "wrong-type", f"alias: expected a string, got {describe(alias)}")
        elif check_name(ctx.report, loc, str(alias), "ident", "alias"):
            aliases.append(str(alias))
    return tuple(aliases)


def _returns(ctx: Context, tool: Fields, what: str, http: Http | None) -> Returns:
    if "returns" not in tool:
        return Returns()
    returns = ctx.read(
        tool.raw("returns"), schema.RETURNS, f"returns of {what}", tool.value_loc("returns")
    )
    if returns is None:
        return Returns()
    check_returns(ctx, returns)
    return Returns(
        type=ctx.type_ref(returns) if "type" in returns else None,
        optional=bool(returns.get("optional", http is not None and 204 in http.success)),
        unwrap=returns.text("unwrap"),
        description=returns.text("description"),
        loc=returns.loc,
    )


def _example(ctx: Context, tool: Fields) -> Example | None:
    if "example" not in tool:
        return None
    line, indent = ctx.source.text_start(tool.raw("example"), tool.value_loc("example"))
    return Example(tool.text("example"), Loc(ctx.source.file, line, indent + 1))
