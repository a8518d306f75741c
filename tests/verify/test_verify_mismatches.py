"""`toolgen verify` on a small spec against doctored copies of a small OpenAPI document."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from generator.cli import app

HERE = Path(__file__).parent
Doc = dict[str, Any]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "specs").mkdir()
    shutil.copy(HERE / "specs" / "shop.yaml", tmp_path / "specs" / "shop.yaml")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def verify_against(project: Path, doctor: Callable[[Doc], None] = lambda doc: None) -> Result:
    document = json.loads((HERE / "upstream.json").read_text())
    doctor(document)
    path = project / "upstream.json"
    path.write_text(json.dumps(document))
    return CliRunner().invoke(app, ["verify", "shop", "--upstream", str(path)])


def errors(result: Result) -> list[str]:
    return [line for line in result.stdout.splitlines() if ": error[" in line]


def orders(doc: Doc) -> Doc:
    paths: Doc = doc["paths"]["/stores/{id}/orders"]
    return paths


def test_matching_document_is_clean_and_composite_tools_are_noted(project: Path) -> None:
    result = verify_against(project)
    assert result.exit_code == 0, result.output
    assert errors(result) == []
    assert (
        "specs/shop.yaml:62:5: note[verify-skipped]: 'restock' has no http call; not compared"
        in result.stdout
    )


def test_operation_upstream_lacks(project: Path) -> None:
    result = verify_against(project, lambda doc: orders(doc).pop("post"))
    assert result.exit_code == 1
    assert errors(result) == [
        (
            "specs/shop.yaml:48:7: error[verify-operation]: 'create_order': POST /v2/stores/{store_id}/orders"
            " is not in the upstream document (upstream has GET)"
        )
    ]


def test_paths_match_by_shape_without_the_version_prefix(project: Path) -> None:
    def move_prefix(doc: Doc) -> None:
        doc["servers"] = [{"url": "https://api.shop.example"}]
        doc["paths"] = {"/v2/stores/{store}/orders": orders(doc)}

    assert verify_against(project, move_prefix).exit_code == 0


def test_parameter_upstream_does_not_know(project: Path) -> None:
    result = verify_against(project, lambda doc: orders(doc)["get"]["parameters"].pop())
    assert errors(result) == [
        (
            "specs/shop.yaml:39:9: error[verify-param]: query parameter 'limit' is not in upstream"
            " GET /stores/{id}/orders"
        )
    ]
    assert result.exit_code == 1


def test_nested_body_parameter_upstream_does_not_know(project: Path) -> None:
    def rename(doc: Doc) -> None:
        props = doc["components"]["schemas"]["ItemRef"]["properties"]
        props["sku"] = props.pop("id")
        doc["components"]["schemas"]["ItemRef"]["required"] = []

    assert errors(verify_against(project, rename)) == [
        (
            "specs/shop.yaml:53:9: error[verify-param]: body parameter 'item.id' is not in upstream"
            " POST /stores/{id}/orders"
        )
    ]


def test_type_that_disagrees(project: Path) -> None:
    def make_string(doc: Doc) -> None:
        orders(doc)["get"]["parameters"][1]["schema"] = {"type": "string"}

    assert errors(verify_against(project, make_string)) == [
        "specs/shop.yaml:39:9: error[verify-type]: query parameter 'limit' is integer here but string upstream"
    ]


def test_path_parameter_types_compare_by_position(project: Path) -> None:
    def make_integer(doc: Doc) -> None:
        orders(doc)["parameters"][0]["schema"] = {"type": "integer"}

    found = errors(verify_against(project, make_integer))
    assert len(found) == 2
    assert all(
        "path parameter 'store_id' is string here but integer upstream" in line for line in found
    )


def test_required_upstream_but_optional_here(project: Path) -> None:
    def require_status(doc: Doc) -> None:
        doc["components"]["parameters"]["status"]["required"] = True

    assert errors(verify_against(project, require_status)) == [
        "specs/shop.yaml:36:9: error[verify-required]: query parameter 'status' is required upstream but optional here"
    ]


def test_required_here_but_optional_upstream(project: Path) -> None:
    def relax(doc: Doc) -> None:
        doc["components"]["schemas"]["ItemRef"]["required"] = []

    assert errors(verify_against(project, relax)) == [
        (
            "specs/shop.yaml:53:9: error[verify-not-required]: body parameter 'item.id' is required here"
            " but optional upstream"
        )
    ]


def test_required_upstream_parameter_the_tool_lacks(project: Path) -> None:
    def add_required(doc: Doc) -> None:
        schema = doc["components"]["schemas"]["NewOrder"]
        schema["properties"]["channel"] = {"type": "string"}
        schema["required"].append("channel")

    assert errors(verify_against(project, add_required)) == [
        "specs/shop.yaml:48:7: error[verify-missing]: upstream requires body parameter 'channel', which the tool lacks"
    ]


def test_enum_value_upstream_lacks(project: Path) -> None:
    def drop_closed(doc: Doc) -> None:
        doc["components"]["parameters"]["status"]["schema"]["enum"] = ["open", "archived"]

    assert errors(verify_against(project, drop_closed)) == [
        (
            "specs/shop.yaml:36:9: error[verify-enum]: query parameter 'status': enum value 'closed'"
            " is not upstream's (open, archived)"
        )
    ]


def test_declared_deviation_turns_the_mismatch_into_a_note(project: Path) -> None:
    spec = project / "specs" / "shop.yaml"
    reason = "Shop accepts limit although its document forgot it."
    spec.write_text(
        spec.read_text()
        + f"\ndeviations:\n  - tool: list_orders\n    param: limit\n    reason: {reason}\n"
    )
    result = verify_against(project, lambda doc: orders(doc)["get"]["parameters"].pop())
    assert result.exit_code == 0, result.output
    assert (
        f"note[verify-param]: query parameter 'limit' is not in upstream GET /stores/{{id}}/orders"
        f" (declared deviation: {reason})" in result.stdout
    )


def test_yaml_upstream_is_read(project: Path) -> None:
    from ruamel.yaml import YAML

    document = json.loads((HERE / "upstream.json").read_text())
    path = project / "upstream.yaml"
    YAML(typ="safe").dump(document, path)
    result = CliRunner().invoke(app, ["verify", "shop", "--upstream", str(path)])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "nope", "--upstream", "upstream.json"], "unknown provider 'nope'"),
        (["verify", "shop", "--upstream", "missing.json"], "missing.json: cannot read"),
        (
            ["verify", "shop", "--upstream", "swagger.json"],
            "not an OpenAPI 3.x, Swagger 2.0 or JSON hyper-schema document (1.2)",
        ),
        (["verify", "shop"], "Missing option '--upstream'"),
    ],
)
def test_usage_errors_exit_2(project: Path, args: list[str], message: str) -> None:
    (project / "upstream.json").write_text((HERE / "upstream.json").read_text())
    (project / "swagger.json").write_text('{"swagger": "1.2", "paths": {}}')
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert message in result.output


def test_unresolvable_ref_is_a_usage_error(project: Path) -> None:
    def break_ref(doc: Doc) -> None:
        doc["components"]["parameters"].pop("status")

    result = verify_against(project, break_ref)
    assert result.exit_code == 2
    assert "unresolvable $ref '#/components/parameters/status'" in result.output


def test_malformed_upstream_is_a_usage_error(project: Path) -> None:
    def break_paths(doc: Doc) -> None:
        doc["paths"]["/stores/{id}/orders"]["get"]["parameters"] = [["not", "a", "parameter"]]

    result = verify_against(project, break_paths)
    assert result.exit_code == 2
    assert "GET /stores/{id}/orders: a parameter is not an object" in result.output
