"""What is installed: providers, their functions, and which accounts are ready."""

from __future__ import annotations

from collections import Counter
from typing import Any

from generator.hosts.registry import Registry
from generator.runtime.accounts import DEFAULT_ACCOUNT, load_account
from generator.runtime.errors import CredentialsError
from generator.runtime.meta import ProviderSpec

ACCESS = ("read", "write", "destructive")


def provider_rows(registry: Registry, accounts: dict[str, list[str]]) -> list[dict[str, Any]]:
    """One row per provider; `accounts` maps provider id -> account names in the file."""
    rows = []
    for pid in registry.provider_ids():
        spec = registry.provider(pid)
        counts = Counter(entry.access for entry in registry.tools(pid))
        names = sorted({DEFAULT_ACCOUNT, *accounts.get(pid, [])})
        rows.append(
            {
                "id": pid,
                "name": spec.name,
                "namespace": spec.namespace,
                "auth": spec.auth_kind,
                "functions": {access: counts.get(access, 0) for access in ACCESS},
                "accounts": [account_state(spec, name) for name in names],
            }
        )
    return rows


def account_state(spec: ProviderSpec, account: str) -> dict[str, Any]:
    """Whether `account` can call `spec` now, and what is missing when not."""
    try:
        load_account(spec, account)
    except CredentialsError as exc:
        return {"account": account, "ready": False, "problem": str(exc)}
    return {"account": account, "ready": True, "problem": None}


def format_rows(rows: list[dict[str, Any]]) -> str:
    lines = [f"{'provider':<16} {'auth':<7} {'read':>5} {'write':>6} {'destr.':>6}  accounts"]
    for row in rows:
        functions = row["functions"]
        accounts = ", ".join(
            f"{a['account']} ({'ready' if a['ready'] else 'missing credentials'})"
            for a in row["accounts"]
        )
        lines.append(
            f"{row['id']:<16} {row['auth']:<7} {functions['read']:>5} {functions['write']:>6} "
            f"{functions['destructive']:>6}  {accounts}"
        )
    return "\n".join(lines)
