"""Reading documents as untrusted input, selecting operations, names and exit codes."""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner, Result

from generator.cli import app
from generator.importer.names import ToolNames, shorten
from generator.naming import MCP_NAME_MAX, mcp_name
from generator.spec import load_provider
from generator.upstream import Operation, UpstreamError, load_upstream

OK = {
    "200": {
        "description": "ok",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
    }
}


def _doc(paths: dict[str, Any], version: str = "3.0.3") -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "Things", "version": "1"},
        "servers": [{"url": "https://api.things.example/v1"}],
        "paths": paths,
        "components": {
            "schemas": {"Thing": {"type": "object", "properties": {"id": {"type": "string"}}}}
        },
    }


def _get(operation_id: str, **extra: Any) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "responses": OK, **extra}}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_split_document_with_relative_refs_is_bundled(project: Path) -> None:
    (project / "api" / "schemas").mkdir(parents=True)
    (project / "api" / "schemas" / "thing.yaml").write_text(
        "Thing:\n  type: object\n  properties:\n    id: {type: string}\n"
        "    parent: {$ref: '#/Thing'}\n    owner: {$ref: 'owner.yaml'}\n",
        encoding="utf-8",
    )
    (project / "api" / "schemas" / "owner.yaml").write_text(
        "type: object\nproperties:\n  login: {type: string}\n", encoding="utf-8"
    )
    (project / "api" / "paths.yaml").write_text(
        "things:\n  get:\n    operationId: listThings\n    responses:\n      '200':\n"
        "        description: ok\n        content:\n          application/json:\n"
        "            schema: {type: array, items: {$ref: 'schemas/thing.yaml#/Thing'}}\n",
        encoding="utf-8",
    )
    doc = _doc({"/things": {"$ref": "paths.yaml#/things"}})
    del doc["components"]
    write(project / "api" / "openapi.json", doc)
    result = run("import", "api/openapi.json", "--id", "things")
    assert result.exit_code == 0, result.output
    provider, _ = load_provider(project / "specs" / "things.yaml", project)
    assert provider is not None
    assert str(provider.tools[0].returns.type) == "Thing[]"
    thing = provider.type("Thing")
    assert thing is not None
    assert {f.name: str(f.type) for f in thing.fields} == {
        "id": "string",
        "parent": "Thing",
        "owner": "Owner",
    }


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("https://evil.example/schema.json#/Thing", "remote $ref refused"),
        ("../outside.json#/Thing", "outside the document's folder refused"),
    ],
)
def test_remote_and_outside_refs_are_refused(project: Path, ref: str, message: str) -> None:
    (project / "api").mkdir()
    write(project / "outside.json", {"Thing": {"type": "object"}})
    write(project / "api" / "doc.json", _doc({"/x": {"$ref": ref}}))
    with pytest.raises(UpstreamError, match=re.escape(message)):
        load_upstream(project / "api" / "doc.json")


def test_gzipped_yaml_openapi_31_with_type_lists(project: Path) -> None:
    doc = _doc({"/things/{id}": _get("getThing")}, version="3.1.0")
    doc["paths"]["/things/{id}"]["get"]["parameters"] = [
        {"name": "id", "in": "path", "required": True, "schema": {"type": ["string", "null"]}}
    ]
    import io

    from ruamel.yaml import YAML

    buffer = io.StringIO()
    YAML(typ="safe", pure=True).dump(doc, buffer)
    (project / "doc.yml.gz").write_bytes(gzip.compress(buffer.getvalue().encode()))
    result = run("import", "doc.yml.gz", "--id", "things")
    assert result.exit_code == 0, result.output
    provider, _ = load_provider(project / "specs" / "things.yaml", project)
    assert provider is not None and str(provider.tools[0].params[0].type) == "string"


def test_alias_bomb_and_deep_nesting_are_refused_or_bounded(project: Path) -> None:
    bomb = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]\n" for i in range(1, 9)
    )
    (project / "bomb.yaml").write_text("openapi: 3.0.0\npaths: {}\n" + bomb, encoding="utf-8")
    upstream = load_upstream(project / "bomb.yaml")  # shared references: read, never expanded
    assert upstream.operations == ()
    (project / "deep.json").write_text(
        '{"openapi": "3.0.0", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    )
    with pytest.raises(UpstreamError, match="nested too deeply"):
        load_upstream(project / "deep.json")


def test_bad_operations_are_skipped_with_pointer_and_line(project: Path) -> None:
    doc = _doc(
        {
            "/good": _get("getGood"),
            "/bad": {"get": {"operationId": "getBad", "parameters": ["not an object"]}},
            "/opt": {"options": {"operationId": "optionsThing", "responses": OK}},
        }
    )
    from ruamel.yaml import YAML

    with (project / "doc.yaml").open("w", encoding="utf-8") as handle:
        YAML(typ="safe", pure=True).dump(doc, handle)
    line = next(
        n
        for n, text in enumerate((project / "doc.yaml").read_text().splitlines(), 1)
        if text.startswith("  /bad:")
    )
    result = run("import", "doc.yaml", "--id", "things")
    assert result.exit_code == 3, result.output
    assert (
        f"skipped GET /bad (doc.yaml:{line + 1} #/paths/~1bad/get): a parameter is not an object"
        in result.output
    )
    assert "skipped OPTIONS /opt (doc.yaml:" in result.output
    assert "3 operation(s) seen, 1 tool(s) written, 2 skipped by reason:" in result.output
    assert (project / "specs" / "things.yaml").exists()


def test_strict_turns_a_skip_into_an_error_and_writes_nothing(project: Path) -> None:
    write(
        project / "doc.json",
        _doc({"/good": _get("getGood"), "/opt": {"options": {"responses": OK}}}),
    )
    result = run("import", "doc.json", "--id", "things", "--strict")
    assert result.exit_code == 1, result.output
    assert "FAILED (--strict)" in result.output
    assert not (project / "specs").exists()


def test_include_and_exclude_by_id_tag_and_path_glob(project: Path) -> None:
    write(
        project / "doc.json",
        _doc(
            {
                "/things": _get("listThings", tags=["things"]),
                "/things/{id}": _get("getThing", tags=["things"]),
                "/users": _get("listUsers", tags=["users"]),
                "/admin/keys": _get("listKeys", tags=["admin"]),
            }
        ),
    )
    result = run(
        "import",
        "doc.json",
        "--id",
        "things",
        "--include",
        "things",
        "--include",
        "/admin/*",
        "--exclude",
        "getThing",
    )
    assert result.exit_code == 0, result.output
    provider, _ = load_provider(project / "specs" / "things.yaml", project)
    assert provider is not None
    assert [t.name for t in provider.tools] == ["list_things", "list_keys"]
    bad = run("import", "doc.json", "--id", "other", "--include", "thing")
    assert bad.exit_code == 2 and "'thing' matches no operationId, tag or path" in bad.output


def _op(operation_id: str, path: str = "/x") -> Operation:
    return Operation(method="GET", path=path, operation_id=operation_id)


def test_duplicate_ids_and_long_names_are_resolved_deterministically() -> None:
    names = ToolNames("digitalocean")
    long_id = "monitoring_get_lb_frontend_tls_connections_exceeding_rate_limit"
    got = [
        names.claim(_op("listApps")),
        names.claim(_op("listApps")),
        names.claim(_op("list-apps")),
        names.claim(_op(long_id)),
        names.claim(_op(long_id + "_extra")),
        names.claim(_op("", "/v2/apps/{app_id}")),
        names.claim(_op("class")),
    ]
    assert got[:3] == ["list_apps", "list_apps_2", "list_apps_3"]
    assert got[5:] == ["get_v2_apps_app_id", "class_"]
    for name in got:
        assert len(mcp_name("digitalocean", name)) <= MCP_NAME_MAX
    assert got[3] != got[4] and got[3] == shorten(long_id, "digitalocean")
    assert (
        got[3].startswith("monitoring_get_lb_frontend_tls_connections_")
        and len(mcp_name("digitalocean", got[3])) >= MCP_NAME_MAX - 1  # cut at the limit
    )
    assert [text for _, text in names.notes][:2] == [
        "name 'list_apps' is taken (duplicate operationId?): named 'list_apps_2'",
        "name 'list_apps' is taken (duplicate operationId?): named 'list_apps_3'",
    ]


def test_server_option_supplies_a_base_url_the_document_lacks(project: Path) -> None:
    doc = _doc({"/things": _get("listThings")})
    doc["servers"] = [{"url": "/v1"}]
    write(project / "doc.json", doc)
    refused = run("import", "doc.json", "--id", "things")
    assert refused.exit_code == 2
    assert "server URL ('/v1') is not an absolute http(s) URL" in refused.output
    assert "--server URL" in refused.output
    assert not (project / "specs").exists()
    result = run(
        "import", "doc.json", "--id", "things", "--server", "https://api.things.example/v1"
    )
    assert result.exit_code == 0, result.output
    provider, _ = load_provider(project / "specs" / "things.yaml", project)
    assert provider is not None and provider.api.base_url == "https://api.things.example/v1"
