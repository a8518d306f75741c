"""`toolgen mock` runs in the foreground, prints its base URL and stops on Ctrl-C."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import httpx
from mock_helpers import ROOT, auth_headers, bundled_providers

TOOLGEN = str(Path(sys.executable).parent / "toolgen")


def test_serves_a_bundled_provider_until_interrupted() -> None:
    provider = bundled_providers()[0]
    process = subprocess.Popen(
        [TOOLGEN, "mock", provider.id, "--items", "1"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert line.startswith(f"{provider.id}: http://127.0.0.1:")
        base_url = line.split(": ", 1)[1].strip()
        response = httpx.get(f"{base_url}/no-such-route", headers=auth_headers(provider))
        assert response.status_code == 404
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=20) == 0
    finally:
        process.kill()
        process.wait()


def test_unknown_provider_fails_cleanly() -> None:
    result = subprocess.run(
        [TOOLGEN, "mock", "no-such-provider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "no-such-provider" in result.stderr and result.stdout == ""
