"""Provider answers are untrusted: odd ones become clear Lua errors, never a crash or a hang."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry

LIMITS = Limits(timeout=10.0, max_items=1000, max_depth=32)
GET_APP = 'return app.integrations.fly_io.get_app({ app_name = "a" }).name'


def nested(depth: int) -> dict[str, Any]:
    value: dict[str, Any] = {}
    for _ in range(depth):
        value = {"x": value}
    return value


@pytest.mark.parametrize(
    ("status", "body", "message"),
    [
        (200, {"id": "1", "name": "a", "extra": nested(100)}, "nested deeper than 32 levels"),
        (200, {"id": "1", "name": "a", "extra": list(range(5000))}, "more than 1000 values"),
        (200, {"id": 1, "name": "a"}, "get_app.id: expected a string, got int"),
        (200, "<html>not an app</html>", "get_app: expected an object"),
        (502, {"error": "upstream down"}, "fly-io.get_app: 502 upstream down"),
    ],
)
def test_odd_answers_are_lua_errors(
    fly_registry: Registry,
    credentials_file: Path,
    reset: MockServer,
    status: int,
    body: Any,
    message: str,
) -> None:
    reset.inject(status=status, path="/apps/a$", body=body, times=10)
    result = LuaHost(fly_registry, limits=LIMITS).run(GET_APP)
    assert result.error is not None and result.error["tool"] == "fly-io.get_app"
    assert message in result.error["message"]


def test_error_messages_stay_short(
    fly_registry: Registry, credentials_file: Path, reset: MockServer
) -> None:
    reset.inject(status=500, path="/apps/a$", body={"error": "boom " * 5000}, times=10)
    host = LuaHost(fly_registry, limits=LIMITS)
    provider = host.run(GET_APP).error  # the client keeps the start of a provider's message
    assert provider is not None and len(provider["message"]) < LIMITS.max_message
    huge_name = host.run("app.integrations.fly_io[string.rep('x', 100000)]({})").error
    script = host.run("error(string.rep('x', 100000))").error
    for error in (huge_name, script):
        assert error is not None and error["message"].endswith(" [truncated]")
        assert len(error["message"]) == LIMITS.max_message + len(" [truncated]")
