"""The shared fixtures other suites use to point clients at the mock."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import httpx
from mock_helpers import auth_headers

from generator.hosts.mock import MockServer
from generator.spec.model import Catalog


def test_credentials_file_points_every_provider_at_the_mock(
    credentials_file: Path, catalog: Catalog, mock_server: MockServer
) -> None:
    assert os.environ["TOOLGEN_CREDENTIALS"] == str(credentials_file)
    accounts = tomllib.loads(credentials_file.read_text(encoding="utf-8"))
    for provider in catalog.providers:
        default, production = accounts[provider.id]["default"], accounts[provider.id]["production"]
        assert default["base_url"] == production["base_url"] == mock_server.url_for(provider.id)
        assert default[provider.api.auth.credential] == "test-token"
        assert production[provider.api.auth.credential] == "prod-token"


def test_reset_fixture_clears_the_log(reset: MockServer, catalog: Catalog) -> None:
    provider = catalog.providers[0]
    httpx.get(reset.url_for(provider.id) + "/nowhere", headers=auth_headers(provider))
    assert [entry["path"] for entry in reset.requests()][-1].endswith("/nowhere")
    reset.reset()
    assert reset.requests() == []
