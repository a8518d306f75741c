"""Every JSON action example of the Fly.io Agent Hub seed document, fed verbatim to
`toolgen call` against the mock, does what the document says (issue 20)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.hosts.mock import MockServer

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "001_bc4929a04ec1a94c.txt"
FENCE = re.compile(r"```json\n(.*?)```", re.DOTALL)
COMMENT = re.compile(r"^\s*//.*$", re.MULTILINE)
TEMPLATE = "148ed599c15e89"  # the first Machine of the mock's list_machines answer
TEMPLATE_VERSION = "01HV6N2E7QK0Z3WJ4S1B8D5XCA"  # get_machine's instance_id in the mock


def _actions() -> list[dict[str, Any]]:
    """Each `{"action": ...}` object of the document's JSON blocks, in order; the
    blocks of the use cases hold several objects between `//` comment lines."""
    found = []
    decoder = json.JSONDecoder()
    for block in FENCE.findall(SEED.read_text(encoding="utf-8")):
        text, at = COMMENT.sub("", block), 0
        while (at := _skip_space(text, at)) < len(text):
            value, at = decoder.raw_decode(text, at)
            if isinstance(value, dict) and "action" in value:
                found.append(value)
    return found


def _skip_space(text: str, at: int) -> int:
    while at < len(text) and text[at].isspace():
        at += 1
    return at


ACTIONS = _actions() if SEED.exists() else []
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="seed document not available")


def test_the_document_has_fifteen_examples() -> None:
    assert len(ACTIONS) == 15
    assert {a["action"] for a in ACTIONS} >= {"flyCreateMachine", "flyUnsetSecrets"}


def _call(runner: CliRunner, action: dict[str, Any]) -> Any:
    result = runner.invoke(app, ["call", "--force"], input=json.dumps(action))
    assert result.exit_code == 0, (action, result.stderr)
    return json.loads(result.stdout)


def _sent(server: MockServer) -> list[dict[str, Any]]:
    return [r for r in server.requests() if r["provider"] == "fly-io"]


@pytest.mark.parametrize("index", range(len(ACTIONS)), ids=lambda i: ACTIONS[i]["action"])
def test_every_example_runs(index: int, reset: MockServer, credentials_file: Path) -> None:
    action = ACTIONS[index]
    _call(CliRunner(), action)
    sent = _sent(reset)
    assert sent and all(r["status"] < 400 for r in sent), sent
    check = CHECKS.get(action["action"])
    if check is not None:
        check(action["arguments"], sent)


def _check_create(arguments: dict[str, Any], sent: list[dict[str, Any]]) -> None:
    create = [r for r in sent if r["tool"] == "create_machine"]
    assert len(create) == 1
    body = create[0]["json"]
    config = body["config"]
    assert config["mounts"] == [{"volume": arguments["volumeId"], "path": "/data"}]
    assert config["services"] and all(
        s["autostop"] == arguments["autoStop"] for s in config["services"]
    )
    assert config["image"].startswith("registry.fly.io/")  # copied from the app's Machine
    assert body.get("region") == arguments.get("region")


def _check_update(arguments: dict[str, Any], sent: list[dict[str, Any]]) -> None:
    read, write = (r for r in sent if r["method"] in ("GET", "POST"))
    assert read["tool"] == "get_machine" and write["tool"] == "update_machine_config"
    assert write["path"].endswith("/machines/" + arguments["machineId"])
    body = write["json"]
    assert body["current_version"] == TEMPLATE_VERSION
    config = body["config"]
    # the Machine's existing configuration (the mock's get_machine answer) ...
    assert config["image"] == "registry.fly.io/my-app:deployment-01HV6MZS8N4T"
    assert config["mounts"][0]["volume"] == "vol_4d9l3lqm6w2e8gzr"
    assert config["services"][0]["autostop"] == "suspend"
    assert config["restart"] == {"policy": "on-failure", "max_retries": 10}
    # ... with only the given fields changed
    env = {"PRIMARY_REGION": "fra", "LOG_LEVEL": "info", **arguments.get("env", {})}
    assert config["env"] == env
    assert config["guest"] == {
        "cpu_kind": "shared",
        "cpus": arguments.get("cpus", 1),
        "memory_mb": arguments.get("memoryMb", 256),
    }


def _check_restarts(sent: list[dict[str, Any]]) -> None:
    listed = [r for r in sent if r["tool"] == "list_machines"]
    restarts = [r["path"].rsplit("/", 2)[-2] for r in sent if r["tool"] == "restart_machine"]
    assert len(listed) == 1 and listed[0]["query"].get("state") == ["started"]
    assert restarts == [TEMPLATE, "3d8d9e1b2c6587"]  # one per listed Machine
    last_change = max(
        i for i, r in enumerate(sent) if r["tool"] in ("update_secrets", "unset_secret")
    )
    assert sent.index(listed[0]) > last_change  # only after the secrets changed


def _check_set_secrets(arguments: dict[str, Any], sent: list[dict[str, Any]]) -> None:
    (update,) = [r for r in sent if r["tool"] == "update_secrets"]
    assert update["json"] == {"values": arguments["secrets"]}
    _check_restarts(sent)


def _check_unset(arguments: dict[str, Any], sent: list[dict[str, Any]]) -> None:
    removed = [r["path"].rsplit("/", 1)[-1] for r in sent if r["tool"] == "unset_secret"]
    assert removed == arguments["secretNames"]
    _check_restarts(sent)


CHECKS = {
    "flyCreateMachine": _check_create,
    "flyUpdateMachineConfig": _check_update,
    "flySetSecrets": _check_set_secrets,
    "flyUnsetSecrets": _check_unset,
}


def test_unset_reports_each_item(reset: MockServer, credentials_file: Path) -> None:
    action = next(a for a in ACTIONS if a["action"] == "flyUnsetSecrets")
    result = _call(CliRunner(), action)
    names = [item["secret_name"] for item in result["results"]]
    assert names == action["arguments"]["secretNames"]
    assert all(item["result"]["version"] == 8 for item in result["results"])
    assert result["restarted"] == [TEMPLATE, "3d8d9e1b2c6587"]


def test_no_restart_unless_asked(reset: MockServer, credentials_file: Path) -> None:
    action = {"action": "flySetSecrets", "arguments": {"appName": "web", "secrets": {"A": "1"}}}
    assert _call(CliRunner(), action)["restarted"] == []
    assert [r["tool"] for r in _sent(reset)] == ["update_secrets"]


def test_concurrent_change_is_refused(reset: MockServer, credentials_file: Path) -> None:
    """The Machine changes between the read and the write: the mock (like Fly) is at
    a newer version than the one read, so the guarded write fails loudly."""
    stale = {"id": TEMPLATE, "name": "m", "state": "started", "region": "fra"}
    stale |= {"instance_id": "01OLDVERSION0000000000000", "config": {"image": "old", "env": {}}}
    reset.inject(status=200, method="GET", path=f"/machines/{TEMPLATE}$", body=stale)
    action = {
        "action": "flyUpdateMachineConfig",
        "arguments": {"appName": "web", "machineId": TEMPLATE, "memoryMb": 512},
    }
    result = CliRunner().invoke(app, ["call", "--force"], input=json.dumps(action))
    assert result.exit_code == 1 and "412" in result.stderr, result.stderr
    writes = [r for r in _sent(reset) if r["tool"] == "update_machine_config"]
    assert len(writes) == 1 and writes[0]["status"] == 412  # refused, never retried
    assert writes[0]["json"]["current_version"] == "01OLDVERSION0000000000000"


def test_raw_full_config_form_still_works(reset: MockServer, credentials_file: Path) -> None:
    config = {"image": "registry.fly.io/web:1", "env": {}}
    args = {"app_name": "web", "machine_id": TEMPLATE, "config": config}
    result = CliRunner().invoke(
        app, ["call", "fly-io.update_machine_config", "--force", "--args", json.dumps(args)]
    )
    assert result.exit_code == 0, result.stderr
    (write,) = _sent(reset)
    assert write["json"] == {"config": config}


async def test_the_async_client_runs_a_partial_update(
    reset: MockServer, credentials_file: Path
) -> None:
    from generated.clients.fly_io import AsyncFlyIo

    async with AsyncFlyIo.from_account("default") as fly:
        machine = await fly.update_machine(app_name="web", machine_id=TEMPLATE, cpus=2)
    assert machine.id == TEMPLATE
    (write,) = [r for r in _sent(reset) if r["tool"] == "update_machine_config"]
    assert write["json"]["config"]["guest"]["cpus"] == 2
    assert write["json"]["current_version"] == TEMPLATE_VERSION
