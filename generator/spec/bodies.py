"""Checks of request body kinds (`http.body`) and of what a response may be.

- `json` (default): body params build a JSON object (dotted `wire` paths, `$`).
- `form`: body params are form fields: scalars or lists of scalars.
- `multipart`: fields as for `form`, plus `file` (or `file[]`) params as file parts.
- `binary`: exactly one body param, of type `file`, is the raw request body;
  `http.content_type` is its Content-Type.
"""

from __future__ import annotations

from generator.spec.context import Context
from generator.spec.fields import Fields
from generator.spec.model import Http, Loc, Param, TypeRef

SCALARS = ("string", "integer", "number", "boolean")


def check_body(
    ctx: Context, tool: Fields, http: Http, params: tuple[Param, ...], what: str
) -> None:
    node = tool.raw("http")

    def where(key: str) -> Loc:
        return ctx.source.value_loc(node, key) if key in node else http.loc

    body_loc = where("body")
    if http.content_type and http.body != "binary":
        at = where("content_type")
        ctx.report.error(
            at, "invalid-value", f"content_type of {what} applies to 'body: binary' tools only"
        )
    body_params = [p for p in params if p.location == "body"]
    for param in params:
        if param.type.base.name == "file" and not _file_allowed(http, param):
            ctx.report.error(
                param.loc,
                "invalid-value",
                f"param '{param.name}' of {what}: type 'file' is only for body params of"
                " 'body: multipart' or 'body: binary' tools",
            )
    if http.body == "binary":
        if len(body_params) != 1:
            ctx.report.error(
                body_loc,
                "invalid-value",
                f"a 'body: binary' tool needs exactly one 'in: body' param of type file;"
                f" {what} has {len(body_params)}",
            )
        for param in body_params:
            if str(param.type) != "file":
                ctx.report.error(
                    param.loc,
                    "invalid-value",
                    f"param '{param.name}' of {what} is the binary body: its type must be"
                    f" 'file', not '{param.type}'",
                )
    elif http.body in ("form", "multipart"):
        for param in body_params:
            _check_field(ctx, http, param, what)


def _file_allowed(http: Http, param: Param) -> bool:
    if param.location != "body":
        return False
    if http.body == "binary":
        return not param.type.is_list
    return http.body == "multipart" and _depth(param.type) <= 1


def _check_field(ctx: Context, http: Http, param: Param, what: str) -> None:
    """A form or multipart field: a scalar or a list of scalars (or a file part)."""
    if "." in param.wire_name or param.wire_name == "$":
        ctx.report.error(
            param.loc,
            "invalid-value",
            f"param '{param.name}' of {what}: a {http.body} field is named by one key;"
            f" wire '{param.wire}' is a JSON body path",
        )
    base = param.type.base.name
    if base == "file":
        return  # placed by `_file_allowed`
    if base not in SCALARS or _depth(param.type) > 1:
        ctx.report.error(
            param.loc,
            "invalid-value",
            f"param '{param.name}' of {what}: {http.body} fields are scalars or lists of"
            f" scalars, not '{param.type}'",
        )


def _depth(ref: TypeRef) -> int:
    return 0 if ref.item is None else 1 + _depth(ref.item)


def check_returns(ctx: Context, returns: Fields) -> None:
    """`optional` says an empty answer is allowed: it needs a type to be optional."""
    if returns.get("optional") and "type" not in returns:
        ctx.report.error(
            returns.key_loc("optional"),
            "invalid-value",
            "returns.optional needs a returns.type (a tool without one returns nothing anyway)",
        )
