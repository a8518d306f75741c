"""Fly.io's Machine actions answer 200 with no body (as its published document allows):
the generated client, `toolgen call` and the Lua host return nothing instead of failing."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generated.clients.fly_io import AsyncFlyIo, FlyIo
from generated.clients.fly_io.models import MachineOk
from generator.cli import app
from generator.hosts.lua import Limits, LuaHost
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry

ACTIONS = ["start_machine", "stop_machine", "restart_machine", "suspend_machine", "delete_machine"]
MACHINE = {"app_name": "web", "machine_id": "m1"}


@pytest.mark.parametrize("action", ACTIONS)
def test_sync_and_async_clients_return_none_for_an_empty_answer(
    action: str, reset: MockServer, credentials_file: Path
) -> None:
    reset.inject(status=200, empty=True, times=2)
    with FlyIo.from_account("default") as client:
        assert getattr(client, action)(**MACHINE) is None

    async def run() -> object:
        async with AsyncFlyIo.from_account("default") as client:
            return await getattr(client, action)(**MACHINE)

    assert asyncio.run(run()) is None
    assert [r["status"] for r in reset.requests()] == [200, 200]


def test_a_body_is_still_decoded(reset: MockServer, credentials_file: Path) -> None:
    with FlyIo.from_account("default") as client:
        assert client.stop_machine(**MACHINE) == MachineOk(ok=True)


def test_toolgen_call_prints_null(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(status=200, empty=True)
    args = ["call", "fly-io.start_machine", "--args", json.dumps(MACHINE), "--force"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout) is None


def test_lua_gets_nil(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(status=200, empty=True)
    host = LuaHost(Registry.load(["fly-io"]), force=True, limits=Limits(timeout=10.0))
    code = 'return app.integrations.fly_io.restart_machine({app_name = "web", machine_id = "m1"}) == nil'
    result = host.run(code)
    assert result.ok and result.result is True, result.error


def test_a_tool_that_promises_a_value_still_fails_on_an_empty_answer(
    reset: MockServer, credentials_file: Path
) -> None:
    from generator.runtime.errors import InvalidResponse

    reset.inject(status=200, empty=True)
    with (
        FlyIo.from_account("default") as client,
        pytest.raises(InvalidResponse, match="empty body"),
    ):
        client.get_machine(**MACHINE)
