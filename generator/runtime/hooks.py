"""The protocol of composite tools (spec `implementation: module:function`).

A hook is a generator function: it takes the tool's arguments as keywords,
yields steps, receives each step's JSON result, and returns the tool's JSON
result. The same hook therefore runs under the sync and the async client:

    def scale_machines(*, app_name: str, count: int) -> Steps:
        machines = yield Call("list_machines", {"app_name": app_name})
        ...
        return {"created": [...], "deleted": [...]}
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Generator, Mapping
from typing import TYPE_CHECKING, Any

from attrs import field, frozen

if TYPE_CHECKING:
    from generator.runtime.meta import ToolSpec


@frozen
class Call:
    """Call another tool of the same client; the step's result is its JSON-able result."""

    tool: str
    args: Mapping[str, Any] = field(factory=dict[str, Any])


@frozen
class Request:
    """A raw request to a path relative to the API base URL; the result is the parsed body."""

    method: str
    path: str
    query: Mapping[str, Any] = field(factory=dict[str, Any])
    body: Any = None


Step = Call | Request
Steps = Generator[Step, Any, Any]
Hook = Callable[..., Steps]


def load_hook(implementation: str) -> Hook:
    """`generator.hooks.fly_io:scale_machines` -> the function."""
    module_name, _, function_name = implementation.partition(":")
    hook: Hook = getattr(importlib.import_module(module_name), function_name)
    return hook


def tool_steps(tool: ToolSpec, args: dict[str, Any]) -> Steps:
    """The steps of a composite tool: its declared `compose` plan, else its hook."""
    if tool.compose is not None:
        from generator.runtime import compose  # imports this module

        return compose.run(tool, args)
    return load_hook(tool.implementation)(**args)
