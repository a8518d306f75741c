"""`toolgen import`: slices of the Fly.io and Render documents become valid, verifiable specs."""

from __future__ import annotations

from pathlib import Path

import pytest
from openapi_spec_validator import validate
from typer.testing import CliRunner, Result

from generator.cli import app
from generator.render import render_provider
from generator.render.openapi import openapi_document
from generator.spec import load_provider
from generator.spec.model import Provider
from tests.needs import require_files

UPSTREAM = Path(__file__).resolve().parents[2].parent / "shared" / "upstream"
FLY = UPSTREAM / "fly" / "machines-openapi3.json"
RENDER = UPSTREAM / "render" / "render-public-api-1.json"
FLY_SLICE = ["Apps_list", "Apps_show", "Machines_list"]
RENDER_SLICE = ["list-services", "retrieve-service"]


@pytest.fixture(autouse=True)
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    require_files(FLY, RENDER)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def import_slice(document: Path, provider_id: str, operations: list[str]) -> Result:
    return run(
        "import", str(document), "--id", provider_id, *(f"--operations={op}" for op in operations)
    )


def load(project: Path, provider_id: str) -> Provider:
    provider, diagnostics = load_provider(project / "specs" / f"{provider_id}.yaml", project)
    assert provider is not None, [str(d) for d in diagnostics]
    return provider


@pytest.mark.parametrize(
    ("document", "provider_id", "operations", "tools"),
    [
        (FLY, "fly", FLY_SLICE, ["apps_list", "apps_show", "machines_list"]),
        (RENDER, "rnd", RENDER_SLICE, ["list_services", "retrieve_service"]),
    ],
)
def test_slice_loads_generates_and_verifies_clean(
    project: Path, document: Path, provider_id: str, operations: list[str], tools: list[str]
) -> None:
    result = import_slice(document, provider_id, operations)
    assert result.exit_code == 0, result.output
    provider = load(project, provider_id)
    assert [t.name for t in provider.tools] == tools
    assert render_provider(provider)
    validate(openapi_document(provider))
    verified = run("verify", provider_id, "--upstream", str(document))
    assert verified.exit_code == 0, verified.output
    assert "0 mismatch(es)" in verified.stderr


def test_imported_details(project: Path) -> None:
    assert import_slice(FLY, "fly", FLY_SLICE).exit_code == 0
    assert import_slice(RENDER, "rnd", RENDER_SLICE).exit_code == 0
    fly, render = load(project, "fly"), load(project, "rnd")
    list_apps = fly.tool("apps_list")
    assert list_apps is not None and list_apps.http is not None
    assert (list_apps.http.method, list_apps.http.path) == ("GET", "/apps")
    org_slug = list_apps.param("org_slug")
    assert org_slug is not None and org_slug.required and org_slug.location == "query"
    assert str(list_apps.returns.type) == "ListAppsResponse"
    assert fly.type("App") is not None
    services = render.tool("list_services")
    assert services is not None
    assert str(services.returns.type) == "Service[]"
    assert (services.pagination.style, services.pagination.item_key) == ("cursor", "service")
    service_id = render.tool("retrieve_service").param("service_id")  # type: ignore[union-attr]
    assert service_id is not None and (service_id.wire, service_id.location) == (
        "serviceId",
        "path",
    )
    assert render.api.auth.kind == "bearer"


def test_reimport_keeps_comments_and_hand_written_text(project: Path) -> None:
    assert import_slice(RENDER, "rnd", ["list-services"]).exit_code == 0
    spec = project / "specs" / "rnd.yaml"
    text = spec.read_text()
    text = "# Render, imported then edited by hand.\n" + text
    text = text.replace("summary: List services\n", "summary: List every service you can see.\n", 1)
    text = text.replace(
        "description: Filter by name\n", "description: Exact names.  # tuned by hand\n", 1
    )
    spec.write_text(text)

    result = import_slice(RENDER, "rnd", ["list-services", "retrieve-service"])
    assert result.exit_code == 0, result.output
    merged = spec.read_text()
    assert merged.startswith("# Render, imported then edited by hand.\n")
    assert "description: Exact names.  # tuned by hand\n" in merged
    provider = load(project, "rnd")
    assert [t.name for t in provider.tools] == ["list_services", "retrieve_service"]
    assert provider.tools[0].summary == "List every service you can see."


def test_reimport_keeps_a_deleted_param_deleted_until_the_baseline_goes(project: Path) -> None:
    assert import_slice(FLY, "fly", ["Apps_list"]).exit_code == 0
    spec = project / "specs" / "fly.yaml"
    text = spec.read_text()
    start = text.index("      - name: app_role")
    end = (
        text.index("      - name:", start + 1)
        if "      - name:" in text[start + 1 :]
        else text.index("    returns:", start)
    )
    spec.write_text(text[:start] + text[end:])
    assert load(project, "fly").tool("apps_list").param("app_role") is None  # type: ignore[union-attr]
    assert import_slice(FLY, "fly", ["Apps_list"]).exit_code == 0
    assert load(project, "fly").tool("apps_list").param("app_role") is None  # type: ignore[union-attr]
    (project / "specs" / "fly.import.json").unlink()  # no baseline: missing parts are added
    assert import_slice(FLY, "fly", ["Apps_list"]).exit_code == 0
    assert load(project, "fly").tool("apps_list").param("app_role") is not None  # type: ignore[union-attr]


def test_unknown_operation_is_a_usage_error_and_writes_nothing(project: Path) -> None:
    result = import_slice(FLY, "fly", ["Apps_lst"])
    assert result.exit_code == 2
    assert "no operation 'Apps_lst' in the document (did you mean 'Apps_list'?)" in result.output
    assert not (project / "specs").exists()


def test_tags_select_operations(project: Path) -> None:
    result = run("import", str(RENDER), "--id", "rnd", "--tags", "Workspaces")
    assert result.exit_code == 0, result.output
    names = [t.name for t in load(project, "rnd").tools]
    assert "list_owners" in names and "list_services" not in names


def test_unknown_tag_is_a_usage_error(project: Path) -> None:
    result = run("import", str(RENDER), "--id", "rnd", "--tags", "Workspace")
    assert result.exit_code == 2
    assert "no tag 'Workspace' in the document (did you mean 'Workspaces'?)" in result.output


def test_invalid_id_is_a_usage_error(project: Path) -> None:
    result = import_slice(FLY, "Fly_IO", FLY_SLICE)
    assert result.exit_code == 2
    assert "not kebab-case" in result.output


def test_invalid_existing_spec_is_reported_and_left_alone(project: Path) -> None:
    spec = project / "specs" / "fly.yaml"
    spec.parent.mkdir()
    spec.write_text("provider: [not, a, mapping]\n")
    result = import_slice(FLY, "fly", FLY_SLICE)
    assert result.exit_code == 1
    assert "specs/fly.yaml:1:" in result.output
    assert spec.read_text() == "provider: [not, a, mapping]\n"


def tool_block(text: str, name: str) -> str:
    """The YAML lines of one tool entry."""
    start = text.index(f"  - name: {name}\n")
    end = text.find("\n  - name:", start + 1)
    return text[start : end if end != -1 else len(text)].rstrip("\n")


def test_reimport_keeps_key_order_and_hand_written_examples(project: Path) -> None:
    assert import_slice(RENDER, "rnd", ["retrieve-service"]).exit_code == 0
    spec = project / "specs" / "rnd.yaml"
    text = spec.read_text()
    text = text.replace("    access: read\n", "", 1).replace(
        "  - name: retrieve_service\n", "  - name: retrieve_service\n    access: read\n", 1
    )
    text = text.replace(
        "    returns:\n",
        "    example: |\n"
        '      local svc = app.integrations.rnd.retrieve_service({ service_id = "srv-1" })\n'
        "      print(svc.name)\n"
        "    response_example: {id: srv-1, name: hand-made}\n"
        "    returns:\n",
        1,
    )
    spec.write_text(text)

    result = import_slice(RENDER, "rnd", ["retrieve-service", "list-services"])
    assert result.exit_code == 0, result.output
    merged = spec.read_text()
    head = text[: text.index("types:")]
    assert merged.startswith(head), "provider, api and credentials keep their order"
    assert tool_block(merged, "retrieve_service") == tool_block(text, "retrieve_service")
    assert "  - name: list_services\n" in merged
    retrieve = load(project, "rnd").tool("retrieve_service")
    assert retrieve is not None and retrieve.example is not None
    assert retrieve.example.code.startswith("local svc = app.integrations.rnd.retrieve_service(")
    assert retrieve.response_example == {"id": "srv-1", "name": "hand-made"}
