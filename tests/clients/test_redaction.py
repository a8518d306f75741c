"""A provider that echoes the credentials it received never gets them printed: the mock
echoes the auth header (`echo_auth`), and each surface shows `[redacted]` instead.

The MCP surface is checked in tests/mcp/test_mcp_redaction.py.
"""

from __future__ import annotations

import base64
import json
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generated.clients.fly_io import AsyncFlyIo, FlyIo
from generator.cli import app
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry
from generator.runtime.auth import Secret, SecretHeaderAuth, auth_secrets
from generator.runtime.errors import AuthenticationError, ProviderError
from generator.runtime.options import LOGGER_NAME
from generator.runtime.redact import MASK, Redactor
from tests.conftest import TEST_TOKEN

ROOT = Path(__file__).resolve().parents[2]
ECHO = {"status": 401, "echo_auth": True, "path": "/apps/web"}


def _clean(text: str) -> None:
    assert TEST_TOKEN not in text, text
    assert MASK in text, text


def test_the_mock_really_echoes_the_token(reset: MockServer, credentials_file: Path) -> None:
    import httpx

    reset.inject(**ECHO)
    answer = httpx.get(
        reset.url_for("fly-io") + "/apps/web", headers={"Authorization": "FlyV1 x-secret-x"}
    )
    assert "x-secret-x" in answer.text and "x-secret-x" in answer.headers["x-echo-authorization"]


def test_python_exceptions_and_logs(
    reset: MockServer, credentials_file: Path, caplog: pytest.LogCaptureFixture
) -> None:
    reset.inject(**ECHO)
    fly = FlyIo.from_account("default")
    with (
        caplog.at_level(logging.DEBUG, LOGGER_NAME),
        fly,
        pytest.raises(AuthenticationError) as caught,
    ):
        fly.get_app(app_name="web")
    error = caught.value
    _clean(str(error))
    _clean(json.dumps(error.body))
    assert TEST_TOKEN not in repr(error.args) and TEST_TOKEN not in error.message
    ours = [r.getMessage() for r in caplog.records if r.name.startswith("toolgen")]
    assert ours and not any(TEST_TOKEN in message for message in ours)


async def test_async_exceptions(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(**ECHO)
    async with AsyncFlyIo.from_account("default") as fly:
        with pytest.raises(ProviderError) as caught:
            await fly.get_app(app_name="web")
    _clean(str(caught.value))


def test_raw_response_parse_error(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(**ECHO)
    with FlyIo.from_account("default") as fly:
        raw = fly.with_raw_response.get_app(app_name="web")
        with pytest.raises(AuthenticationError) as caught:
            raw.parse()
    _clean(str(caught.value))


def test_registry_results_are_redacted(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(status=200, echo_auth=True, path="/user")
    registry = Registry.load()
    try:
        result = registry.call("buildkite.api_get", {"path": "/user"})
    finally:
        registry.close()
    _clean(json.dumps(result))


def test_toolgen_call(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(**ECHO)
    result = CliRunner().invoke(app, ["call", "fly-io.get_app", "--args", '{"app_name": "web"}'])
    assert result.exit_code == 1
    _clean(result.stderr)
    assert TEST_TOKEN not in result.stdout


def test_lua(reset: MockServer, credentials_file: Path) -> None:
    reset.inject(**ECHO)
    script = 'return app.integrations.fly_io.get_app({app_name = "web"})'
    done = subprocess.run(
        [str(Path(sys.executable).parent / "toolgen"), "lua", "--eval", script, "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert TEST_TOKEN not in done.stdout + done.stderr
    assert MASK in done.stdout + done.stderr


def test_basic_auth_base64_form_and_short_values() -> None:
    auth = SecretHeaderAuth(
        "Authorization", Secret("Basic " + base64.b64encode(b"me:pw-123").decode())
    )
    redactor = Redactor(lambda: ["pw-123", "me", *auth_secrets(auth)])
    encoded = base64.b64encode(b"me:pw-123").decode()
    assert redactor.text(f"got Basic {encoded} and pw-123") == f"got {MASK} and {MASK}"
    assert redactor.text("me and mine") == "me and mine", "values under 4 characters are kept"
    assert redactor.value({encoded: [f"x{encoded}"]}) == {MASK: [f"x{MASK}"]}
