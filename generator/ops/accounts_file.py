"""Edit the credentials file safely: comments kept, written atomically, owner-only.

Secret values are never returned unmasked by anything here; callers read them
from a prompt or standard input, not from the command line.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import tomlkit
from tomlkit.items import Table

from generator.runtime.accounts import BASE_URL_KEY, credentials_path
from generator.runtime.meta import ProviderSpec
from generator.suggest import did_you_mean


class AccountsError(ValueError):
    pass


def read_document(path: Path | None = None) -> tomlkit.TOMLDocument:
    path = path or credentials_path()
    try:
        return tomlkit.parse(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return tomlkit.document()
    except (OSError, UnicodeDecodeError, tomlkit.exceptions.TOMLKitError) as exc:
        raise AccountsError(f"{path}: cannot read credentials file: {exc}") from None


def accounts_by_provider(document: Mapping[str, Any]) -> dict[str, list[str]]:
    return {
        pid: sorted(str(name) for name, value in table.items() if isinstance(value, Mapping))
        for pid, table in document.items()
        if isinstance(table, Mapping)
    }


def masked(spec: ProviderSpec, key: str, value: str) -> str:
    secret = next((c.secret for c in spec.credentials if c.name == key), False)
    if not secret:
        return value
    return "******** (secret, set)" if value else ""


def check_key(spec: ProviderSpec, key: str) -> None:
    known = [c.name for c in spec.credentials] + [BASE_URL_KEY]
    if key not in known:
        raise AccountsError(
            f"{spec.id} has no credential {key!r}{did_you_mean(key, known)} "
            f"(known: {', '.join(known)})"
        )


def set_values(
    document: tomlkit.TOMLDocument, spec: ProviderSpec, account: str, values: Mapping[str, str]
) -> None:
    for key in values:
        check_key(spec, key)
    provider = document.get(spec.id)
    if provider is None:
        provider = tomlkit.table(is_super_table=True)
        document[spec.id] = provider
    table = provider.get(account)
    if table is None:
        table = tomlkit.table()
        provider[account] = table
    if not isinstance(table, Table):
        raise AccountsError(f"[{spec.id}.{account}] is not a table")
    for key, value in values.items():
        table[key] = value


def unset_values(
    document: tomlkit.TOMLDocument, spec: ProviderSpec, account: str, keys: list[str]
) -> list[str]:
    table = _table(document, spec.id, account)
    removed = []
    for key in keys:
        check_key(spec, key)
        if table is not None and key in table:
            del table[key]
            removed.append(key)
    return removed


def remove_account(document: tomlkit.TOMLDocument, provider: str, account: str) -> bool:
    table = document.get(provider)
    if not isinstance(table, Table) or account not in table:
        return False
    del table[account]
    return True


def account_values(document: Mapping[str, Any], provider: str, account: str) -> dict[str, str]:
    table = _table(document, provider, account)
    return {str(k): str(v) for k, v in (table or {}).items()}


def _table(document: Mapping[str, Any], provider: str, account: str) -> Any:
    providers = document.get(provider)
    return providers.get(account) if isinstance(providers, Mapping) else None


def write_document(document: tomlkit.TOMLDocument, path: Path | None = None) -> Path:
    """Replace the file atomically; the new file is created 0600 before any secret is written."""
    path = path or credentials_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=".credentials-", suffix=".toml", dir=path.parent)
    try:
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(tomlkit.dumps(document))
            file.flush()
            os.fsync(file.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
