"""`x-toolgen-intents` of an OpenAPI operation: the composed tools (spec `compose:`)
that call it, with their intent-level params, so the export shows what agents use."""

from __future__ import annotations

from typing import Any

from generator.render.schema import SchemaBuilder
from generator.spec.model import Provider, Tool


def intents(tool: Tool, provider: Provider, builder: SchemaBuilder) -> list[dict[str, Any]]:
    """One entry per composed tool whose `call` (or per-item call) is `tool`, in spec order."""
    found = []
    for composed in provider.tools:
        plan = composed.compose
        if plan is None or plan.call != tool.name:
            continue
        control = {plan.each, plan.then_when} - {""}
        params: dict[str, Any] = {}
        for param in composed.params:
            schema = builder.param_schema(param)
            if param.name not in control:
                schema["x-fills"] = param.wire or param.name
            if param.merge:
                schema["x-merge"] = True
            params[param.name] = schema
        entry: dict[str, Any] = {
            "tool": composed.name,
            "summary": composed.summary,
            "parameters": params,
            "required": [p.name for p in composed.params if p.required],
        }
        if plan.read:
            entry["reads"] = plan.read
        if plan.version[0]:
            entry["versionGuard"] = {"parameter": plan.version[0], "from": plan.version[1]}
        if plan.each:
            entry["each"] = {"parameter": plan.each, "as": plan.each_as}
        if plan.then_call:
            entry["then"] = {"when": plan.then_when, "list": plan.then_list, "call": plan.then_call}
        found.append(entry)
    return found
