"""Credentials resolve from explicit args, then the environment, then the credentials file."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.runtime.accounts import load_account
from generator.runtime.auth import Secret
from generator.runtime.errors import CredentialsError
from tests.runtime.demo import PROVIDER


@pytest.fixture
def file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "credentials.toml"
    path.write_text(
        '[demo.default]\napi_token = "file-token"\n\n'
        '[demo.production]\napi_token = "prod-token"\norg = "acme"\nbase_url = "http://127.0.0.1:9/v1"\n'
    )
    monkeypatch.setenv("TOOLGEN_CREDENTIALS", str(path))
    for name in ("DEMO_TOKEN", "DEMO_ORG", "DEMO_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    return path


def test_file_then_env_then_args(file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_account(PROVIDER).values["api_token"] == Secret("file-token")
    monkeypatch.setenv("DEMO_TOKEN", "env-token")
    assert load_account(PROVIDER).values["api_token"] == Secret("env-token")
    assert load_account(PROVIDER, explicit={"api_token": "arg"}).values["api_token"] == Secret(
        "arg"
    )


def test_named_account_uses_its_table_and_base_url(
    file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEMO_TOKEN", "env-token")
    account = load_account(PROVIDER, "production")
    assert account.values == {"api_token": Secret("prod-token"), "org": "acme"}
    assert account.base_url == "http://127.0.0.1:9/v1"


def test_defaults_and_base_url(file: Path) -> None:
    account = load_account(PROVIDER)
    assert account.values["org"] == "personal"
    assert account.base_url == PROVIDER.base_url
    assert load_account(PROVIDER, base_url="http://x").base_url == "http://x"


def test_missing_credential_names_every_way_to_set_it(file: Path) -> None:
    with pytest.raises(CredentialsError) as caught:
        load_account(PROVIDER, "staging")
    message = str(caught.value)
    assert "api_token" in message and "[demo.staging]" in message and str(file) in message
    with pytest.raises(CredentialsError, match="DEMO_TOKEN"):
        load_account(PROVIDER, use_file=False)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[demo.default\n", "cannot read"),
        ('[demo.default]\napi_tokn = "x"\n', "unknown key"),
        ("[demo.default]\napi_token = 3\n", "expected a string"),
        ('demo = "x"\n', "expected a table"),
    ],
)
def test_bad_file_is_a_clear_error(file: Path, text: str, problem: str) -> None:
    file.write_text(text)
    with pytest.raises(CredentialsError, match=problem) as caught:
        load_account(PROVIDER)
    assert str(file) in str(caught.value)
