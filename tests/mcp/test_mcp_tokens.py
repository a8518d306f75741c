"""Bearer tokens of the HTTP transport: the file and variable formats, and verification."""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest
from mcp_helpers import TOOLGEN

from generator.hosts.mcp.auth import TOKENS_ENV, TokensError, load_tokens

ALICE = "alice-0123456789-abcdef"
BOB = "bob-0123456789-abcdefgh"


def sha(token: str) -> str:
    return "sha256:" + hashlib.sha256(token.encode()).hexdigest()


def test_plain_and_hashed_tokens_map_to_their_accounts(tmp_path: Path) -> None:
    path = tmp_path / "tokens.toml"
    path.write_text(f'[tokens]\n"{sha(ALICE)}" = "alice"\n"{BOB}" = "bob"\n', encoding="utf-8")
    table = load_tokens(path, {})
    assert table is not None and len(table) == 2 and table.accounts == ["alice", "bob"]
    alice, bob = table.verify(ALICE), table.verify(BOB)
    assert alice is not None and alice.account == "alice"
    assert alice.token_id == hashlib.sha256(ALICE.encode()).hexdigest()[:12]
    assert bob is not None and bob.account == "bob"
    for wrong in ("", ALICE + "x", ALICE[:-1], sha(ALICE), BOB.upper()):
        assert table.verify(wrong) is None


def test_json_file_and_environment_add_up(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    path.write_text(json.dumps({"tokens": {ALICE: "alice"}}), encoding="utf-8")
    table = load_tokens(path, {TOKENS_ENV: f" {sha(BOB)}=bob , "})
    assert table is not None and table.accounts == ["alice", "bob"]
    assert table.verify(BOB) is not None


def test_no_file_and_no_variable_means_no_tokens() -> None:
    assert load_tokens(None, {}) is None
    assert load_tokens(None, {TOKENS_ENV: "  "}) is None


@pytest.mark.parametrize(
    ("variable", "message"),
    [
        ("just-a-token-without-account", "expected <token>=<account>"),
        (f"{ALICE}=alice,{ALICE}=bob", "listed twice"),
        (f"{ALICE}=", "must be an account name"),
        ("short=alice", "at least 16 characters"),
    ],
)
def test_unusable_variable_is_refused(variable: str, message: str) -> None:
    with pytest.raises(TokensError, match=message):
        load_tokens(None, {TOKENS_ENV: variable})


def test_a_token_in_both_file_and_variable_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tokens.toml"
    path.write_text(f'[tokens]\n"{ALICE}" = "alice"\n', encoding="utf-8")
    with pytest.raises(TokensError, match="list the same token"):
        load_tokens(path, {TOKENS_ENV: f"{sha(ALICE)}=bob"})


def test_same_token_plain_and_hashed_in_one_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tokens.toml"
    path.write_text(f'[tokens]\n"{ALICE}" = "a"\n"{sha(ALICE)}" = "b"\n', encoding="utf-8")
    with pytest.raises(TokensError, match="listed twice"):
        load_tokens(path, {})


def make_token(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [TOOLGEN, "mcp", "token", *args],
        capture_output=True, text=True, timeout=60, check=False, stdin=subprocess.DEVNULL,
    )  # fmt: skip


def test_token_command_keeps_only_the_hash(tmp_path: Path) -> None:
    path = tmp_path / "tokens.toml"
    alice, bob = (
        make_token("alice", "--tokens-file", str(path)),
        make_token("bob", "--tokens-file", str(path)),
    )
    assert alice.returncode == bob.returncode == 0
    tokens = {alice.stdout.strip(): "alice", bob.stdout.strip(): "bob"}
    assert all(len(token) > 40 and "\n" not in token for token in tokens)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("[tokens]\n") and text.count("sha256:") == 2
    assert not any(token in text for token in tokens)
    assert path.stat().st_mode & 0o777 == 0o600
    table = load_tokens(path, {})
    assert table is not None
    for token, account in tokens.items():
        caller = table.verify(token)
        assert caller is not None and caller.account == account


def test_token_command_refuses_files_it_cannot_extend(tmp_path: Path) -> None:
    path = tmp_path / "tokens.toml"
    original = f'[tokens]\n"{ALICE}" = "alice"\n\n[other]\nx = 1\n'
    path.write_text(original, encoding="utf-8")
    done = make_token("bob", "--tokens-file", str(path))
    assert done.returncode == 2 and "ends with [tokens]" in done.stderr and done.stdout == ""
    assert path.read_text(encoding="utf-8") == original
    bad_name = make_token("../etc")
    assert bad_name.returncode == 2 and "not an account name" in bad_name.stderr
