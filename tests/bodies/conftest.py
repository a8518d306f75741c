"""The `bodies` fixture provider (one tool per request body kind) rendered into a temporary
tree, its client imported as `generated.clients.bodies`, and a mock server for it.

Registry, Lua host, MCP server and `toolgen call` find the provider as if
`toolgen generate` had written it: the package is registered in `sys.modules`
and in `generated.clients.PACKAGES` for the test, and a credentials file
points the `default` account at the mock.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from generator.hosts.mock import MockServer
from generator.render import render_provider
from generator.spec import load_provider
from generator.spec.model import Provider

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests/fixtures/bodies/specs/bodies.yaml"
PACKAGE = "generated.clients.bodies"
TOKEN = "bodies-token"


@pytest.fixture(scope="session")
def bodies_provider() -> Provider:
    provider, diagnostics = load_provider(SPEC, ROOT)
    assert provider is not None, diagnostics
    return provider


@pytest.fixture(scope="session")
def bodies_root(bodies_provider: Provider, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project-like root holding every generated surface of the `bodies` spec."""
    root = tmp_path_factory.mktemp("bodies")
    for name, text in render_provider(bodies_provider).items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def bodies_server(bodies_provider: Provider) -> Iterator[MockServer]:
    with MockServer(bodies_provider) as server:
        yield server


@pytest.fixture
def server(bodies_server: MockServer) -> Iterator[MockServer]:
    bodies_server.reset()
    yield bodies_server
    bodies_server.reset()


@pytest.fixture
def package(
    bodies_root: Path, bodies_server: MockServer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> Iterator[ModuleType]:
    """`generated.clients.bodies`, published to the registry, its account on the mock."""
    directory = bodies_root / "generated/clients/bodies"
    spec = importlib.util.spec_from_file_location(
        PACKAGE, directory / "__init__.py", submodule_search_locations=[str(directory)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, PACKAGE, module)
    spec.loader.exec_module(module)
    monkeypatch.setitem(importlib.import_module("generated.clients").PACKAGES, "bodies", "bodies")
    credentials = tmp_path / "credentials.toml"
    credentials.write_text(
        f'[bodies.default]\napi_token = "{TOKEN}"\nbase_url = "{bodies_server.url}"\n',
        encoding="utf-8",
    )
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(credentials))
    monkeypatch.delenv("BODIES_API_TOKEN", raising=False)
    yield module
    for name in [n for n in sys.modules if n.startswith(PACKAGE + ".")]:
        del sys.modules[name]
