"""The bundled specs agree with the providers' published documents (../shared/upstream)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from tests.needs import require_files

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
    require_files(path)
    monkeypatch.chdir(PROJECT)
    result = CliRunner().invoke(app, ["verify", provider, "--upstream", str(path)])
    assert result.exit_code == 0, result.output
    assert ": error[" not in result.stdout
    assert "0 mismatch(es)" in result.stderr


def test_declared_deviations_are_listed_as_notes_with_their_reasons(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = UPSTREAM / "fly/machines-openapi3.json"
    require_files(path)
    monkeypatch.chdir(PROJECT)
    result = CliRunner().invoke(app, ["verify", "fly-io", "--upstream", str(path)])
    assert result.exit_code == 0, result.output
    notes = [line for line in result.stdout.splitlines() if ": note[" in line]
    assert notes and all(line.startswith("specs/fly-io.yaml:") for line in notes)
    assert any(
        "note[verify-deviation]: 'create_app': Fly answers 201 with no body" in n for n in notes
    )
    assert any("(declared deviation: Fly's schema marks no body field required" in n for n in notes)


def doctored_render(doctor: Callable[[dict[str, Any]], None], tmp_path: Path) -> Path:
    path = UPSTREAM / "render/render-public-api-1.json"
    require_files(path)
    document = json.loads(path.read_text())
    doctor(document)
    copy = tmp_path / "render.json"
    copy.write_text(json.dumps(document))
    return copy


def drop_cron_jobs(document: dict[str, Any]) -> None:
    document["components"]["schemas"]["serviceType"]["enum"].remove("cron_job")


def make_limit_a_string(document: dict[str, Any]) -> None:
    document["components"]["parameters"]["limitParam"]["schema"] = {"type": "string"}


def drop_get_deploy(document: dict[str, Any]) -> None:
    del document["paths"]["/services/{serviceId}/deploys/{deployId}"]["get"]


@pytest.mark.parametrize(
    ("doctor", "expected"),
    [
        (drop_cron_jobs, "error[verify-enum]: query parameter 'type': enum value 'cron_job'"),
        (make_limit_a_string, "error[verify-type]: query parameter 'limit' is integer here but"),
        (drop_get_deploy, "error[verify-operation]: 'get_deploy': GET /v1/services/{serviceId}"),
    ],
    ids=["enum", "type", "operation"],
)
def test_doctored_render_document_fails_verify(
    doctor: Callable[[dict[str, Any]], None],
    expected: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    copy = doctored_render(doctor, tmp_path)
    monkeypatch.chdir(PROJECT)
    result = CliRunner().invoke(app, ["verify", "render", "--upstream", str(copy)])
    assert result.exit_code == 1
    assert "specs/render.yaml:" in result.stdout and expected in result.stdout
