"""Re-import of a changed upstream document into a hand-edited spec: every edit survives and
the report names every upstream change.

The whole Fly.io document is imported, the spec is edited by hand (a tool renamed, a
description rewritten, a Lua example added, an operation dropped, an access level
raised, a param description tuned, a comment), then a changed copy of the document
(an operation added, one removed, summaries and params changed) is imported again.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.spec import load_provider
from generator.spec.model import Provider

pytestmark = pytest.mark.timeout(300)
FLY = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "upstream"
    / "fly"
    / "machines-openapi3.json"
)


def _import(document: Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["import", str(document), "--id", "fly"])
    return result.exit_code, result.output


def _load(root: Path) -> Provider:
    provider, diagnostics = load_provider(root / "specs" / "fly.yaml", root)
    assert provider is not None, [str(d) for d in diagnostics]
    return provider


def _changed(original: dict[str, Any]) -> dict[str, Any]:
    doc = copy.deepcopy(original)
    paths = doc["paths"]
    paths["/apps/{app_name}/labels"] = {  # added upstream
        "get": {
            "operationId": "App_labels_list",
            "summary": "List app labels",
            "parameters": [
                {"name": "app_name", "in": "path", "required": True, "schema": {"type": "string"}}
            ],
            "responses": {"200": {"description": "ok"}},
        }
    }
    del paths["/apps/{app_name}/deploy_token"]["post"]  # removed upstream (not edited here)
    paths["/apps/{app_name}"]["get"]["summary"] = "Get one App"  # changed, not edited here
    apps_list = paths["/apps"]["get"]  # renamed here; gains a param upstream
    apps_list["parameters"].append({"name": "region", "in": "query", "schema": {"type": "string"}})
    paths["/apps"]["post"]["description"] = "Create an app (upstream's new words)."  # both
    return doc


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    if not FLY.exists():
        pytest.fail(f"upstream document missing: {FLY}")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _edit(spec: Path) -> None:
    text = spec.read_text(encoding="utf-8")
    text = "# Fly.io Machines, imported and edited by hand.\n" + text
    edits = [
        ("  - name: apps_list\n", "  - name: list_apps\n"),  # renamed
    ]
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    spec.write_text(text, encoding="utf-8")
    from ruamel.yaml import YAML

    yaml = YAML()  # the layout `toolgen import` writes, as a text editor would keep it
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    data = yaml.load(spec.read_text(encoding="utf-8"))
    tools = data["tools"]
    show = next(t for t in tools if t["name"] == "apps_show")
    show["example"] = (
        'local a = app.integrations.fly.apps_show({ app_name = "my-app" })\nprint(a.name)\n'
    )
    delete = next(t for t in tools if t["name"] == "apps_delete")
    tools.remove(delete)  # dropped
    create = next(t for t in tools if t["name"] == "apps_create")
    create["access"] = "destructive"  # access level raised
    create["description"] = "Creates an app in an organization (hand-written)."
    listing = next(t for t in tools if t["name"] == "list_apps")
    org = next(p for p in listing["params"] if p["name"] == "org_slug")
    org["description"] = "Organization slug (hand-tuned)."
    with spec.open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)


def test_every_hand_edit_survives_and_every_upstream_change_is_reported(project: Path) -> None:
    code, output = _import(FLY)
    assert code in (0, 3), output
    spec = project / "specs" / "fly.yaml"
    before = len(_load(project).tools)
    _edit(spec)
    assert len(_load(project).tools) == before - 1

    changed = project / "fly-changed.json"
    changed.write_text(json.dumps(_changed(json.loads(FLY.read_text(encoding="utf-8")))))
    code, output = _import(changed)
    assert code in (0, 3), output

    fly = _load(project)
    names = [t.name for t in fly.tools]
    # hand edits
    assert spec.read_text(encoding="utf-8").startswith(
        "# Fly.io Machines, imported and edited by hand.\n"
    )
    assert "list_apps" in names and "apps_list" not in names  # renamed, not duplicated
    create = fly.tool("apps_create")
    assert create is not None and create.access == "destructive"
    assert create.description == "Creates an app in an organization (hand-written)."
    show = fly.tool("apps_show")
    assert show is not None and show.example is not None and "print(a.name)" in show.example.code
    assert "apps_delete" not in names  # dropped here: stays dropped
    listing = fly.tool("list_apps")
    assert listing is not None
    org = listing.param("org_slug")
    assert org is not None and org.description == "Organization slug (hand-tuned)."
    # upstream changes
    assert listing.param("region") is not None  # new param reaches the renamed tool
    assert show.summary == "Get one App"
    assert "app_labels_list" in names
    assert "app_create_deploy_token" not in names
    report = output.splitlines()
    expected = [
        "+ GET /apps/{app_name}/labels: added upstream as tool 'app_labels_list'",
        "- POST /apps/{app_name}/deploy_token: removed upstream; tool 'app_create_deploy_token' removed",
        "~ GET /apps/{app_name} (apps_show): changed upstream: summary",
        "~ GET /apps (list_apps): changed upstream: param region added",
        "! POST /apps (apps_create): changed upstream and here, kept yours: description",
    ]
    for line in expected:
        assert line in report, (line, [r for r in report if r[:1] in "+-~!"])


def test_a_second_identical_reimport_changes_nothing(project: Path) -> None:
    assert _import(FLY)[0] in (0, 3)
    spec = project / "specs" / "fly.yaml"
    _edit(spec)
    edited = spec.read_text(encoding="utf-8")
    code, output = _import(FLY)
    assert code in (0, 3), output
    assert not [line for line in output.splitlines() if line[:2] in ("+ ", "- ", "~ ", "! ")]
    assert spec.read_text(encoding="utf-8") == edited
