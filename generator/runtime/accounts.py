"""Where credentials come from: explicit args > environment > credentials file.

The file is TOML with one table per provider and account:

    [fly-io.default]
    api_token = "fo1_..."
    base_url = "http://127.0.0.1:8080/v1"   # optional override

Environment variables apply to the `default` account only, so naming another
account always means "use that table". See docs/credentials.md.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote

from attrs import frozen

from generator.runtime.auth import Secret
from generator.runtime.errors import CredentialsError
from generator.runtime.json_values import as_object
from generator.runtime.meta import ProviderSpec

DEFAULT_ACCOUNT = "default"
CREDENTIALS_ENV = "TOOLGEN_CREDENTIALS"
BASE_URL_KEY = "base_url"
_SERVER_VARIABLE = re.compile(r"\{([a-z][a-z0-9_]*)\}")


@frozen
class Account:
    provider: str
    name: str
    values: Mapping[str, Secret | str]  # credential name -> value; secrets wrapped
    base_url: str


def credentials_path() -> Path:
    configured = os.environ.get(CREDENTIALS_ENV)
    if configured:
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_config_dir("toolgen")) / "credentials.toml"


def load_account(
    provider: ProviderSpec,
    account: str | None = None,
    explicit: Mapping[str, str | None] | None = None,
    *,
    base_url: str | None = None,
    use_file: bool = True,
) -> Account:
    """Resolve every credential of `provider` for `account` or raise CredentialsError."""
    name = account or DEFAULT_ACCOUNT
    given = {key: value for key, value in (explicit or {}).items() if value is not None}
    table = _file_table(provider, name) if use_file else {}
    env: Mapping[str, str] = os.environ if name == DEFAULT_ACCOUNT else {}
    values: dict[str, Secret | str] = {}
    for spec in provider.credentials:
        value = given.get(spec.name) or env.get(spec.env) or table.get(spec.name) or spec.default
        if value is None or value == "":
            if spec.required:
                missing = _missing(provider, name, spec.name, spec.env, use_file)
                unknown_account = _unknown_account(provider, name) if use_file else None
                raise CredentialsError(
                    f"{unknown_account}; {missing}" if unknown_account else missing
                )
            continue
        values[spec.name] = Secret(value) if spec.secret else value
    url = base_url or env.get(provider.base_url_env) or table.get(BASE_URL_KEY) or provider.base_url
    return Account(provider.id, name, values, server_url(url, values))


def server_url(url: str, values: Mapping[str, Secret | str]) -> str:
    """`https://{region}.api.example.com` with `{region}` from the non-secret credential of
    that name (OpenAPI server variables); unknown or secret names stay as they are."""

    def fill(match: re.Match[str]) -> str:
        value = values.get(match.group(1))
        return quote(value, safe="") if isinstance(value, str) and value else match.group(0)

    return _SERVER_VARIABLE.sub(fill, url)


def _missing(provider: ProviderSpec, account: str, credential: str, env: str, file: bool) -> str:
    ways = [f"pass {credential}=..."]
    if account == DEFAULT_ACCOUNT:
        ways.append(f"set the environment variable {env}")
    if file:
        ways.append(
            f'add {credential} = "..." under [{provider.id}.{account}] in {credentials_path()}'
        )
    return f"{provider.name}: no value for credential {credential!r} ({'; or '.join(ways)})"


def _unknown_account(provider: ProviderSpec, account: str) -> str | None:
    """`unknown account 'prodution' for fly-io (did you mean 'production'?)` when a named
    account has no table in the credentials file; None for `default` or a known account."""
    from generator.suggest import unknown

    tables = as_object((_read_toml(credentials_path()) or {}).get(provider.id, {}))
    accounts = sorted(tables) if tables is not None else []
    if account == DEFAULT_ACCOUNT or account in accounts:
        return None
    return unknown("account", account, accounts, within=f"for {provider.id}")


def _file_table(provider: ProviderSpec, account: str) -> dict[str, str]:
    """The `[<provider>.<account>]` table of the credentials file ({} when absent)."""
    path = credentials_path()
    data = _read_toml(path)
    if data is None:
        return {}
    providers = _table(data.get(provider.id, {}), f"{path}: [{provider.id}]")
    table = _table(providers.get(account, {}), f"{path}: [{provider.id}.{account}]")
    known = {spec.name for spec in provider.credentials} | {BASE_URL_KEY}
    for key, value in table.items():
        where = f"{path}: [{provider.id}.{account}] {key}"
        if key not in known:
            raise CredentialsError(f"{where}: unknown key (expected one of {sorted(known)})")
        if not isinstance(value, str):
            raise CredentialsError(f"{where}: expected a string, got {type(value).__name__}")
    return table


def _read_toml(path: Path) -> dict[str, Any] | None:
    import tomllib

    try:
        with path.open("rb") as file:
            return tomllib.load(file)
    except FileNotFoundError:
        return None
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CredentialsError(f"{path}: cannot read credentials file: {exc}") from None


def _table(value: object, where: str) -> dict[str, Any]:
    table = as_object(value)
    if table is None:
        raise CredentialsError(f"{where}: expected a table")
    return table
