"""Every auth kind's header, missing values, and credential-filled arguments, pinned exactly.

Each case kills a mutant `mutmut` left alive in generator/runtime (docs/testing.md).
"""

from __future__ import annotations

import base64

import attrs
import httpx
import pytest

from generator.runtime.auth import Secret, build_auth
from generator.runtime.errors import ArgumentError
from tests.runtime.demo import PROVIDER, TOKEN, demo


def sent_headers(auth: httpx.Auth | None) -> httpx.Headers:
    request = httpx.Request("GET", "https://api.demo.invalid/v1/x")
    return next(auth.auth_flow(request)).headers if auth else request.headers


def test_none_sends_no_credential() -> None:
    provider = attrs.evolve(PROVIDER, auth_kind="none")
    assert build_auth(provider, {"api_token": Secret("t")}) is None


def test_basic_sends_user_and_password() -> None:
    provider = attrs.evolve(PROVIDER, auth_kind="basic", auth_password_credential="org")
    auth = build_auth(provider, {"api_token": Secret("user"), "org": Secret("pa:ss")})
    expected = base64.b64encode(b"user:pa:ss").decode()
    assert sent_headers(auth)["Authorization"] == f"Basic {expected}"
    alone = build_auth(provider, {"api_token": "user"})
    assert sent_headers(alone)["Authorization"] == f"Basic {base64.b64encode(b'user:').decode()}"


def test_a_missing_token_sends_the_bare_prefix() -> None:
    assert sent_headers(build_auth(PROVIDER, {}))["Authorization"] == "Bearer "


def test_header_kind_uses_its_header_name() -> None:
    provider = attrs.evolve(PROVIDER, auth_kind="header", auth_header="X-Key", auth_prefix="")
    headers = sent_headers(build_auth(provider, {"api_token": "k"}))
    assert headers["X-Key"] == "k" and "Authorization" not in headers


def test_an_unknown_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown auth kind 'magic'"):
        build_auth(attrs.evolve(PROVIDER, auth_kind="magic"), {})


def test_arguments_fill_credentials_and_leave_other_params_to_the_caller() -> None:
    with demo("http://127.0.0.1:9/v1") as client:
        core = client._core
        get_app = client.TOOLS["get_app"]
        assert core.arguments(get_app, {}) == {}  # a missing plain param is not our business
        with_org = next(t for t in client.TOOLS.values() if any(p.credential for p in t.params))
        assert core.arguments(with_org, {})["org"] == "personal"
        assert core.arguments(with_org, {"org": "mine"})["org"] == "mine"


def test_a_required_credential_param_without_a_value_names_tool_and_param() -> None:
    with demo("http://127.0.0.1:9/v1") as client:
        core = client._core
        core.account = attrs.evolve(core.account, values={"api_token": Secret(TOKEN)})
        tool = next(t for t in client.TOOLS.values() if any(p.credential for p in t.params))
        spec = next(p for p in tool.params if p.credential)
        required = attrs.evolve(tool, params=(attrs.evolve(spec, required=True),))
        with pytest.raises(ArgumentError) as caught:
            core.arguments(required, {})
    assert str(caught.value) == (
        f"{tool.name}: pass org=... or configure the 'org' credential of demo"
    )
    assert (caught.value.tool, caught.value.param) == (tool.name, "org")
