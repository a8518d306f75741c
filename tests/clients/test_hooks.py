"""Composite tools: Fly.io scaling and Buildkite's raw API requests."""

from __future__ import annotations

from pathlib import Path

import pytest

from generated.clients.buildkite import AsyncBuildkite, Buildkite
from generated.clients.fly_io import FlyIo
from generator.hosts.mock import MockServer
from generator.runtime.errors import ArgumentError, BadRequestError

HOSTILE_PATHS = [
    "",
    "https://evil.example/v2/user",
    "HTTP://evil.example",
    "javascript:alert(1)",
    "//evil.example/user",
    "\\\\evil.example\\share",
    "/user\\..\\admin",
    "/organizations/../../secrets",
    "/organizations/%2e%2e/secrets",
    "/organizations/%2E%2e%2Fsecrets",
    "/organizations/x%2fy",
    "/organizations/%252e%252e",
    "/user\r\nX-Injected: 1",
    "/user\x00",
    "/user?token=1",
]


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_raw_paths_that_could_leave_the_api_are_refused(
    path: str, reset: MockServer, credentials_file: Path
) -> None:
    with Buildkite.from_account("default") as client, pytest.raises(ArgumentError) as caught:
        client.api_get(path=path)
    assert caught.value.param == "path"
    assert reset.requests() == [], "nothing was sent"


async def test_raw_delete_sends_delete_to_the_relative_path(
    reset: MockServer, credentials_file: Path
) -> None:
    async with AsyncBuildkite.from_account("default") as client:
        with pytest.raises(BadRequestError):  # the mock has no DELETE route there: 405
            await client.api_delete(path="organizations/acme/pipelines/web", query={"force": True})
    [request] = reset.requests()
    assert (request["method"], request["path"]) == (
        "DELETE",
        "/buildkite/v2/organizations/acme/pipelines/web",
    )
    assert request["query"] == {"force": ["true"]}


def _calls(mock: MockServer) -> list[tuple[str, str]]:
    return [(r["method"], r["tool"]) for r in mock.requests()]


def test_scale_up_clones_the_oldest_machine(reset: MockServer, credentials_file: Path) -> None:
    with FlyIo.from_account("default") as client:
        machines = client.list_machines(app_name="web")
        reset.reset()
        result = client.scale_machines(app_name="web", count=len(machines) + 2, region="ams")
    assert result.count == len(machines) + 2 and len(result.created) == 2 and result.destroyed == []
    assert _calls(reset) == [
        ("GET", "list_machines"),
        ("POST", "create_machine"),
        ("POST", "create_machine"),
    ]
    create = reset.requests()[1]["json"]
    assert create["region"] == "ams" and create["config"] == machines[0].config


def test_scale_down_destroys_the_newest(reset: MockServer, credentials_file: Path) -> None:
    with FlyIo.from_account("default") as client:
        result = client.scale_machines(app_name="web", count=0)
    assert result.count == 0 and result.created == [] and len(result.destroyed) >= 1
    assert {tool for _, tool in _calls(reset)[1:]} == {"delete_machine"}


def test_scale_with_volumes_mounts_a_new_volume(reset: MockServer, credentials_file: Path) -> None:
    with FlyIo.from_account("default") as client:
        count = len(client.list_machines(app_name="web"))
        reset.reset()
        result = client.scale_with_volumes(app_name="web", count=count + 1, volume_size_gb=3)
    assert len(result.created) == 1
    assert _calls(reset) == [
        ("GET", "list_machines"),
        ("POST", "create_volume"),
        ("POST", "create_machine"),
    ]
    volume_request, machine_request = reset.requests()[1:]
    assert volume_request["json"]["size_gb"] == 3
    [mount] = machine_request["json"]["config"]["mounts"]
    assert mount["volume"] and mount["path"]


def test_negative_count_is_refused_before_any_request(
    reset: MockServer, credentials_file: Path
) -> None:
    with FlyIo.from_account("default") as client, pytest.raises(ArgumentError, match="count"):
        client.scale_machines(app_name="web", count=-1)
    assert reset.requests() == []
