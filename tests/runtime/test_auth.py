from __future__ import annotations

import attrs
import httpx
import pytest

from generator.runtime.auth import Secret, build_auth

from .demo import PROVIDER


def _header(kind: str, token: str, prefix: str = "") -> str:
    provider = attrs.evolve(PROVIDER, auth_kind=kind, auth_prefix=prefix)
    auth = build_auth(provider, {"api_token": Secret(token)})
    assert auth is not None
    request = next(auth.auth_flow(httpx.Request("GET", "https://api.demo.invalid/v1/x")))
    return request.headers["Authorization"]


@pytest.mark.parametrize(
    ("kind", "prefix", "token", "sent"),
    [
        ("bearer", "", "abc", "Bearer abc"),
        ("bearer", "", "Bearer abc", "Bearer abc"),
        ("header", "FlyV1", "fm2_x", "FlyV1 fm2_x"),
        ("header", "FlyV1", "FlyV1 fm2_x", "FlyV1 fm2_x"),
        ("header", "", "raw", "raw"),
    ],
)
def test_prefix_is_sent_once(kind: str, prefix: str, token: str, sent: str) -> None:
    assert _header(kind, token, prefix) == sent
