"""A hand-made provider and client for runtime tests (no generated code involved)."""

from __future__ import annotations

from typing import Any

from generator.runtime import errors
from generator.runtime.client import AsyncClient, SyncClient
from generator.runtime.meta import CredentialSpec, PagingSpec, ParamSpec, ProviderSpec, ToolSpec
from generator.runtime.retry import RetryPolicy

TOKEN = "s3cr3t-token-value"
# What each provider status must raise: the expectation, written independently of errors.py.
STATUSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (422, errors.UnprocessableError),
    (429, errors.RateLimitedError),
    (500, errors.ServerError),
    (503, errors.ServerError),
]
FAST_RETRY = RetryPolicy(max_attempts=3, backoff=0.01, max_backoff=0.02)

PROVIDER = ProviderSpec(
    id="demo",
    namespace="demo",
    name="Demo",
    class_name="Demo",
    async_class_name="AsyncDemo",
    base_url="https://api.demo.invalid/v1",
    base_url_env="DEMO_BASE_URL",
    auth_kind="bearer",
    auth_credential="api_token",
    headers=(("Accept", "application/json"),),
    credentials=(
        CredentialSpec(name="api_token", env="DEMO_TOKEN", secret=True),
        CredentialSpec(name="org", env="DEMO_ORG", required=False, default="personal"),
    ),
)


def _tool(name: str, method: str, path: str, **options: Any) -> ToolSpec:
    return ToolSpec(
        name=name,
        full_name=f"demo.{name}",
        mcp_name=f"demo__{name}",
        lua_path=f"app.integrations.demo.{name}",
        access="read" if method == "GET" else "write",
        idempotent=options.pop("idempotent", method != "POST"),
        method=method,
        path=path,
        **options,
    )


APP = ParamSpec(name="app_name", type="string", required=True, location="path")
TOOLS = {
    tool.name: tool
    for tool in [
        _tool("get_app", "GET", "/apps/{app_name}", params=(APP,)),
        _tool(
            "create_app",
            "POST",
            "/apps",
            params=(
                ParamSpec(
                    name="app_name", type="string", required=True, location="body", wire="name"
                ),
                ParamSpec(name="image", type="string", location="body", wire="config.image"),
                ParamSpec(name="org", type="string", location="query", credential="org"),
                ParamSpec(name="tags", type="string[]", location="query", wire="tag[]"),
                ParamSpec(name="lease", type="string", location="header", wire="X-Lease"),
            ),
        ),
        _tool(
            "put_app",
            "POST",
            "/apps/{app_name}/config",
            idempotent=True,
            params=(
                APP,
                ParamSpec(name="config", type="object", location="body", wire="$"),
            ),
        ),
        _tool(
            "list_cursor",
            "GET",
            "/items",
            params=(
                ParamSpec(name="limit", type="integer"),
                ParamSpec(name="cursor", type="string"),
            ),
            paging=PagingSpec(style="cursor", item_key="item"),
        ),
        _tool("list_link", "GET", "/pages", paging=PagingSpec(style="link")),
        _tool("list_range", "GET", "/ranged", paging=PagingSpec(style="range")),
        _tool(
            "list_page",
            "GET",
            "/numbered",
            params=(
                ParamSpec(name="page", type="integer"),
                ParamSpec(name="per_page", type="integer"),
            ),
            paging=PagingSpec(style="page"),
        ),
        _tool(
            "list_offset",
            "GET",
            "/rows",
            params=(
                ParamSpec(name="offset", type="integer"),
                ParamSpec(name="limit", type="integer"),
            ),
            paging=PagingSpec(style="offset"),
        ),
        _tool(
            "list_token",
            "GET",
            "/tokens",
            params=(ParamSpec(name="page_token", type="string"),),
            unwrap="items",
            paging=PagingSpec(style="cursor", cursor_param="page_token", next_cursor="meta.next"),
        ),
        _tool(
            "list_next_url",
            "GET",
            "/linked",
            unwrap="items",
            paging=PagingSpec(style="next_url", next_url="links.pages.next"),
        ),
        _tool("list_envelope", "GET", "/wrapped", unwrap="things"),
    ]
}


class Demo(SyncClient):
    PROVIDER = PROVIDER
    TOOLS = TOOLS


class AsyncDemo(AsyncClient):
    PROVIDER = PROVIDER
    TOOLS = TOOLS


def demo(base_url: str, retry: RetryPolicy = FAST_RETRY, timeout: float = 5.0) -> Demo:
    return Demo._create(
        {"api_token": TOKEN}, base_url=base_url, timeout=timeout, retry=retry, use_file=False
    )


def async_demo(base_url: str, retry: RetryPolicy = FAST_RETRY) -> AsyncDemo:
    return AsyncDemo._create(
        {"api_token": TOKEN}, base_url=base_url, timeout=5.0, retry=retry, use_file=False
    )
