"""Swagger 2.0 documents: the converted parts, read through the importer."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.spec import load_provider

SWAGGER = """\
swagger: "2.0"
info: {title: Sites, version: "1"}
host: api.sites.example
basePath: /v1
schemes: [https]
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  token: {type: apiKey, in: header, name: X-Token}
parameters:
  site_id: {name: site_id, in: path, type: string, required: true}
definitions:
  site:
    type: object
    properties:
      id: {type: string}
      tags: {type: array, items: {type: string}}
paths:
  /sites:
    get:
      operationId: listSites
      parameters:
        - {name: states, in: query, type: array, items: {type: string}, collectionFormat: csv}
        - {name: page, in: query, type: integer}
        - {name: per_page, in: query, type: integer}
      responses:
        "200": {description: ok, schema: {type: array, items: {$ref: "#/definitions/site"}}}
    post:
      operationId: createSite
      parameters:
        - {name: site, in: body, required: true, schema: {$ref: "#/definitions/site"}}
      responses:
        "201": {description: created, schema: {$ref: "#/definitions/site"}}
  /sites/{site_id}/assets:
    parameters:
      - $ref: "#/parameters/site_id"
    post:
      operationId: uploadAsset
      consumes: [multipart/form-data]
      parameters:
        - {name: file, in: formData, type: file, required: true}
        - {name: title, in: formData, type: string}
      responses:
        "200": {description: ok}
  /sites/{site_id}/zip:
    put:
      operationId: putZip
      consumes: [application/zip]
      parameters:
        - {$ref: "#/parameters/site_id"}
        - {name: zip, in: body, required: true, schema: {type: string, format: binary}}
      responses:
        "204": {description: none}
"""


def test_swagger2_document_imports_every_part(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "swagger.yml").write_text(SWAGGER, encoding="utf-8")
    result = CliRunner().invoke(app, ["import", "swagger.yml", "--id", "sites"])
    assert result.exit_code == 0, result.output
    provider, diagnostics = load_provider(tmp_path / "specs" / "sites.yaml", tmp_path)
    assert provider is not None, [str(d) for d in diagnostics]
    assert provider.api.base_url == "https://api.sites.example/v1"
    assert (provider.api.auth.kind, provider.api.auth.header) == ("header", "X-Token")
    listing = provider.tool("list_sites")
    assert listing is not None and str(listing.returns.type) == "Site[]"
    states = listing.param("states")
    assert states is not None and str(states.type) == "string[]" and not states.explode
    assert listing.pagination.style == "page"
    create = provider.tool("create_site")
    assert create is not None and {p.name for p in create.params} == {"id", "tags"}
    upload = provider.tool("upload_asset")
    assert upload is not None and upload.http is not None and upload.http.body == "multipart"
    file = upload.param("file")
    assert file is not None and str(file.type) == "file" and file.required
    assert upload.param("site_id") is not None
    put = provider.tool("put_zip")
    assert put is not None and put.http is not None
    assert (put.http.body, put.http.binary_type) == ("binary", "application/zip")
    assert [str(p.type) for p in put.params if p.location == "body"] == ["file"]
