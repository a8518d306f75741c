"""Loading a valid spec into the model: values, documented defaults, locations, plain types."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import attrs
import pytest

from generator.spec import SpecError, load_catalog, load_provider, spec_paths
from generator.spec.model import Loc, Provider, TypeRef

HERE = Path(__file__).parent
ACME = HERE / "specs" / "acme.yaml"


@pytest.fixture(scope="module")
def acme() -> Provider:
    provider, diagnostics = load_provider(ACME, HERE)
    assert diagnostics == []
    assert provider is not None
    return provider


def test_provider_and_api(acme: Provider) -> None:
    assert (acme.id, acme.namespace, acme.source) == ("acme", "acme", "specs/acme.yaml")
    assert acme.api.base_url == "https://api.acme.example/v1"
    assert acme.api.headers == (("Accept", "application/json"),)
    assert (acme.api.auth.kind, acme.api.auth.credential) == ("bearer", "api_token")
    assert acme.api.pagination.style == "cursor"


def test_credential_defaults(acme: Provider) -> None:
    token, org = acme.credentials
    assert (token.env, token.required, token.secret) == ("ACME_API_TOKEN", True, True)
    assert (org.default, org.required, org.env) == ("personal", False, "ACME_ORG_SLUG")


def test_types_and_fields(acme: Provider) -> None:
    app = acme.type("App")
    assert app is not None
    created = next(f for f in app.fields if f.name == "created_at")
    assert (created.wire_name, created.key) == ("createdAt", "createdAt")
    owner = next(f for f in app.fields if f.name == "owner")
    assert owner.type == TypeRef("Org") and owner.nullable
    org = acme.type("Org")
    assert org is not None and org.fields[1].type == TypeRef("", TypeRef("App"))


def test_tool_defaults(acme: Provider) -> None:
    list_apps, create_app, restart_all = acme.tools
    org_slug, limit = list_apps.params
    assert (org_slug.location, org_slug.required, org_slug.credential) == ("path", True, "org_slug")
    assert (limit.location, limit.maximum) == ("query", 100.0)
    assert list_apps.idempotent and not create_app.idempotent and not restart_all.idempotent
    assert create_app.params[1].location == "body"
    assert create_app.params[1].default == "nginx"
    assert create_app.http is not None and create_app.http.success == (201,)
    assert restart_all.implementation == "generator.hooks.acme:restart_all"
    assert restart_all.http is None


def test_pagination_true_inherits_the_api_default(acme: Provider) -> None:
    pagination = acme.tools[0].pagination
    assert (pagination.style, pagination.max_page_size) == ("cursor", 100)
    assert not acme.tools[1].is_paginated


def test_locations_are_one_based_positions_in_the_file(acme: Provider) -> None:
    list_apps = acme.tools[0]
    assert list_apps.loc == Loc("specs/acme.yaml", 42, 5)
    assert list_apps.params[1].loc == Loc("specs/acme.yaml", 53, 9)
    assert list_apps.example is not None
    assert list_apps.example.loc == Loc("specs/acme.yaml", 61, 7)
    assert list_apps.example.code.startswith("local apps = app.integrations.acme.list_apps")


def test_response_example_is_plain_json_data(acme: Provider) -> None:
    assert acme.tools[0].response_example == {
        "apps": [{"id": "1", "name": "web", "createdAt": "2024-01-01"}]
    }


def _walk(value: Any) -> Any:
    yield value
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            yield from _walk(getattr(value, field.name))
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _walk(key)
            yield from _walk(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _walk(item)


def test_model_holds_no_ruamel_types(acme: Provider) -> None:
    plain = (str, int, float, bool, type(None), dict, list, tuple)
    for value in _walk(acme):
        if not attrs.has(type(value)):
            assert type(value) in plain, f"{type(value)!r}: {value!r}"


def _broken_copy(tmp_path: Path, replacements: dict[str, str]) -> Path:
    text = ACME.read_text()
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new)
    (tmp_path / "specs").mkdir(exist_ok=True)
    path = tmp_path / "specs" / "acme.yaml"
    path.write_text(text)
    return path


def test_all_errors_are_reported_together_sorted(tmp_path: Path) -> None:
    path = _broken_copy(
        tmp_path,
        {
            "type: App[]": "type: Ap[]",
            "    summary: Create an app.": "    summery: Create an app.",
            'acme.create_app({ name = "web" })': "acme.create_app({})",
            "credential: org_slug\n": "credential: org_slg\n",
        },
    )
    catalog, diagnostics = load_catalog([path], tmp_path)
    assert catalog is None
    assert [str(d) for d in diagnostics] == [
        (
            "specs/acme.yaml:52:21: error[unknown-credential]: param 'org_slug' of tool 'list_apps'"
            " refers to unknown credential 'org_slg' (did you mean 'org_slug'?)"
        ),
        "specs/acme.yaml:57:13: error[unknown-type]: unknown type 'Ap' (did you mean 'App'?)",
        "specs/acme.yaml:66:5: error[missing-field]: tool 'create_app' is missing required key 'summary'",
        (
            "specs/acme.yaml:67:5: error[unknown-key]: unknown key 'summery' in tool 'create_app'"
            " (did you mean 'summary'?)"
        ),
        (
            "specs/acme.yaml:97:12: error[example-missing-param]: call of 'create_app'"
            " lacks required param(s): name"
        ),
    ]


def test_catalog_rejects_a_namespace_used_twice(tmp_path: Path) -> None:
    first = _broken_copy(tmp_path, {})
    second = tmp_path / "specs" / "acme2.yaml"
    second.write_text(first.read_text().replace("id: acme", "id: acme2"))
    catalog, diagnostics = load_catalog([first, second], tmp_path)
    assert catalog is None
    assert [d.code for d in diagnostics] == ["duplicate-namespace"]
    assert "also used by specs/acme.yaml" in diagnostics[0].message


def test_catalog_of_valid_specs(tmp_path: Path) -> None:
    catalog, diagnostics = load_catalog([_broken_copy(tmp_path, {})], tmp_path)
    assert diagnostics == [] and catalog is not None
    assert [p.id for p in catalog.providers] == ["acme"]


def test_spec_paths_filters_by_id_and_rejects_unknown_ids() -> None:
    assert spec_paths(HERE) == [ACME]
    assert spec_paths(HERE, ["acme"]) == [ACME]
    with pytest.raises(SpecError) as raised:
        spec_paths(HERE, ["acmee"])
    assert [d.code for d in raised.value.diagnostics] == ["unknown-provider"]
    assert str(raised.value) == "unknown provider 'acmee' (did you mean 'acme'?)"


@pytest.mark.parametrize(
    ("written", "style", "item_key", "max_page_size"),
    [
        ("pagination: {item_key: app}", "cursor", "app", 100),  # overlays api.pagination
        ("pagination: link", "link", "", 0),  # another style starts from its defaults
        ("pagination: none", "none", "", 0),
    ],
)
def test_tool_pagination_forms(
    tmp_path: Path, written: str, style: str, item_key: str, max_page_size: int
) -> None:
    path = _broken_copy(tmp_path, {"pagination: true": written})
    provider, diagnostics = load_provider(path, tmp_path)
    assert diagnostics == [] and provider is not None
    pagination = provider.tools[0].pagination
    assert (pagination.style, pagination.item_key, pagination.max_page_size) == (
        style,
        item_key,
        max_page_size,
    )
