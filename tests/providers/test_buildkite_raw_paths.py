"""Buildkite's raw helpers refuse paths that could leave the API before anything is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from generator.hosts.mock import MockServer
from generator.hosts.registry import ArgumentError, Registry

HELPERS = ["api_get", "api_post", "api_put", "api_patch", "api_delete"]
REFUSED = [
    "https://api.buildkite.com/v2/user",  # absolute URL
    "http:/v2/user",  # a scheme without a host
    "file:///etc/passwd",
    "//evil.example/v2/user",  # another host
    "/organizations/../user",
    "..",
    "/organizations/%2e%2e/user",
    "/organizations/%2E%2e/user",
    "/organizations/%252e%252e/user",  # double-encoded
    "/organizations\\acme",
    "\\\\evil.example\\share",
]


@pytest.fixture(scope="module")
def registry() -> Iterator[Registry]:
    loaded = Registry.load(["buildkite"])
    yield loaded
    loaded.close()


def logged_requests(mock: MockServer) -> list[object]:
    """The mock's request log, read over HTTP like any client of the mock would."""
    answer = httpx.get(f"{mock.origin}/__mock__/requests")
    answer.raise_for_status()
    log = answer.json()
    assert isinstance(log, list)
    return log


@pytest.mark.parametrize("helper", HELPERS)
@pytest.mark.parametrize("path", REFUSED)
def test_refused_before_any_request(
    registry: Registry, reset: MockServer, credentials_file: Path, helper: str, path: str
) -> None:
    with pytest.raises(ArgumentError) as caught:
        registry.call(f"buildkite.{helper}", {"path": path}, force=True)
    assert caught.value.param == "path" and "refused" in str(caught.value)
    assert logged_requests(reset) == []


def test_a_relative_path_is_sent_below_the_api_root(
    registry: Registry, reset: MockServer, credentials_file: Path
) -> None:
    user = registry.call("buildkite.api_get", {"path": "user"})
    assert isinstance(user, dict) and user["id"]
    [request] = logged_requests(reset)
    assert isinstance(request, dict)
    assert (request["method"], request["path"]) == ("GET", "/buildkite/v2/user")
