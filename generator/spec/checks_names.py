"""Names that pass their own rule but collide with a name the generated code already uses."""

from __future__ import annotations

from generator import naming
from generator.spec.diagnostics import Report
from generator.spec.model import Loc, Param, Provider, Tool


def check_names(provider: Provider, report: Report) -> None:
    _check_published(provider, report)
    _check_credentials(provider, report)
    _check_types(provider, report)
    _check_iter_methods(provider, report)
    for tool in provider.tools:
        _check_wires(tool, report)
        _check_param_aliases(tool, report)


def _check_published(provider: Provider, report: Report) -> None:
    """`<namespace>__<tool>` must split one way only, and `index` is a catalog page."""
    sep = naming.MCP_SEPARATOR
    if provider.id in naming.RESERVED_PROVIDER_IDS:
        message = f"provider id '{provider.id}' would overwrite a catalog-wide page"
        report.error(provider.loc, "reserved-name", message)
    if sep in provider.namespace or provider.namespace.endswith("_"):
        message = f"namespace '{provider.namespace}' contains '{sep}' or ends with '_'"
        report.error(
            provider.loc, "invalid-name", f"{message}: MCP names join it to tools by '{sep}'"
        )
    classes = {naming.class_name(provider.namespace), naming.async_class_name(provider.namespace)}
    for taken in sorted(classes & naming.MODULE_NAMES):
        message = (
            f"namespace '{provider.namespace}' names its client class '{taken}', which the"
            " generated client module already imports"
        )
        report.error(provider.loc, "reserved-name", message)
    for tool in provider.tools:
        if sep in tool.name:
            message = f"tool name '{tool.name}' contains '{sep}', which separates MCP name parts"
            report.error(tool.loc, "invalid-name", message)


def _check_credentials(provider: Provider, report: Report) -> None:
    for credential in provider.credentials:
        if credential.name in naming.CLIENT_OPTIONS:
            message = (
                f"credential name '{credential.name}' is an argument of the generated client"
                f" ({', '.join(sorted(naming.CLIENT_OPTIONS))})"
            )
            report.error(credential.loc, "reserved-name", message)


def _check_types(provider: Provider, report: Report) -> None:
    classes = {naming.class_name(provider.namespace), naming.async_class_name(provider.namespace)}
    for typedef in provider.types:
        if typedef.name in naming.MODULE_NAMES | classes:
            message = (
                f"type name '{typedef.name}' is already defined by the generated client module"
            )
            report.error(typedef.loc, "reserved-name", message)
        seen: dict[str, Loc] = {}
        for field in typedef.fields:
            if field.name in naming.ANNOTATION_BUILTINS:
                message = f"field name '{field.name}' would shadow a builtin the model uses"
                report.error(field.loc, "reserved-name", message)
            if field.name in seen:
                message = (
                    f"field '{field.key}' of type '{typedef.name}' has the Python name"
                    f" '{field.name}' of the field on line {seen[field.name].line}"
                )
                report.error(field.loc, "name-collision", message)
            seen.setdefault(field.name, field.loc)


def _check_iter_methods(provider: Provider, report: Report) -> None:
    """A paginated tool `x` adds the method `iter_x`: no tool may be called that."""
    tools = {tool.name: tool for tool in provider.tools}
    for tool in provider.tools:
        other = tools.get(naming.iter_method(tool.name))
        if tool.is_paginated and other is not None:
            message = (
                f"tool name '{other.name}' is the generated iterator of the paginated tool"
                f" '{tool.name}' (line {tool.loc.line})"
            )
            report.error(other.loc, "name-collision", message)


def _check_wires(tool: Tool, report: Report) -> None:
    """Two params may not land on the same wire name, nor one body path inside another."""
    seen: dict[tuple[str, str], Param] = {}
    body = [p for p in tool.params if p.location == "body"]
    for param in tool.params:
        wire = param.wire_name.lower() if param.location == "header" else param.wire_name
        key = (param.location, wire)
        if key in seen:
            _wire_error(report, param, f"is also the wire name of param '{seen[key].name}'")
        seen.setdefault(key, param)
    if tool.http is None or getattr(tool.http, "body", "json") != "json":
        return  # form and multipart keys are flat; dots in them are plain characters
    whole = [p for p in body if p.wire == "$"]
    if whole and len(body) > 1:
        other = next(p for p in body if p is not whole[0])
        _wire_error(report, other, f"cannot join param '{whole[0].name}', which is the whole body")
    paths = {p.name: p.wire_name.split(".") for p in body if p.wire != "$"}
    for param in body:
        parts = paths.get(param.name)
        if parts is None:
            continue
        if "" in parts:
            _wire_error(report, param, "has an empty segment")
            continue
        for other in body:
            theirs = paths.get(other.name)
            if other is not param and theirs and theirs[: len(parts)] == parts != theirs:
                _wire_error(report, param, f"is also the parent object of param '{other.name}'")
                break


def _wire_error(report: Report, param: Param, problem: str) -> None:
    message = f"wire name '{param.wire_name}' of param '{param.name}' {problem}"
    report.error(param.loc, "duplicate-wire", message)


def _check_param_aliases(tool: Tool, report: Report) -> None:
    taken = {param.name for param in tool.params}
    for param in tool.params:
        for alias in param.aliases:
            if alias in taken:
                message = f"alias '{alias}' of param '{param.name}' is already a param or alias"
                report.error(param.loc, "duplicate-param", message)
            taken.add(alias)
