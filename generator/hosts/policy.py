"""Per-provider and per-account permission policy: allow, ask or deny, by access level.

The policy file is TOML at `$TOOLGEN_POLICY`, else `policy.toml` beside the
credentials file. Later tables win: built-in defaults, `[defaults]`,
`[<provider>]`, `[<provider>.<account>]`:

    [defaults]
    write = "ask"

    [fly-io]
    read = "allow"
    write = "allow"

    [fly-io.production]
    destructive = "deny"

`deny` refuses before anything is sent, whatever the flags; `ask` asks the
person (a prompt on a terminal, MCP elicitation) and refuses when nobody can
be asked; `--force` answers `ask` with yes, never `deny`.
"""

from __future__ import annotations

import os
import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Literal

from attrs import frozen

Decision = Literal["allow", "ask", "deny"]
DECISIONS: tuple[Decision, ...] = ("allow", "ask", "deny")
ACCESS = ("read", "write", "destructive")
BUILT_IN: dict[str, Decision] = {"read": "allow", "write": "ask", "destructive": "ask"}
POLICY_ENV = "TOOLGEN_POLICY"

Confirm = Callable[[str, str], bool]  # (full name, access) -> the person said yes


class PolicyError(ValueError):
    pass


def policy_path() -> Path:
    configured = os.environ.get(POLICY_ENV)
    if configured:
        return Path(configured)
    from generator.runtime.accounts import credentials_path

    return credentials_path().with_name("policy.toml")


@frozen
class Policy:
    tables: Mapping[str, Any]  # the parsed file ({} when there is none)
    source: str = ""

    @classmethod
    def load(cls, path: Path | None = None) -> Policy:
        path = path or policy_path()
        try:
            with path.open("rb") as file:
                data = tomllib.load(file)
        except FileNotFoundError:
            return cls({}, "")
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise PolicyError(f"{path}: cannot read policy file: {exc}") from None
        _validate(data, path)
        return cls(data, str(path))

    def decide(self, provider: str, account: str, access: str) -> Decision:
        decision = BUILT_IN[access]
        provider_table = self.tables.get(provider, {})
        for table in (
            self.tables.get("defaults", {}),
            provider_table,
            provider_table.get(account, {}),
        ):
            value = table.get(access)
            if isinstance(value, str):
                decision = value  # type: ignore[assignment]  # checked by _validate
        return decision


def _validate(data: Mapping[str, Any], path: Path) -> None:
    for name, table in data.items():
        if not isinstance(table, dict):
            raise PolicyError(f"{path}: [{name}] must be a table")
        for key, value in table.items():
            if isinstance(value, dict) and name != "defaults":
                _validate({f"{name}.{key}": value}, path)
                continue
            if key not in ACCESS:
                raise PolicyError(f"{path}: [{name}] {key}: expected read, write or destructive")
            if value not in DECISIONS:
                raise PolicyError(
                    f"{path}: [{name}] {key} = {value!r}: expected allow, ask or deny"
                )
