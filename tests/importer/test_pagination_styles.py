"""Pagination styles real APIs use: detected on import, expressed in the spec, walked by the
generated client against the mock (5 items in pages of 2)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve

from generator.spec import load_provider

pytestmark = pytest.mark.timeout(300)
TOOLGEN = str(Path(sys.executable).parent / "toolgen")
HERE = Path(__file__).resolve().parent
ITEM = {"type": "object", "properties": {"id": {"type": "string"}}, "required": ["id"]}


def _query(*names: str) -> list[dict[str, Any]]:
    return [{"name": n, "in": "query", "schema": {"type": "integer"}} for n in names]


def _list(key: str, extra: dict[str, Any]) -> dict[str, Any]:
    schema = {"type": "object", "properties": {key: {"type": "array", "items": ITEM}, **extra}}
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


DOCUMENT: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Pages", "version": "1"},
    "servers": [
        {"url": "https://{region}.pages.example/v1", "variables": {"region": {"default": "eu"}}}
    ],
    "paths": {
        "/by-page": {
            "get": {
                "operationId": "listByPage",
                "parameters": _query("page", "per_page"),
                "responses": _list("things", {"total": {"type": "integer"}}),
            }
        },
        "/by-offset": {
            "get": {
                "operationId": "listByOffset",
                "parameters": _query("offset", "limit"),
                "responses": _list("rows", {}),
            }
        },
        "/by-token": {
            "get": {
                "operationId": "listByToken",
                "parameters": [
                    {"name": "page_token", "in": "query", "schema": {"type": "string"}},
                    *_query("limit"),
                ],
                "responses": _list(
                    "items",
                    {
                        "meta": {
                            "type": "object",
                            "properties": {"next_page_token": {"type": "string"}},
                        }
                    },
                ),
            }
        },
        "/by-url": {
            "get": {
                "operationId": "listByUrl",
                "parameters": _query("page", "per_page"),
                "responses": _list(
                    "droplets",
                    {
                        "links": {
                            "type": "object",
                            "properties": {
                                "pages": {
                                    "type": "object",
                                    "properties": {"next": {"type": "string"}},
                                }
                            },
                        }
                    },
                ),
            }
        },
    },
}
EXPECTED = {
    "list_by_page": {"style": "page", "page_param": "page", "per_page_param": "per_page"},
    "list_by_offset": {"style": "offset", "offset_param": "offset", "limit_param": "limit"},
    "list_by_token": {
        "style": "cursor",
        "cursor_param": "page_token",
        "next_cursor": "meta.next_page_token",
    },
    "list_by_url": {"style": "next_url", "next_url": "links.pages.next"},
}


def _run(args: list[str], root: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(root), "TOOLGEN_CREDENTIALS": str(root / "none.toml")}
    return subprocess.run(
        args, cwd=root, env=env, capture_output=True, text=True, timeout=300, check=False
    )


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("pages")
    (root / "pages.json").write_text(json.dumps(DOCUMENT), encoding="utf-8")
    result = _run([TOOLGEN, "import", "pages.json", "--id", "pages"], root)
    assert result.returncode == 0, result.stderr
    return root


def test_styles_are_detected_and_written_to_the_spec(project: Path) -> None:
    provider, diagnostics = load_provider(project / "specs" / "pages.yaml", project)
    assert provider is not None, [str(d) for d in diagnostics]
    for name, expected in EXPECTED.items():
        tool = provider.tool(name)
        assert tool is not None and tool.returns.unwrap
        for key, value in expected.items():
            assert getattr(tool.pagination, key) == value, (name, key)


def test_server_variable_becomes_a_credential_with_its_default(project: Path) -> None:
    provider, _ = load_provider(project / "specs" / "pages.yaml", project)
    assert provider is not None
    assert provider.api.base_url == "https://{region}.pages.example/v1"
    region = provider.credential("region")
    assert region is not None and region.default == "eu" and not region.secret


@pytest.fixture(scope="module")
def generated(project: Path) -> Path:
    result = _run([TOOLGEN, "generate", "--root", str(project), "-p", "pages"], project)
    assert result.returncode == 0, result.stderr
    return project


def test_client_base_url_is_built_from_the_server_variable(generated: Path) -> None:
    code = (
        "from generated.clients.pages import Pages\n"
        "print(Pages(api_token='t').base_url)\n"
        "print(Pages(api_token='t', region='us-west').base_url)\n"
    )
    result = _run([sys.executable, "-c", code], generated)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "https://eu.pages.example/v1",
        "https://us-west.pages.example/v1",
    ]


def test_generated_client_walks_every_page_against_the_mock(generated: Path) -> None:
    project = generated
    walked = _run(
        [sys.executable, str(HERE / "call_every_tool.py"), str(project), "pages", "--walk"], project
    )
    assert walked.returncode == 0, walked.stderr[-3000:]
    outcome = json.loads(walked.stdout.splitlines()[-1])
    assert outcome["failed"] == {}
    # 5 items in pages of 2. The body styles stop when no next cursor or URL comes (three
    # requests); page and offset, without a page size sent, stop at the empty fourth page.
    assert outcome["walked"] == {
        "list_by_page": [5, 4],
        "list_by_offset": [5, 4],
        "list_by_token": [5, 3],
        "list_by_url": [5, 3],
    }


def test_openapi_export_reimports_with_the_same_pagination(project: Path) -> None:
    from generator.render.openapi import openapi_document

    provider, _ = load_provider(project / "specs" / "pages.yaml", project)
    assert provider is not None
    (project / "export.json").write_text(json.dumps(openapi_document(provider)), encoding="utf-8")
    result = _run([TOOLGEN, "import", "export.json", "--id", "pages-again"], project)
    assert result.returncode == 0, result.stderr
    again, _ = load_provider(project / "specs" / "pages-again.yaml", project)
    assert again is not None
    for name in EXPECTED:
        before, after = provider.tool(name), again.tool(name)
        assert before is not None and after is not None
        assert after.pagination == evolve(before.pagination, loc=after.pagination.loc), name
        assert after.returns.unwrap == before.returns.unwrap
