"""`deprecated:` on tools and params: a message, and optionally what to use instead.

    deprecated: Use list_apps_v2, which pages.          # a message alone
    deprecated: {message: Pages slowly., replacement: list_apps_v2}

A replacement must name a tool of the provider (for a tool) or a param of the
same tool (for a param); `unknown-reference` otherwise.
"""

from __future__ import annotations

from generator.spec import schema
from generator.spec.context import Context
from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.fields import Fields
from generator.spec.model import Deprecation, Loc, Provider


def read_deprecation(ctx: Context, owner: Fields, what: str) -> Deprecation | None:
    if "deprecated" not in owner:
        return None
    value = owner.raw("deprecated")
    loc = owner.value_loc("deprecated")
    if isinstance(value, str):
        if not value.strip():
            ctx.report.error(loc, "invalid-value", f"deprecated of {what} needs a message")
        return Deprecation(value.strip(), "", loc)
    fields = ctx.read(value, schema.DEPRECATED, f"deprecated of {what}", loc)
    if fields is None:
        return None
    return Deprecation(fields.text("message").strip(), fields.text("replacement"), fields.loc)


def check_replacements(provider: Provider, report: Report) -> None:
    names = [t.name for t in provider.tools]
    for tool in provider.tools:
        if tool.deprecated and tool.deprecated.replacement:
            _check(
                report,
                tool.deprecated.replacement,
                names,
                tool.deprecated.loc,
                f"{provider.id} has no tool",
            )
        params = [p.name for p in tool.params]
        for param in tool.params:
            if param.deprecated and param.deprecated.replacement:
                _check(
                    report,
                    param.deprecated.replacement,
                    params,
                    param.deprecated.loc,
                    f"'{tool.name}' has no param",
                )


def _check(report: Report, name: str, known: list[str], loc: Loc, prefix: str) -> None:
    if name not in known:
        report.error(
            loc,
            "unknown-reference",
            f"deprecated: replacement {prefix} '{name}'{did_you_mean(name, known)}",
        )
