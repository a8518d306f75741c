"""Where each credential's value comes from, and reading new values without echoing secrets."""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from typing import Any, TextIO

from generator.ops.accounts_file import AccountsError, account_values, masked
from generator.runtime.accounts import BASE_URL_KEY, DEFAULT_ACCOUNT
from generator.runtime.meta import ProviderSpec


def credential_rows(
    spec: ProviderSpec, account: str, document: Mapping[str, Any]
) -> list[dict[str, Any]]:
    table = account_values(document, spec.id, account)
    env = os.environ if account == DEFAULT_ACCOUNT else {}
    rows = []
    for cred in spec.credentials:
        source, value = "missing", None
        if env.get(cred.env):
            source, value = "env", env[cred.env]
        elif table.get(cred.name):
            source, value = "file", table[cred.name]
        elif cred.default is not None:
            source, value = "default", cred.default
        rows.append(
            {
                "name": cred.name,
                "secret": cred.secret,
                "required": cred.required,
                "env": cred.env,
                "source": source,
                "value": None if value is None else masked(spec, cred.name, value),
            }
        )
    if table.get(BASE_URL_KEY):
        rows.append(
            {
                "name": BASE_URL_KEY,
                "secret": False,
                "required": False,
                "env": spec.base_url_env,
                "source": "file",
                "value": table[BASE_URL_KEY],
            }
        )
    return rows


def gather_values(
    spec: ProviderSpec, assignments: list[str], stdin_json: bool, stdin: TextIO
) -> dict[str, str]:
    """KEY=VALUE pairs for plain settings; secrets from stdin JSON or a hidden prompt."""
    secrets = {c.name for c in spec.credentials if c.secret}
    values: dict[str, str] = {}
    prompt_for: list[str] = []
    for item in assignments:
        key, sep, value = item.partition("=")
        if sep and key in secrets:
            raise AccountsError(
                f"{key} is secret: give it as `{key}` alone and type it at the prompt, "
                "or pass --stdin-json, so it never sits in the process arguments"
            )
        if sep:
            values[key] = value
        else:
            prompt_for.append(key)
    if stdin_json:
        values.update(_stdin_object(stdin))
    for key in prompt_for:
        if key in values:
            continue
        values[key] = _prompt(spec, key, key in secrets, stdin)
    if not values:
        raise AccountsError("nothing to set: give KEY=VALUE, KEY (prompted) or --stdin-json")
    return values


def _stdin_object(stdin: TextIO) -> dict[str, str]:
    if stdin.isatty():
        raise AccountsError("--stdin-json reads a JSON object from standard input, not a terminal")
    try:
        data = json.loads(stdin.read())
    except json.JSONDecodeError as exc:
        raise AccountsError(f"standard input is not JSON: {exc.msg} at line {exc.lineno}") from None
    if not isinstance(data, dict) or not all(isinstance(v, str) for v in data.values()):
        raise AccountsError("standard input must be a JSON object of string values")
    return {str(k): v for k, v in data.items()}


def _prompt(spec: ProviderSpec, key: str, secret: bool, stdin: TextIO) -> str:
    if not stdin.isatty():
        line = stdin.readline().rstrip("\r\n")  # one value per line when piped
        if not line:
            raise AccountsError(f"no value for {key} on standard input")
        return line
    import getpass

    value = getpass.getpass(f"{spec.id} {key}: ") if secret else input(f"{spec.id} {key}: ")
    if not value:
        raise AccountsError(f"no value given for {key}")
    return value
