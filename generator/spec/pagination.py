"""`pagination:` of the api and of tools: a style name, `true` (inherit) or a mapping."""

from __future__ import annotations

from typing import cast

from attrs import evolve

from generator.spec import schema
from generator.spec.context import Context
from generator.spec.diagnostics import did_you_mean
from generator.spec.fields import Fields
from generator.spec.model import Pagination, PaginationStyle


def tool_pagination(ctx: Context, tool: Fields, what: str) -> Pagination:
    if "pagination" not in tool:
        return Pagination()
    value = tool.raw("pagination")
    loc = tool.value_loc("pagination")
    if value is True:
        if ctx.api_pagination.style == "none":
            ctx.report.error(loc, "invalid-value", "'pagination: true' but api.pagination is none")
        return evolve(ctx.api_pagination, loc=loc)
    if value is False:
        return Pagination(loc=loc)
    return build_pagination(ctx, tool, f"pagination of {what}", ctx.api_pagination)


def build_pagination(ctx: Context, owner: Fields, what: str, inherited: Pagination) -> Pagination:
    """A style name or a mapping; keys left out come from `inherited` when the style matches."""
    value = owner.raw("pagination")
    loc = owner.value_loc("pagination")
    if isinstance(value, str):
        if value not in schema.STYLES:
            hint = did_you_mean(value, schema.STYLES)
            ctx.report.error(
                loc,
                "invalid-value",
                f"invalid pagination '{value}' (expected one of: {', '.join(schema.STYLES)}){hint}",
            )
            return Pagination(loc=loc)
        base = inherited if inherited.style == value else Pagination()
        return evolve(base, style=cast(PaginationStyle, value), loc=loc)
    fields = ctx.read(value, schema.PAGINATION_MAP, what, loc)
    if fields is None:
        return Pagination(loc=loc)
    style = cast(PaginationStyle, fields.text("style", inherited.style))
    if style == "none" and "style" not in fields:
        ctx.report.error(fields.loc, "missing-field", f"{what} is missing required key 'style'")
    base = inherited if inherited.style == style else Pagination()
    overrides = {
        key: fields.get(key) for key in schema.PAGINATION_MAP if key in fields and key != "style"
    }
    return evolve(base, style=style, loc=fields.loc, **overrides)
