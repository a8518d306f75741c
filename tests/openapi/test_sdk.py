"""`toolgen sdk`: each bundled provider's SDK installs with pip, passes mypy --strict and calls the mock."""

from __future__ import annotations

import importlib
import pkgutil
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.hosts.mock import MockServer
from generator.spec.model import Catalog, Provider, Tool

pytestmark = [pytest.mark.slow, pytest.mark.timeout(600)]  # builds and installs every SDK
ROOT = Path(__file__).resolve().parents[2]
TOKEN = "sdk-token"


@pytest.fixture(scope="module")
def site(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Every SDK, built by `toolgen sdk` and pip-installed into one target directory on sys.path."""
    built = tmp_path_factory.mktemp("sdk")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        for provider in catalog.providers:
            result = CliRunner().invoke(
                app, ["sdk", provider.id, "--out", str(built / provider.id)]
            )
            assert result.exit_code == 0, result.output
    target = built / "site"
    pip = [
        sys.executable,
        "-m",
        "pip",
        "install",
        "-q",
        "--no-deps",
        "--no-build-isolation",
        "--no-index",
    ]
    subprocess.run(
        [*pip, "--target", str(target), *(str(built / p.id) for p in catalog.providers)], check=True
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.syspath_prepend(str(target))
        yield target


def package(provider: Provider) -> str:
    return f"{provider.namespace}_client"


def test_installed_sdks_pass_mypy_strict(site: Path, catalog: Catalog) -> None:
    packages = [str(site / package(p)) for p in catalog.providers]
    cache = site.parent / "mypy-cache"
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), *packages],
        capture_output=True,
        text=True,
        cwd=site,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def read_tool(provider: Provider) -> Tool:
    """A GET tool that returns data and needs nothing but path params."""
    return next(
        t
        for t in provider.tools
        if t.http
        and t.http.method == "GET"
        and t.returns.type
        and not t.http.accept
        and all(p.location == "path" or not p.required for p in t.params)
    )


def operation_module(provider: Provider, tool: Tool) -> ModuleType:
    api = importlib.import_module(f"{package(provider)}.api")
    names = [m.name for m in pkgutil.walk_packages(api.__path__, f"{api.__name__}.")]
    return importlib.import_module(next(n for n in names if n.endswith(f".{tool.name}")))


def client(provider: Provider, base_url: str) -> Any:
    sdk = importlib.import_module(package(provider))
    auth = provider.api.auth
    headers = dict(provider.api.headers)
    if auth.kind == "bearer":
        return sdk.AuthenticatedClient(base_url=base_url, token=TOKEN, headers=headers)
    if auth.kind == "header":
        return sdk.AuthenticatedClient(
            base_url=base_url,
            token=TOKEN,
            prefix=auth.prefix,
            auth_header_name=auth.header,
            headers=headers,
        )
    return sdk.Client(base_url=base_url, headers=headers)


def path_args(tool: Tool) -> list[Any]:
    assert tool.http is not None
    by_wire = {p.wire_name: p for p in tool.params} | {p.name: p for p in tool.params}
    placeholders = re.findall(r"\{([^}]+)\}", tool.http.path)
    return [1 if by_wire[name].type.name == "integer" else "sample" for name in placeholders]


@pytest.mark.parametrize("provider_id", ["buildkite", "fly-io", "heroku", "render"])
def test_sdk_calls_a_read_operation_on_the_mock(
    site: Path, catalog: Catalog, mock_server: MockServer, provider_id: str
) -> None:
    provider = catalog.provider(provider_id)
    if provider is None:
        pytest.skip(f"{provider_id} is not bundled")
    tool = read_tool(provider)
    response = operation_module(provider, tool).sync_detailed(
        *path_args(tool), client=client(provider, mock_server.url_for(provider.id))
    )
    assert response.status_code in (200, 206), (
        response.content
    )  # 206: a first page of a Range-paged list
    assert response.parsed is not None
    assert type(response.parsed).__module__.startswith(package(provider)) or isinstance(
        response.parsed, list
    )
