"""`toolgen verify` reads JSON hyper-schema `links` (Heroku's format)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from generator.cli import app
from generator.upstream import load_upstream

HERE = Path(__file__).parent
IDENTITY = "{(%23%2Fdefinitions%2Fstore%2Fdefinitions%2Fidentity)}"


def hyper_schema(status_values: list[str]) -> dict[str, Any]:
    store = {
        "definitions": {
            "id": {"type": ["string"], "format": "uuid"},
            "name": {"type": ["string"]},
            "identity": {
                "anyOf": [
                    {"$ref": "#/definitions/store/definitions/id"},
                    {"$ref": "#/definitions/store/definitions/name"},
                ]
            },
            "status": {"type": ["string"], "enum": status_values},
        },
        "links": [
            {
                "href": f"/stores/{IDENTITY}/orders",
                "method": "GET",
                "title": "List Orders",
                "schema": {
                    "properties": {
                        "status": {"$ref": "#/definitions/store/definitions/status"},
                        "limit": {"type": ["integer", "null"]},
                    }
                },
            },
            {
                "href": f"/stores/{IDENTITY}/orders",
                "method": "POST",
                "title": "Create Order",
                "schema": {
                    "properties": {
                        "item": {
                            "type": ["object"],
                            "properties": {"id": {"type": ["string"]}},
                            "required": ["id"],
                        },
                        "note": {"type": ["string"]},
                    },
                    "required": ["item"],
                    "type": ["object"],
                },
            },
        ],
    }
    return {
        "$schema": "http://interagent.github.io/interagent-hyper-schema",
        "definitions": {"store": store},
    }


def run(tmp_path: Path, document: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> Result:
    (tmp_path / "specs").mkdir()
    shutil.copy(HERE / "specs" / "shop.yaml", tmp_path / "specs" / "shop.yaml")
    (tmp_path / "schema.json").write_text(json.dumps(document))
    monkeypatch.chdir(tmp_path)
    return CliRunner().invoke(app, ["verify", "shop", "--upstream", "schema.json"])


def test_links_become_operations_with_normalized_placeholders(tmp_path: Path) -> None:
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(hyper_schema(["open", "closed"])))
    upstream = load_upstream(path)
    assert [(op.method, op.path, op.operation_id) for op in upstream.operations] == [
        ("GET", "/stores/{store_identity}/orders", "store-list_orders"),
        ("POST", "/stores/{store_identity}/orders", "store-create_order"),
    ]
    listing, creating = upstream.operations
    assert [(p.name, p.location) for p in listing.params] == [
        ("store_identity", "path"),
        ("status", "query"),
        ("limit", "query"),
    ]
    assert creating.find("body", "item.id") is not None


def test_matching_hyper_schema_is_clean(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = run(tmp_path, hyper_schema(["open", "closed"]), monkeypatch)
    assert result.exit_code == 0, result.output


def test_enum_mismatch_against_hyper_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run(tmp_path, hyper_schema(["open"]), monkeypatch)
    assert result.exit_code == 1
    assert (
        "error[verify-enum]: query parameter 'status': enum value 'closed' is not upstream's (open)"
        in result.stdout
    )
