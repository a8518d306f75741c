"""The OpenAPI 3.1 export: valid documents with the provider's shapes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from openapi_spec_validator import validate

from generator.render.openapi import openapi_document, render_provider
from generator.spec import load_provider
from generator.spec.model import Auth, AuthKind, Provider
from generator.upstream import load_upstream
from generator.verify import verify_provider

HERE = Path(__file__).parent
PROJECT = HERE.parents[1]
SPECS = sorted((PROJECT / "specs").glob("*.yaml")) + [HERE / "specs" / "store.yaml"]


def load(path: Path) -> Provider:
    provider, diagnostics = load_provider(path, path.parents[1])
    assert provider is not None, [str(d) for d in diagnostics]
    return provider


@pytest.fixture(scope="module")
def store() -> dict[str, Any]:
    return openapi_document(load(HERE / "specs" / "store.yaml"))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_every_generated_document_validates(spec: Path) -> None:
    [(path, text)] = render_provider(load(spec)).items()
    assert path == f"generated/openapi/{spec.stem}.json"
    validate(json.loads(text))


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_export_verifies_clean_against_its_own_spec(spec: Path, tmp_path: Path) -> None:
    provider = load(spec)
    [text] = render_provider(provider).values()
    (tmp_path / "doc.json").write_text(text)
    findings = verify_provider(provider, load_upstream(tmp_path / "doc.json"))
    assert [str(f) for f in findings if f.severity == "error"] == []


def test_output_is_deterministic() -> None:
    provider = load(HERE / "specs" / "store.yaml")
    assert render_provider(provider) == render_provider(load(HERE / "specs" / "store.yaml"))


def test_servers_tags_and_operation_ids(store: dict[str, Any]) -> None:
    assert store["openapi"] == "3.1.0"
    assert store["servers"] == [{"url": "https://api.store.example/v1"}]
    operation = store["paths"]["/stores/{storeId}/orders"]["get"]
    assert operation["operationId"] == "list_orders"
    assert operation["tags"] == ["Store"]
    assert [(p["name"], p["in"], p["required"]) for p in operation["parameters"]] == [
        ("storeId", "path", True),
        ("limit", "query", False),
        ("cursor", "query", False),
    ]


def test_header_auth_is_an_api_key_scheme(store: dict[str, Any]) -> None:
    schemes = store["components"]["securitySchemes"]
    assert schemes["apiKeyAuth"]["type"] == "apiKey"
    assert schemes["apiKeyAuth"]["in"] == "header"
    assert schemes["apiKeyAuth"]["name"] == "X-Store-Key"
    assert "Token <token>" in schemes["apiKeyAuth"]["description"]
    assert store["security"] == [{"apiKeyAuth": []}]


@pytest.mark.parametrize(
    ("kind", "name", "scheme"),
    [
        ("bearer", "bearerAuth", {"type": "http", "scheme": "bearer"}),
        ("basic", "basicAuth", {"type": "http", "scheme": "basic"}),
    ],
)
def test_bearer_and_basic_auth_are_http_schemes(
    kind: AuthKind, name: str, scheme: dict[str, str]
) -> None:
    provider = load(HERE / "specs" / "store.yaml")
    password = "api_key" if kind == "basic" else ""
    auth = Auth(kind=kind, credential="api_key", password_credential=password)
    document = openapi_document(attrs.evolve(provider, api=attrs.evolve(provider.api, auth=auth)))
    definition = document["components"]["securitySchemes"][name]
    assert {k: v for k, v in definition.items() if k != "description"} == scheme
    validate(document)


def test_no_auth_means_no_security() -> None:
    provider = load(HERE / "specs" / "store.yaml")
    document = openapi_document(attrs.evolve(provider, api=attrs.evolve(provider.api, auth=Auth())))
    assert "security" not in document
    assert "securitySchemes" not in document["components"]


def test_cursor_pages_are_wrapped_and_documented(store: dict[str, Any]) -> None:
    operation = store["paths"]["/stores/{storeId}/orders"]["get"]
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["type"] == "array"
    assert schema["items"]["properties"] == {
        "cursor": {"type": "string"},
        "order": {"$ref": "#/components/schemas/Order"},
    }
    assert operation["x-pagination"] == {
        "style": "cursor",
        "limit_param": "limit",
        "cursor_param": "cursor",
        "item_key": "order",
        "max_page_size": 50,
    }
    assert "Paginated by cursor" in operation["description"]


def test_unwrap_envelope(store: dict[str, Any]) -> None:
    schema = store["paths"]["/orders"]["get"]["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    assert schema["required"] == ["orders"]
    assert schema["properties"]["orders"] == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Order"},
    }


def test_dotted_body_params_nest(store: dict[str, Any]) -> None:
    post = store["paths"]["/orders"]["post"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    assert body["required"] == ["line"]
    assert body["properties"]["line"]["properties"]["sku"]["type"] == "string"
    assert body["properties"]["line"]["required"] == ["sku"]
    assert list(post["responses"]) == ["201"]


def test_whole_body_param_and_empty_response(store: dict[str, Any]) -> None:
    put = store["paths"]["/orders"]["put"]
    body = put["requestBody"]
    assert body["required"] is True
    assert body["content"]["application/json"]["schema"]["items"] == {
        "$ref": "#/components/schemas/Order"
    }
    assert put["responses"] == {"204": {"description": "Import orders in bulk."}}


def test_recursive_and_nested_types_are_components(store: dict[str, Any]) -> None:
    schemas = store["components"]["schemas"]
    assert sorted(schemas) == ["Line", "Order"]
    assert schemas["Order"]["properties"]["parent"] == {
        "anyOf": [{"$ref": "#/components/schemas/Order"}, {"type": "null"}]
    }


def test_comma_joined_list_params_are_form_style_without_explode() -> None:
    render = openapi_document(load(PROJECT / "specs" / "render.yaml"))

    def query_param(path: str, name: str) -> dict[str, Any]:
        params = render["paths"][path]["get"]["parameters"]
        found: dict[str, Any] = next(p for p in params if p["name"] == name)
        return found

    service_type = query_param("/services", "type")
    assert (service_type["style"], service_type["explode"]) == ("form", False)
    assert service_type["schema"]["type"] == "array"
    deploy_status = query_param("/services/{serviceId}/deploys", "status")
    assert "style" not in deploy_status and "explode" not in deploy_status
