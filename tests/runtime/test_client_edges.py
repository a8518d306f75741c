"""Client constructors, decoding context, page edges and credential files, pinned exactly.

Each case kills a mutant `mutmut` left alive in generator/runtime (docs/testing.md).
"""

from __future__ import annotations

import socket
from pathlib import Path

import attrs
import httpx
import platformdirs
import pytest

from generator.runtime import accounts, errors, model, pagination, transport
from generator.runtime.accounts import load_account
from generator.runtime.auth import Secret
from generator.runtime.meta import PagingSpec
from generator.runtime.model import anything
from generator.runtime.retry import RetryPolicy
from tests.runtime.demo import (
    FAST_RETRY,
    PROVIDER,
    TOKEN,
    TOOLS,
    AsyncDemo,
    Demo,
    async_demo,
    demo,
)
from tests.runtime.scripted import Reply, scripted_server


@pytest.fixture
def env_only(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """DEMO_TOKEN in the environment and a credentials file that must not be read."""
    path = tmp_path / "credentials.toml"
    path.write_text('[demo.default]\napi_token = "file-token"\nbase_url = "http://file/v1"\n')
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(path))
    monkeypatch.setenv("DEMO_TOKEN", "env-token")
    monkeypatch.delenv("DEMO_BASE_URL", raising=False)
    return path


def test_from_env_ignores_the_file_and_keeps_every_option(env_only: Path) -> None:
    retry = RetryPolicy(max_attempts=7)
    with Demo.from_env(base_url="http://127.0.0.1:1/v1", timeout=3.5, retry=retry) as client:
        assert client._core.account.values["api_token"] == Secret("env-token")
        assert (client.base_url, client._core.retry) == ("http://127.0.0.1:1/v1", retry)
        assert client._http.timeout == httpx.Timeout(3.5)
        assert repr(client) == "Demo(account='default', base_url='http://127.0.0.1:1/v1')"
    with Demo.from_env() as client:
        assert client.base_url == PROVIDER.base_url  # the file's base_url is not used


def test_from_account_reads_the_file_and_keeps_every_option(env_only: Path) -> None:
    with Demo.from_account("default", base_url="http://127.0.0.1:2/v1") as client:
        assert client.base_url == "http://127.0.0.1:2/v1"
        assert client._core.account.values["api_token"] == Secret("env-token")
    with Demo.from_account("default") as client:
        assert client.base_url == "http://file/v1"


async def test_async_client_keeps_its_timeout(env_only: Path) -> None:
    async with AsyncDemo.from_env(timeout=2.5) as client:
        assert client._http.timeout == httpx.Timeout(2.5)
        assert client.account == "default"


def test_decoding_errors_name_the_tool() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, {"name": "x"}), Reply(200, [1, "two"]))
        with pytest.raises(errors.InvalidResponse, match=r"^get_app: expected a string, got dict$"):
            client._call("get_app", {"app_name": "a"}, model.string)
        walked = client._iterate("list_link", {}, model.integer)
        # a page is decoded whole when it arrives: its bad item fails the first step
        with pytest.raises(errors.InvalidResponse, match=r"^list_link: expected an integer"):
            next(walked)


async def test_async_decoding_errors_name_the_tool() -> None:
    with scripted_server() as server:
        server.add(Reply(200, {"name": "x"}), Reply(200, ["one"]))
        async with async_demo(server.url) as client:
            with pytest.raises(errors.InvalidResponse, match=r"^get_app: expected a string"):
                await client._call("get_app", {"app_name": "a"}, model.string)
            with pytest.raises(errors.InvalidResponse, match=r"^list_link: expected an integer"):
                [item async for item in client._iterate("list_link", {}, model.integer)]


def test_page_walks_retry_idempotent_requests() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(503, {"message": "busy"}), Reply(200, [1]))
        assert list(client._iterate("list_link", {}, anything)) == [1]
    assert len(server.seen) == 2


async def test_async_page_walks_retry_idempotent_requests() -> None:
    with scripted_server() as server:
        server.add(Reply(503, {"message": "busy"}), Reply(200, [1]))
        async with async_demo(server.url) as client:
            assert [item async for item in client._iterate("list_link", {}, anything)] == [1]
    assert len(server.seen) == 2


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


async def test_async_connection_errors_are_typed_after_retries() -> None:
    url = f"http://127.0.0.1:{closed_port()}/v1"
    async with AsyncDemo._create(
        {"api_token": TOKEN}, base_url=url, timeout=2.0, retry=FAST_RETRY, use_file=False
    ) as client:
        with pytest.raises(errors.ConnectionFailed) as caught:
            await client._call("get_app", {"app_name": "a"}, anything)
    assert (caught.value.provider, caught.value.method) == ("demo", "GET")
    assert caught.value.path == "/v1/apps/a"


def test_page_shapes_are_checked_with_exact_messages() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, {"not": "a list"}), Reply(200, ["item"]), Reply(200, [{"x": 1}]))
        with pytest.raises(
            errors.InvalidResponse, match=r"^list_cursor: expected a list page, got dict$"
        ):
            client._call("list_cursor", {}, anything)
        with pytest.raises(
            errors.InvalidResponse, match=r"every item to be a \{cursor, item\} wrapper"
        ):
            client._call("list_cursor", {}, anything)
        with pytest.raises(errors.InvalidResponse, match=r"^list_cursor: expected every item"):
            client._call("list_cursor", {}, anything)


def test_cursor_walk_takes_the_last_cursor_and_stops_on_empty_or_bare_pages() -> None:
    wrapped = [{"cursor": f"c{i}", "item": i} for i in (1, 2, 3)]
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, wrapped), Reply(200, []))
        assert list(client._iterate("list_cursor", {}, anything)) == [1, 2, 3]
    assert [s.path for s in server.seen] == ["/items", "/items?cursor=c3"]


def test_range_walk_needs_both_206_and_next_range() -> None:
    with scripted_server() as server, demo(server.url) as client:
        server.add(Reply(200, [1], headers={"Next-Range": "]1.."}))
        assert list(client._iterate("list_range", {}, anything)) == [1]
        server.add(Reply(206, [2]))
        assert list(client._iterate("list_range", {}, anything)) == [2]
    assert len(server.seen) == 2


def test_response_errors_keep_the_parsed_body_and_ignore_its_text() -> None:
    with scripted_server() as server, demo(server.url, RetryPolicy.disabled()) as client:
        server.add(Reply(500, {"code": 7}))
        with pytest.raises(errors.ServerError) as caught:
            client._call("get_app", {"app_name": "a"}, anything)
    assert (caught.value.message, caught.value.body) == ("(no message)", {"code": 7})
    assert caught.value.provider == "demo"


def test_query_pairs_explode_by_default() -> None:
    assert transport.query_pairs("t", ["a", "b"]) == [("t", "a"), ("t", "b")]


def test_secret_repr_and_equality() -> None:
    assert repr(Secret("x")) == str(Secret("x")) == "Secret('********')"
    assert Secret("a") != Secret("b") and Secret("a") == Secret("a")
    assert Secret("a") != "a"


def test_default_credentials_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TOOLGEN_CREDENTIALS", raising=False)
    expected = Path(platformdirs.user_config_dir("toolgen")) / "credentials.toml"
    assert accounts.credentials_path() == expected


def test_missing_credential_lists_the_ways_joined(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(tmp_path / "none.toml"))
    monkeypatch.delenv("DEMO_TOKEN", raising=False)
    with pytest.raises(errors.CredentialsError) as caught:
        load_account(PROVIDER)
    assert str(caught.value) == (
        "Demo: no value for credential 'api_token' (pass api_token=...; or set the environment"
        f' variable DEMO_TOKEN; or add api_token = "..." under [demo.default] in'
        f" {tmp_path / 'none.toml'})"
    )


@pytest.fixture
def credentials(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    monkeypatch.delenv("DEMO_TOKEN", raising=False)
    path = tmp_path / "credentials.toml"
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(path))
    return path


def test_a_file_without_the_provider_is_no_error(credentials: Path) -> None:
    credentials.write_text('[other.default]\napi_token = "x"\n')
    assert load_account(PROVIDER, explicit={"api_token": "t"}).values["api_token"] == Secret("t")
    credentials.write_text('[demo.production]\napi_token = "x"\n')
    assert load_account(PROVIDER, explicit={"api_token": "t"}).name == "default"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[demo]\ndefault = "x"\n', ": [demo.default]: expected a table"),
        ('demo = "x"\n', ": [demo]: expected a table"),
        (
            "[demo.default]\napi_token = 5\n",
            ": [demo.default] api_token: expected a string, got int",
        ),
    ],
)
def test_file_errors_are_located(credentials: Path, text: str, message: str) -> None:
    credentials.write_text(text)
    with pytest.raises(errors.CredentialsError) as caught:
        load_account(PROVIDER)
    assert str(caught.value) == f"{credentials}{message}"


def test_refused_comma_message() -> None:
    with pytest.raises(errors.ArgumentError) as caught:
        transport._refuse_commas("t", "p", ["a,b"])
    assert str(caught.value) == (
        "t: parameter 'p' cannot send 'a,b': its values travel comma-separated"
    )


def test_a_bare_cursor_page_ends_on_a_last_item_without_a_cursor() -> None:
    bare = {**TOOLS, "list_cursor": attrs.evolve(TOOLS["list_cursor"], paging=PagingSpec("cursor"))}
    with scripted_server() as server, demo(server.url) as client:
        client.TOOLS = bare
        server.add(Reply(200, [{"cursor": "c1", "id": 1}, 2]), Reply(200, [{"id": 3}]))
        assert list(client._iterate("list_cursor", {}, anything)) == [{"cursor": "c1", "id": 1}, 2]
        assert list(client._iterate("list_cursor", {}, anything)) == [{"id": 3}]
    assert len(server.seen) == 2


def test_walk_errors_say_where_and_why(monkeypatch: pytest.MonkeyPatch) -> None:
    loop = Reply(200, [1], headers={"Link": '</pages?page=2>; rel="next"'})
    with scripted_server() as server, demo(server.url) as client:
        server.add(loop, loop, loop)
        with pytest.raises(errors.PaginationLoop) as repeated:
            list(client._iterate("list_link", {}, anything))
        monkeypatch.setattr(pagination, "MAX_PAGES", 1)
        server.add(loop, loop)
        with pytest.raises(errors.TooManyPages) as capped:
            list(client._iterate("list_link", {}, anything))
    assert str(repeated.value) == (
        "demo GET /pages: list_link: page 3 repeats an earlier page request; the walk was stopped"
    )
    assert str(capped.value) == (
        "demo GET /pages: list_link: more than 1 pages; the walk was stopped"
    )
    assert (capped.value.provider, capped.value.method, capped.value.path) == (
        "demo",
        "GET",
        "/pages",
    )
