"""Declarative composite tools (spec `compose:`), run as hook steps.

A composed tool fills the arguments of one other tool (`call`) from small,
intent-level params. It may start from the current state (`read`, guarded by
the version the read returned), fan a list param out over one call per item
(`each`), and run a follow-up after success (`then`). The steps are ordinary
`Call`s, so they run under the sync and the async client, through the same
typed methods, errors and retries as direct calls.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from generator.runtime.hooks import Call, Steps
from generator.runtime.json_values import as_list, as_object, is_object
from generator.runtime.meta import ComposeSpec, ParamSpec, ToolSpec
from generator.runtime.paths import delete_path, get_path, parse_path, set_path


def run(tool: ToolSpec, args: Mapping[str, Any]) -> Steps:
    """The steps of a composed tool called with `args` (credential defaults already filled)."""
    plan = tool.compose
    assert plan is not None, f"{tool.name} is not composed"
    base = yield from _read(plan, args)
    control = {plan.each, plan.then_when} - {""}
    call_args = _place(tool, args, base, control)
    if plan.each:
        results: list[dict[str, Any]] = []
        for item in args.get(plan.each) or ():
            one = {**call_args, plan.each_as: item}
            results.append({plan.each_as: item, "result": (yield Call(plan.call, one))})
        result: Any = {"results": results}
    else:
        result = yield Call(plan.call, call_args)
    if plan.then_when and args.get(plan.then_when):
        done = yield from _then(plan, args)
        envelope = as_object(result)
        result = {**(envelope if envelope is not None else {"result": result}), **done}
    elif plan.then_report and is_object(result):
        result = {**result, plan.then_report: []}
    return result


def _read(plan: ComposeSpec, args: Mapping[str, Any]) -> Steps:
    """What `read` takes from the current state: {call argument: value}; {} without a read."""
    wanted = [(target, source) for target, source in plan.take if target not in args]
    if not plan.read or not wanted:
        return {}
    state = yield Call(plan.read, _shared(args, plan.pass_read))
    if plan.first:
        listed = as_list(state)
        state = listed[0] if listed else None
    if not isinstance(state, Mapping):
        return {}
    base = {target: copy.deepcopy(get_path(state, source)) for target, source in wanted}
    base = {key: value for key, value in base.items() if value is not None}
    for path in plan.drop:
        delete_path(base, path)
    param, field = plan.version
    if param and param not in args and get_path(state, field) is not None:
        base[param] = get_path(state, field)
    return base


def _place(
    tool: ToolSpec, args: Mapping[str, Any], base: dict[str, Any], control: set[str]
) -> dict[str, Any]:
    """The `call` arguments: what was read, then pass-through params, then placed params."""
    values = copy.deepcopy(base)
    placed: list[ParamSpec] = []
    for spec in tool.params:
        if spec.name not in args or spec.name in control:
            continue
        if spec.only_with and spec.only_with not in args:
            continue  # e.g. a mount path without a volume to mount
        if spec.wire and parse_path(spec.wire)[1:]:
            placed.append(spec)
        else:
            values[spec.wire or spec.name] = copy.deepcopy(args[spec.name])
    for spec in placed:
        set_path(values, spec.wire, args[spec.name], merge=spec.merge, what=spec.name)
    return values


def _then(plan: ComposeSpec, args: Mapping[str, Any]) -> Steps:
    """The follow-up: list the items, call `then_call` once per item, report what was done."""
    list_args = {**_shared(args, plan.pass_list), **dict(plan.then_list_args)}
    listed = yield Call(plan.then_list, list_args)
    done: list[Any] = []
    for item in as_list(listed) or ():
        mapped = {arg: item.get(field) for arg, field in plan.then_with}
        yield Call(plan.then_call, {**_shared(args, plan.pass_then), **mapped})
        done.append(mapped[plan.then_with[0][0]])
    return {plan.then_report: done}


def _shared(args: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The arguments passed on to a read or follow-up: the params both tools have."""
    return {key: args[key] for key in names if key in args}
