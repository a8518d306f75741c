"""Derived Lua examples run in real Lua and pass exactly the required arguments."""

from __future__ import annotations

from typing import Any

import lupa  # type: ignore[import-untyped]

from generator.render.lua_example import derived_example, example_code, lua_value
from generator.spec.model import Provider

RECORDER = """
local record, namespace = ...
local functions = setmetatable({}, {__index = function(_, name)
  return function(args) record(name, args); return {} end
end})
app = {integrations = {[namespace] = functions}}
function dump(value) end
"""


def to_python(value: Any) -> Any:
    if lupa.lua_type(value) != "table":
        return value
    items = {key: to_python(item) for key, item in value.items()}
    if list(items) == list(range(1, len(items) + 1)):
        return list(items.values())
    return items


def run_capturing_calls(code: str, namespace: str) -> list[tuple[str, Any]]:
    """Run `code` with every `app.integrations.<namespace>.<f>(args)` recorded."""
    lua = lupa.LuaRuntime()
    calls: list[tuple[str, Any]] = []
    lua.execute(RECORDER, lambda name, args: calls.append((name, to_python(args))), namespace)
    lua.execute(code)
    return calls


def test_derived_examples_pass_required_args(hostile: Provider) -> None:
    tool = hostile.tool("list_things")
    assert tool is not None and tool.example is None
    calls = run_capturing_calls(example_code(tool, hostile), hostile.namespace)
    assert calls == [("list_things", {"mode": "<script>alert(1)</script>", "label": "my-label"})]


def test_every_tool_has_a_runnable_example(demo: Provider, hostile: Provider) -> None:
    for provider in (demo, hostile):
        for tool in provider.tools:
            calls = run_capturing_calls(derived_example(tool, provider), provider.namespace)
            required = {p.name for p in tool.params if p.required and not p.credential}
            assert [name for name, _ in calls] == [tool.name]
            assert set(calls[0][1] or {}) == required


def test_lua_values_round_trip() -> None:
    value = {"s": 'a "b" ]] \\ \n', "n": 1.5, "list": [1, 2], "nested": {"end": True}, "x-y": None}
    lua = lupa.LuaRuntime()
    result = to_python(lua.execute("return " + lua_value(value)))
    assert result == {"s": value["s"], "n": 1.5, "list": [1, 2], "nested": {"end": True}}
    assert lua_value({}) == "{}"
    assert lua_value(float("inf")) == "math.huge"
