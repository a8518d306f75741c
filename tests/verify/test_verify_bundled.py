"""The bundled specs agree with the providers' published documents (../shared/upstream)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app

PROJECT = Path(__file__).resolve().parents[2]
UPSTREAM = PROJECT.parent / "shared" / "upstream"


@pytest.mark.parametrize(
    ("provider", "document"),
    [
        ("fly-io", "fly/machines-openapi3.json"),
        ("render", "render/render-public-api-1.json"),
        ("heroku", "heroku/platform-api-schema.json"),
    ],
)
def test_bundled_spec_verifies_clean(
    provider: str, document: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = UPSTREAM / document
    if not path.exists():
        pytest.skip(f"upstream document {path} is not available")
    monkeypatch.chdir(PROJECT)
    result = CliRunner().invoke(app, ["verify", provider, "--upstream", str(path)])
    assert result.exit_code == 0, result.output
    assert ": error[" not in result.stdout
    assert "0 mismatch(es)" in result.stderr
