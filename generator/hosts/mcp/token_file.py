"""`toolgen mcp token`: a new bearer token, with only its SHA-256 kept in the tokens file."""

from __future__ import annotations

import hashlib
import json
import os
import re
import secrets
from pathlib import Path

from generator.hosts.mcp.auth import ACCOUNT_NAME, HASH_PREFIX, TokensError, load_tokens

TABLE = re.compile(r"^\s*\[+\s*([^\]]+?)\s*\]+", re.MULTILINE)


def new_token(account: str) -> tuple[str, str]:
    """(the token, its tokens-file line `"sha256:<hex>" = "<account>"`)."""
    if not ACCOUNT_NAME.match(account):
        raise TokensError(f"{account!r} is not an account name (letters, digits, _ . -)")
    token = "tg_" + secrets.token_urlsafe(32)
    key = HASH_PREFIX + hashlib.sha256(token.encode()).hexdigest()
    return token, f"{json.dumps(key)} = {json.dumps(account)}"


def add_entry(path: Path, line: str) -> None:
    """Append `line` to the `[tokens]` table of `path` (created mode 0600), then re-read it all."""
    if path.exists():
        load_tokens(path, {})  # usable before anything is added
        text = path.read_text(encoding="utf-8")
        tables = TABLE.findall(text)
        if path.suffix == ".json" or not tables or tables[-1] != "tokens":
            raise TokensError(f"{path}: can only append to a TOML file that ends with [tokens]")
        addition = ("" if text.endswith("\n") or not text else "\n") + line + "\n"
    else:
        addition = "[tokens]\n" + line + "\n"
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(descriptor, "a", encoding="utf-8") as handle:
        handle.write(addition)
    load_tokens(path, {})  # the file as a server will read it
