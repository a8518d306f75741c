"""`compose:` of a tool: intent-level params over another tool's call (docs/spec-format.md)."""

from __future__ import annotations

from typing import Any

import attrs

from generator.runtime.paths import parse_path
from generator.spec import schema
from generator.spec.context import Context
from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.fields import Fields, entries, items
from generator.spec.model import Compose, Loc, Param, Provider, Tool
from generator.spec.yaml_source import to_plain


def read_compose(ctx: Context, tool: Fields, what: str) -> Compose | None:
    if "compose" not in tool:
        return None
    where = tool.value_loc("compose")
    block = ctx.read(tool.raw("compose"), schema.COMPOSE, f"compose of {what}", where)
    if block is None:
        return None
    values: dict[str, Any] = {"call": block.text("call"), "loc": block.loc}
    if "read" in block:
        read = ctx.read(block.raw("read"), schema.COMPOSE_READ, f"read of {what}", block.loc)
        if read is not None:
            values.update(read=read.text("tool"), first=bool(read.get("first", False)))
            values["take"] = _pairs(ctx, read.raw("take"))
            values["drop"] = tuple(str(d) for d, _ in items(ctx.source, read.raw("drop")))
            if "version" in read:
                version = ctx.read(
                    read.raw("version"), schema.COMPOSE_VERSION, f"version of {what}", read.loc
                )
                if version is not None:
                    values["version"] = (version.text("param"), version.text("field"))
    if "each" in block:
        each = ctx.read(block.raw("each"), schema.COMPOSE_EACH, f"each of {what}", block.loc)
        if each is not None:
            values.update(each=each.text("param"), each_as=each.text("as"))
    if "then" in block:
        then = ctx.read(block.raw("then"), schema.COMPOSE_THEN, f"then of {what}", block.loc)
        if then is not None:
            values.update(then_when=then.text("when"), then_list=then.text("list"))
            values.update(then_call=then.text("call"), then_report=then.text("report"))
            values["then_with"] = _pairs(ctx, then.raw("with"))
            args = to_plain(then.raw("args")) if "args" in then else {}
            values["then_list_args"] = tuple((str(k), v) for k, v in args.items())
    return Compose(**values)


def _pairs(ctx: Context, mapping: Any) -> tuple[tuple[str, str], ...]:
    return tuple((key, str(to_plain(value))) for key, value, _ in entries(ctx.source, mapping))


def describe_placed(compose: Compose | None, params: tuple[Param, ...]) -> tuple[Param, ...]:
    """Each placed param's description ends with what it changes, for every surface."""
    if compose is None:
        return params
    out = []
    for param in params:
        if param.wire and ("." in param.wire or "[" in param.wire):
            how = "Merged into" if param.merge else "Sets"
            effect = f"{how} `{param.wire}` of `{compose.call}`."
            if param.only_with:
                effect += f" Only with `{param.only_with}`."
            text = f"{param.description.rstrip()} {effect}".strip()
            param = attrs.evolve(param, description=text)
        out.append(param)
    return tuple(out)


def check_compose(provider: Provider, report: Report) -> None:
    for tool in provider.tools:
        if tool.compose is not None:
            _check(provider, tool, tool.compose, report)


def _check(provider: Provider, tool: Tool, plan: Compose, report: Report) -> None:
    names = [t.name for t in provider.tools]
    targets = {}
    for key, name in [("call", plan.call), ("read", plan.read), ("then.list", plan.then_list)]:
        targets[key] = _tool(provider, names, tool, key, name, plan.loc, report)
    targets["then.call"] = _tool(
        provider, names, tool, "then.call", plan.then_call, plan.loc, report
    )
    call = targets["call"]
    if call is None:
        return
    own = {p.name: p for p in tool.params}
    control = {plan.each, plan.then_when} - {""}
    for param in tool.params:
        _check_param(tool, call, param, own, control, report)
    for name, want in [(plan.each, "list"), (plan.then_when, "boolean")]:
        if name and (name not in own or _kind(own[name]) != want):
            report.error(
                plan.loc,
                "invalid-value",
                f"compose of '{tool.name}': '{name}' must be a {want} param of the tool",
            )
    for arg in [target for target, _ in plan.take] + [plan.each_as, plan.version[0]]:
        if arg and call.param(str(parse_path(arg)[0]) if _valid(arg) else arg) is None:
            report.error(
                plan.loc,
                "unknown-reference",
                f"compose of '{tool.name}': '{arg}' is no param of '{call.name}'",
            )


def _check_param(
    tool: Tool, call: Tool, param: Param, own: dict[str, Param], control: set[str], report: Report
) -> None:
    if param.name in control:
        return
    target = param.wire or param.name
    if not _valid(target):
        report.error(param.loc, "invalid-value", f"param '{param.name}': malformed path '{target}'")
    elif call.param(str(parse_path(target)[0])) is None:
        hint = did_you_mean(str(parse_path(target)[0]), [p.name for p in call.params])
        message = (
            f"param '{param.name}' of '{tool.name}' fills '{target}', no param of '{call.name}'"
        )
        report.error(param.loc, "unknown-reference", message + hint)
    if param.only_with and param.only_with not in own:
        report.error(
            param.loc, "unknown-reference", f"only_with names unknown param '{param.only_with}'"
        )
    if param.merge and param.type.name != "object":
        report.error(
            param.loc, "invalid-value", f"merge applies to object params, not '{param.name}'"
        )


def _tool(
    provider: Provider, names: list[str], tool: Tool, key: str, name: str, loc: Loc, report: Report
) -> Tool | None:
    if not name:
        return None
    found = provider.tool(name)
    if found is None:
        message = f"compose {key} of '{tool.name}' names unknown tool '{name}'"
        report.error(loc, "unknown-reference", message + did_you_mean(name, names))
    return found


def _kind(param: Param) -> str:
    return "list" if param.type.is_list else param.type.name


def _valid(path: str) -> bool:
    try:
        parse_path(path)
    except ValueError:
        return False
    return True
