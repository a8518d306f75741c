"""Hostile spec strings through the generated client: the package imports, docstrings and
literals keep the exact text, and the values reach a real server unchanged."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.hosts.mock import MockServer
from generator.spec.model import Provider

PACKAGE = "hostile_client_under_test"


@pytest.fixture(scope="module")
def package(rendered_clients: Path) -> Iterator[ModuleType]:
    """The rendered `clients/hostile` package, imported under a name of its own."""
    directory = rendered_clients / "clients" / "hostile"
    spec = importlib.util.spec_from_file_location(
        PACKAGE, directory / "__init__.py", submodule_search_locations=[str(directory)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
    yield module
    for name in [n for n in sys.modules if n == PACKAGE or n.startswith(PACKAGE + ".")]:
        del sys.modules[name]


def test_literals_keep_the_exact_strings(package: ModuleType, hostile_provider: Provider) -> None:
    tools = importlib.import_module(f"{PACKAGE}.tools")
    assert tools.PROVIDER.name == hostile_provider.name
    assert tools.PROVIDER.credentials[0].description == hostile_provider.credentials[0].description
    for tool in hostile_provider.tools:
        spec = tools.TOOLS[tool.name]
        assert spec.summary == tool.summary
        assert [(p.name, p.enum) for p in spec.params] == [(p.name, p.enum) for p in tool.params]
        # Metadata descriptions are one-line hints: whitespace folded, text kept.
        assert [p.description for p in spec.params] == [
            " ".join(p.description.split()) for p in tool.params
        ]


def test_docstrings_keep_the_exact_text(package: ModuleType, hostile_provider: Provider) -> None:
    tool = hostile_provider.tool("get_thing")
    assert tool is not None
    for client in (package.Hostile, package.AsyncHostile):
        doc = inspect.getdoc(client.get_thing)
        assert doc is not None
        summary, _, rest = doc.partition("\n\n")
        assert summary == tool.summary  # ends with a backslash, holds `"""`
        assert rest.startswith(tool.description.strip() + "\n\nArgs:\n")
        assert "    mode: Mode ``` with a fence One of: `a|b`," in rest
        assert "`new line`, `` `tick` ``." in rest  # one line per argument
        class_doc = inspect.getdoc(client)
        assert class_doc is not None and hostile_provider.description.strip() in class_doc
    thing = importlib.import_module(f"{PACKAGE}.models").Thing
    assert "id: id | with pipe\\\n" in (inspect.getdoc(thing) or "")


def test_hostile_values_reach_the_server_unchanged(
    package: ModuleType, hostile_provider: Provider
) -> None:
    enum = hostile_provider.tool("get_thing").param("mode").enum  # type: ignore[union-attr]
    with MockServer(hostile_provider) as server, package.Hostile(base_url=server.url) as client:
        for mode in enum:
            thing = client.get_thing(thing_id='../]] """\\', mode=mode)
            assert thing.to_dict()["id"]
        sent = server.requests()
    assert [r["query"]["mode"] for r in sent] == [[mode] for mode in enum]
    # The `/` of the id stayed inside the one path segment `/things/{thing_id}` expects.
    assert {r["tool"] for r in sent} == {"get_thing"}
