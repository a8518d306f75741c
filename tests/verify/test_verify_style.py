"""`verify-style`: a list query param sent comma-joined on one side and key-repeated on the other."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.spec import load_provider
from tests.needs import require_files

PROJECT = Path(__file__).resolve().parents[2]
RENDER_DOC = PROJECT.parent / "shared" / "upstream" / "render" / "render-public-api-1.json"
Doc = dict[str, Any]


@pytest.fixture(autouse=True)
def _render_document() -> None:
    require_files(RENDER_DOC)


def style_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, doctor: Callable[[Doc], None]
) -> list[str]:
    """`toolgen verify render` against a doctored copy of Render's document: its verify-style errors."""
    document = json.loads(RENDER_DOC.read_text())
    doctor(document)
    path = tmp_path / "render.json"
    path.write_text(json.dumps(document))
    monkeypatch.chdir(PROJECT)
    result = CliRunner().invoke(app, ["verify", "render", "--upstream", str(path)])
    assert result.exit_code == 1, result.output
    return [line for line in result.stdout.splitlines() if "error[verify-style]" in line]


def param_loc(tool: str, param: str) -> str:
    provider, _ = load_provider(PROJECT / "specs" / "render.yaml", PROJECT)
    assert provider is not None
    found = provider.tool(tool)
    assert found is not None
    spec_param = found.param(param)
    assert spec_param is not None
    return str(spec_param.loc)


def list_deploys_status(doc: Doc) -> Doc:
    params: list[Doc] = doc["paths"]["/services/{serviceId}/deploys"]["get"]["parameters"]
    return next(p for p in params if p.get("name") == "status")


def test_upstream_exploding_a_param_we_comma_join(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode_service_type(doc: Doc) -> None:
        doc["components"]["parameters"]["serviceTypeParam"]["explode"] = True

    assert style_errors(tmp_path, monkeypatch, explode_service_type) == [
        (
            f"{param_loc('list_services', 'type')}: error[verify-style]: query parameter 'type' is sent"
            " comma-joined (explode: false) here but repeats its key per value upstream"
        )
    ]


def test_form_style_explodes_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def drop_explode(doc: Doc) -> None:
        params = doc["paths"]["/services/{serviceId}/jobs"]["get"]["parameters"]
        del next(p for p in params if p.get("name") == "status")["explode"]

    errors = style_errors(tmp_path, monkeypatch, drop_explode)
    assert len(errors) == 1
    assert errors[0].startswith(f"{param_loc('list_jobs', 'status')}: error[verify-style]:")


def test_upstream_comma_joining_a_param_we_explode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def comma_join(doc: Doc) -> None:
        list_deploys_status(doc).update(style="form", explode=False)

    assert style_errors(tmp_path, monkeypatch, comma_join) == [
        (
            f"{param_loc('list_deploys', 'status')}: error[verify-style]: query parameter 'status'"
            " repeats its key per value here but is sent comma-joined (explode: false) upstream"
        )
    ]
