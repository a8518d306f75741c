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
    """The SDK's client as its README shows it: the spec's auth prefix and static headers
    (Heroku's `Accept`, Fly.io's `FlyV1`) are its defaults, nothing is passed by hand."""
    sdk = importlib.import_module(package(provider))
    if provider.api.auth.kind == "none":
        return sdk.Client(base_url=base_url)
    return sdk.AuthenticatedClient(base_url=base_url, token=TOKEN)


def path_args(tool: Tool) -> list[Any]:
    assert tool.http is not None
    by_wire = {p.wire_name: p for p in tool.params} | {p.name: p for p in tool.params}
    placeholders = re.findall(r"\{([^}]+)\}", tool.http.path)
    return [1 if by_wire[name].type.name == "integer" else "sample" for name in placeholders]


def read_tools() -> list[tuple[str, str]]:
    """(provider id, tool) of every read tool of every bundled provider."""
    from generator.spec import load_or_raise, spec_paths

    catalog = load_or_raise(spec_paths(ROOT), ROOT)
    return [
        (provider.id, tool.name)
        for provider in catalog.providers
        for tool in provider.tools
        if tool.access == "read" and tool.http is not None
    ]


def query_args(tool: Tool) -> dict[str, Any]:
    """Required non-path params (Fly.io's `org_slug`), by their SDK names."""
    from generator.naming import snake

    return {
        snake(p.wire_name): 1 if p.type.name == "integer" else "personal"
        for p in tool.params
        if p.required and p.location == "query"
    }


@pytest.mark.parametrize(("provider_id", "tool_name"), read_tools())
def test_sdk_calls_every_read_tool_on_the_mock(
    site: Path, catalog: Catalog, mock_server: MockServer, provider_id: str, tool_name: str
) -> None:
    provider = catalog.provider(provider_id)
    assert provider is not None
    tool = provider.tool(tool_name)
    assert tool is not None
    mock_server.reset()
    response = operation_module(provider, tool).sync_detailed(
        *path_args(tool),
        client=client(provider, mock_server.url_for(provider.id)),
        **query_args(tool),
    )
    assert response.status_code in (200, 206), response.content  # 206: a Range-paged first page
    if tool.returns.type is not None and tool.returns.type.name != "string":
        assert response.parsed is not None
    sent = mock_server.requests()[-1]["headers"]
    for name, value in provider.api.headers:
        assert value in sent[name.lower()], f"static header {name} from the spec"


def test_readme_is_written_from_the_spec(site: Path, catalog: Catalog) -> None:
    built = site.parent
    for provider in catalog.providers:
        text = (built / provider.id / "README.md").read_text(encoding="utf-8")
        assert text.startswith(f"# {provider.id}-client") and provider.api.base_url in text
        assert "SuperSecretToken" not in text and "my_tag" not in text
        api = built / provider.id / package(provider) / "api"
        modules = {m.stem for m in api.rglob("*.py") if m.stem != "__init__"}
        assert modules and all(f"`{module}`" in text for module in modules)
