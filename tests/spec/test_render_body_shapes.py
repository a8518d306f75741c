"""Render's service-creation bodies, per service type, against Render's published API description.

Render's request schemas do not forbid unknown keys, so a field sent in the wrong
place (a static site's build command under `envSpecificDetails`) is silently
ignored. Each body is therefore checked two ways: every key it sends must be a
property the upstream schema of that service type declares, and the body must
validate against that schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from generated.clients.render2.tools import TOOLS
from generator.runtime.transport import build
from tests.needs import require_files

UPSTREAM = Path(__file__).parents[2].parent / "shared/upstream/render/render-public-api-1.json"


@pytest.fixture(autouse=True)
def _render_document() -> None:
    require_files(UPSTREAM)  # a skip here, a failure in CI (tests/needs.py)


DETAILS = {
    "static_site": "staticSiteDetailsPOST",
    "web_service": "webServiceDetailsPOST",
    "private_service": "privateServiceDetailsPOST",
    "background_worker": "backgroundWorkerDetailsPOST",
    "cron_job": "cronJobDetailsPOST",
}
COMMON = {
    "name": "svc",
    "owner_id": "tea-1",
    "repo": "https://github.com/example-org/app",
    "branch": "main",
    "root_dir": "app",
    "auto_deploy": "no",
    "env_vars": [{"key": "A", "value": "1"}],
}
NATIVE = {
    "runtime": "node",
    "region": "frankfurt",
    "plan": "starter",
    "build_command": "npm ci",
    "start_command": "npm start",
}
# Every param each service type takes, as the params' descriptions say.
CASES = {
    "static_site": (
        "create_static_site",
        {**COMMON, "type": "static_site", "build_command": "npm run build", "publish_path": "dist"},
    ),
    "web_service": (
        "create_service",
        {**COMMON, **NATIVE, "type": "web_service", "num_instances": 2, "health_check_path": "/h"},
    ),
    "private_service": (
        "create_service",
        {**COMMON, **NATIVE, "type": "private_service", "num_instances": 2},
    ),
    "background_worker": (
        "create_service",
        {**COMMON, **NATIVE, "type": "background_worker", "num_instances": 2},
    ),
    "cron_job": (
        "create_service",
        {**COMMON, **NATIVE, "type": "cron_job", "schedule": "0 * * * *"},
    ),
}


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return dict(json.loads(UPSTREAM.read_text(encoding="utf-8")))


def _resolve(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = document
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def _properties(document: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    """Properties a schema declares, through $ref, allOf, oneOf and anyOf."""
    schema = _resolve(document, schema)
    found = dict(schema.get("properties", {}))
    for key in ("allOf", "oneOf", "anyOf"):
        for part in schema.get(key, []):
            found.update(_properties(document, part))
    return found


def _undeclared(document: dict[str, Any], schema: dict[str, Any], body: Any, at: str) -> list[str]:
    if not isinstance(body, dict):
        return []
    known = _properties(document, schema)
    missing = []
    for key, value in body.items():
        if key not in known:
            missing.append(f"{at}{key}")
        else:
            missing += _undeclared(document, known[key], value, f"{at}{key}.")
    return missing


@pytest.mark.parametrize("service_type", sorted(CASES))
def test_every_key_of_the_body_is_where_render_reads_it(
    document: dict[str, Any], service_type: str
) -> None:
    tool, arguments = CASES[service_type]
    body = build(TOOLS[tool], arguments).body
    assert body["type"] == service_type
    schemas = document["components"]["schemas"]
    top = {**schemas["servicePOST"], "properties": dict(schemas["servicePOST"]["properties"])}
    top["properties"]["serviceDetails"] = {"$ref": f"#/components/schemas/{DETAILS[service_type]}"}
    assert _undeclared(document, top, body, "") == []
    validator = jsonschema.Draft202012Validator({**top, "components": document["components"]})
    errors = [error.message for error in validator.iter_errors(body)]
    # Upstream's envSpecificDetails is a oneOf of native and Docker details whose Docker branch
    # requires nothing, so every native body matches both: that ambiguity is theirs.
    assert [message for message in errors if "is valid under each of" not in message] == []


def test_a_static_site_sends_its_build_command_in_service_details() -> None:
    body = build(TOOLS["create_static_site"], CASES["static_site"][1]).body
    assert body["serviceDetails"] == {"buildCommand": "npm run build", "publishPath": "dist"}


def test_create_service_no_longer_offers_static_sites() -> None:
    [kind] = [p for p in TOOLS["create_service"].params if p.name == "type"]
    assert "static_site" not in kind.enum
