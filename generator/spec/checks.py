"""Cross-reference checks on a built provider: duplicates, references, cycles, lengths."""

from __future__ import annotations

from generator import naming
from generator.spec.checks_names import check_names
from generator.spec.checks_values import check_values
from generator.spec.compose import check_compose
from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.model import Loc, Provider, TypeDef


def check_provider(provider: Provider, report: Report) -> None:
    _check_tools(provider, report)
    _check_type_cycles(provider.types, report)
    _check_deviations(provider, report)
    check_names(provider, report)
    check_values(provider, report)
    check_compose(provider, report)


def _check_tools(provider: Provider, report: Report) -> None:
    first_seen: dict[str, Loc] = {}
    for tool in provider.tools:
        for name in (tool.name, *tool.aliases):
            code = "duplicate-tool" if name == tool.name else "duplicate-alias"
            if name in first_seen:
                other = first_seen[name]
                what = "tool" if code == "duplicate-tool" else "alias"
                report.error(
                    tool.loc, code, f"{what} '{name}' is already defined on line {other.line}"
                )
            elif name:
                first_seen[name] = tool.loc
        mcp = naming.mcp_name(provider.namespace, tool.name)
        if len(mcp) > naming.MCP_NAME_MAX:
            report.error(
                tool.loc,
                "mcp-name-too-long",
                f"MCP name '{mcp}' is {len(mcp)} characters (at most {naming.MCP_NAME_MAX})",
            )
        params: dict[str, Loc] = {}
        for param in tool.params:
            if param.name in params:
                report.error(
                    param.loc,
                    "duplicate-param",
                    f"param '{param.name}' is already defined on line {params[param.name].line}",
                )
            params.setdefault(param.name, param.loc)


def _check_type_cycles(types: tuple[TypeDef, ...], report: Report) -> None:
    """A type that must contain itself (required, non-nullable, non-list fields) can never be built."""
    edges = {
        t.name: [
            (f.name, f.type.name)
            for f in t.fields
            if f.required and not f.nullable and not f.type.is_list
        ]
        for t in types
    }
    locs = {t.name: t.loc for t in types}
    reported: set[frozenset[str]] = set()

    def visit(start: str, name: str, path: list[str], seen: frozenset[str]) -> None:
        for field_name, target in edges.get(name, []):
            steps = [*path, f"{name}.{field_name}"]
            if target == start:
                members = frozenset(step.split(".")[0] for step in steps)
                if members not in reported:
                    reported.add(members)
                    chain = " -> ".join([*steps, start])
                    report.error(
                        locs[start], "type-cycle", f"type '{start}' always contains itself: {chain}"
                    )
            elif target in edges and target not in seen:
                visit(start, target, steps, seen | {target})

    for typedef in types:
        visit(typedef.name, typedef.name, [], frozenset({typedef.name}))


def _check_deviations(provider: Provider, report: Report) -> None:
    for deviation in provider.deviations:
        tool = provider.tool(deviation.tool)
        if tool is None:
            hint = did_you_mean(deviation.tool, [t.name for t in provider.tools])
            report.error(
                deviation.loc,
                "unknown-reference",
                f"deviation names unknown tool '{deviation.tool}'{hint}",
            )
        elif deviation.param and tool.param(deviation.param) is None:
            hint = did_you_mean(deviation.param, [p.name for p in tool.params])
            report.error(
                deviation.loc,
                "unknown-reference",
                f"deviation names unknown param '{deviation.param}' of '{tool.name}'{hint}",
            )
