"""Composite tools: a hook's `Call` and `Request` steps, sync and async, on a scripted server."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from attrs import evolve

from generator.runtime import errors, model
from generator.runtime.hooks import Call, Request, Steps, load_hook
from generator.runtime.meta import ParamSpec
from generator.runtime.model import anything
from generator.runtime.retry import RetryPolicy
from tests.runtime.demo import TOKEN, TOOLS, AsyncDemo, Demo
from tests.runtime.scripted import Reply, scripted_server

RETRY = RetryPolicy(max_attempts=2, backoff=0.01, max_backoff=0.02)
# Deprecation warnings point at the caller's line. mutmut's trampolines add a frame
# between the caller and the client, so under mutmut they point at the client instead.
CALLER = "client.py" if "mutants" in Path(__file__).parts else Path(__file__).name


def combo(*, app_name: str, note: str = "") -> Steps:
    app = yield Call("get_app", {"app_name": app_name})
    posted = yield Request("POST", "/apps", query={"tag": ["a", "b"]}, body={"name": app["name"]})
    gone = yield Request("delete", f"/apps/{app_name}")
    return {"app": app, "posted": posted, "gone": gone, "note": note}


HOOKED = {
    **TOOLS,
    "combo": evolve(
        TOOLS["get_app"],
        name="combo",
        full_name="demo.combo",
        method="",
        path="",
        params=(ParamSpec(name="app_name", type="string", required=True),),
        implementation=f"{__name__}:combo",
    ),
}


class HookDemo(Demo):
    TOOLS = HOOKED

    def get_app(self, app_name: str) -> Any:
        return self._call("get_app", {"app_name": app_name}, anything)


class AsyncHookDemo(AsyncDemo):
    TOOLS = HOOKED

    async def get_app(self, app_name: str) -> Any:
        return await self._call("get_app", {"app_name": app_name}, anything)


REPLIES = (Reply(200, {"name": "web"}), Reply(201, {"id": 1}), Reply(204))
EXPECTED = {"app": {"name": "web"}, "posted": {"id": 1}, "gone": None, "note": ""}


def hook_client(url: str) -> HookDemo:
    return HookDemo._create({"api_token": TOKEN}, base_url=url, timeout=5.0, use_file=False)


def async_hook_client(url: str) -> AsyncHookDemo:
    return AsyncHookDemo._create(
        {"api_token": TOKEN}, base_url=url, timeout=5.0, retry=RETRY, use_file=False
    )


def check_sent(seen: list[Any]) -> None:
    assert [(s.method, s.path) for s in seen] == [
        ("GET", "/apps/web"),
        ("POST", "/apps?tag=a&tag=b"),
        ("DELETE", "/apps/web"),
    ]
    assert json.loads(seen[1].body) == {"name": "web"}
    assert seen[2].body == b""
    assert all(s.headers["Authorization"] == f"Bearer {TOKEN}" for s in seen)


def test_load_hook_finds_the_function() -> None:
    assert load_hook(f"{__name__}:combo") is combo


def test_hook_steps_run_in_order_sync() -> None:
    with scripted_server() as server:
        server.add(*REPLIES)
        with hook_client(server.url) as client:
            assert client._hook("combo", {"app_name": "web"}, anything) == EXPECTED
    check_sent(server.seen)


async def test_hook_steps_run_in_order_async() -> None:
    with scripted_server() as server:
        server.add(*REPLIES)
        async with AsyncHookDemo._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        ) as client:
            assert await client._hook("combo", {"app_name": "web"}, anything) == EXPECTED
    check_sent(server.seen)


def test_raw_post_is_not_retried_but_raw_delete_is() -> None:
    with scripted_server() as server:
        hook = HookDemo._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, retry=RETRY, use_file=False
        )
        server.add(Reply(200, {"name": "web"}), Reply(503, {"message": "busy"}))
        with hook as client, pytest.raises(errors.ServerError):
            client._hook("combo", {"app_name": "web"}, anything)
        assert [s.method for s in server.seen] == ["GET", "POST"]
        server.seen.clear()
        server.add(Reply(200, {"name": "web"}), Reply(201, {}), Reply(503, {}), Reply(204))
        with HookDemo._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, retry=RETRY, use_file=False
        ) as client:
            assert client._hook("combo", {"app_name": "web"}, anything)["gone"] is None
        assert [s.method for s in server.seen] == ["GET", "POST", "DELETE", "DELETE"]


def test_hook_arguments_are_checked_before_any_step() -> None:
    with (
        scripted_server() as server,
        hook_client(server.url) as client,
        pytest.raises(TypeError),
    ):
        client._hook("combo", {"app": "web"}, anything)
    assert server.seen == []


async def test_async_hook_results_are_decoded_under_the_tool_name() -> None:
    with scripted_server() as server:
        server.add(*REPLIES)
        async with async_hook_client(server.url) as client:
            with pytest.raises(
                errors.InvalidResponse, match=r"^combo: expected a string, got dict$"
            ):
                await client._hook("combo", {"app_name": "web"}, model.string)


async def test_async_raw_delete_is_retried() -> None:
    with scripted_server() as server:
        server.add(Reply(200, {"name": "web"}), Reply(201, {}), Reply(503, {}), Reply(204))
        async with async_hook_client(server.url) as client:
            assert (await client._hook("combo", {"app_name": "web"}, anything))["gone"] is None
    assert [s.method for s in server.seen] == ["GET", "POST", "DELETE", "DELETE"]


DEPRECATED = {
    **HOOKED,
    "combo": evolve(
        HOOKED["combo"],
        deprecated="use other",
        params=(
            ParamSpec(name="app_name", type="string", required=True),
            ParamSpec(name="note", type="string", deprecated="drop it"),
        ),
    ),
}


class OldHooks(HookDemo):
    TOOLS = DEPRECATED

    def combo(self, app_name: str, note: str) -> Any:
        return self._hook("combo", {"app_name": app_name, "note": note}, anything)


class AsyncOldHooks(AsyncHookDemo):
    TOOLS = DEPRECATED

    async def combo(self, app_name: str, note: str) -> Any:
        return await self._hook("combo", {"app_name": app_name, "note": note}, anything)


def test_deprecated_hooks_warn_at_the_callers_line() -> None:
    with scripted_server() as server:
        server.add(*REPLIES)
        client = OldHooks._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        )
        with client, pytest.warns(DeprecationWarning) as caught:
            client.combo("web", note="n")
    assert [str(w.message) for w in caught] == [
        "demo.combo: use other",
        "demo.combo(note=...): drop it",
    ]
    assert {Path(w.filename).name for w in caught} == {CALLER}


async def test_deprecated_async_hooks_warn_at_the_callers_line() -> None:
    with scripted_server() as server:
        server.add(*REPLIES)
        async with AsyncOldHooks._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        ) as client:
            with pytest.warns(DeprecationWarning) as caught:
                await client.combo("web", note="n")
    assert len(caught) == 2
    assert {Path(w.filename).name for w in caught} == {CALLER}


OLD_GET = {**HOOKED, "get_app": evolve(HOOKED["get_app"], deprecated="use get_app_v2")}


class OldGet(HookDemo):
    TOOLS = OLD_GET


class AsyncOldGet(AsyncHookDemo):
    TOOLS = OLD_GET


def test_deprecated_calls_warn_at_the_callers_line() -> None:
    with scripted_server() as server:
        server.add(Reply(200, {"name": "web"}))
        client = OldGet._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        )
        with client, pytest.warns(DeprecationWarning, match="use get_app_v2") as caught:
            client.get_app("web")
    assert [Path(w.filename).name for w in caught] == [CALLER]


async def test_deprecated_async_calls_warn_at_the_callers_line() -> None:
    with scripted_server() as server:
        server.add(Reply(200, {"name": "web"}))
        async with AsyncOldGet._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        ) as client:
            with pytest.warns(DeprecationWarning, match="use get_app_v2") as caught:
                await client.get_app("web")
    assert [Path(w.filename).name for w in caught] == [CALLER]


def test_hook_results_are_decoded_under_the_tool_name() -> None:
    with scripted_server() as server, hook_client(server.url) as client:
        server.add(*REPLIES)
        with pytest.raises(errors.InvalidResponse, match=r"^combo: expected a string, got dict$"):
            client._hook("combo", {"app_name": "web"}, model.string)


OLD_PARAM = {
    **HOOKED,
    "get_app": evolve(
        HOOKED["get_app"],
        params=(evolve(HOOKED["get_app"].params[0], deprecated="renamed to app"),),
    ),
}


class AsyncOldParam(AsyncHookDemo):
    TOOLS = OLD_PARAM


async def test_deprecated_params_of_async_calls_warn() -> None:
    with scripted_server() as server:
        server.add(Reply(200, {"name": "web"}))
        async with AsyncOldParam._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        ) as client:
            with pytest.warns(DeprecationWarning) as caught:
                await client.get_app("web")
    assert [str(w.message) for w in caught] == ["demo.get_app(app_name=...): renamed to app"]


class OldParam(HookDemo):
    TOOLS = OLD_PARAM


def test_deprecated_params_of_sync_calls_warn() -> None:
    with scripted_server() as server:
        server.add(Reply(200, {"name": "web"}))
        client = OldParam._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        )
        with client, pytest.warns(DeprecationWarning) as caught:
            client.get_app("web")
    assert [str(w.message) for w in caught] == ["demo.get_app(app_name=...): renamed to app"]


OLD_LIST = {
    **HOOKED,
    "list_link": evolve(
        HOOKED["list_link"],
        deprecated="use list_v2",
        params=(ParamSpec(name="per_page", type="integer", deprecated="fixed size"),),
    ),
}


class OldList(HookDemo):
    TOOLS = OLD_LIST


class AsyncOldList(AsyncHookDemo):
    TOOLS = OLD_LIST


WARNINGS = ["demo.list_link: use list_v2", "demo.list_link(per_page=...): fixed size"]


def test_deprecated_walks_warn_for_the_tool_and_its_params() -> None:
    with scripted_server() as server:
        server.add(Reply(200, [1]))
        client = OldList._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        )
        with client, pytest.warns(DeprecationWarning) as caught:
            assert list(client._iterate("list_link", {"per_page": 2}, anything)) == [1]
    assert [str(w.message) for w in caught] == WARNINGS


async def test_deprecated_async_walks_warn_for_the_tool_and_its_params() -> None:
    with scripted_server() as server:
        server.add(Reply(200, [1]))
        async with AsyncOldList._create(
            {"api_token": TOKEN}, base_url=server.url, timeout=5.0, use_file=False
        ) as client:
            with pytest.warns(DeprecationWarning) as caught:
                walked = [
                    item async for item in client._iterate("list_link", {"per_page": 2}, anything)
                ]
    assert walked == [1]
    assert [str(w.message) for w in caught] == WARNINGS
