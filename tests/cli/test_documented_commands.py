"""Every `toolgen` command shown in README.md and docs/commands.md works as written on a fresh
clone of the repository, with the exit code the documentation gives.

Commands come from ```sh blocks, `$ ` lines of any block and (README) the `toolgen ...`
code spans of its "Everyday use" table. A document's commands run in order in its own clone
(README's table rows each in a fresh one: they are separate tasks), with a
private home, a credentials file pointing every provider at the mock server, and the MCP
servers file the docs show. Long-running commands (mock, MCP and docs servers) are started,
must still be serving after their start-up, and are stopped.
"""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from generator.naming import env_var
from tests.conftest import _account

if TYPE_CHECKING:
    from generator.hosts.mock import MockServer
    from generator.spec.model import Catalog

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DOCUMENTS = ("README.md", "docs/commands.md")

# Anything not listed exits 0 and reads nothing.
EXIT: dict[str, int] = {}
STDIN = {"toolgen accounts set fly-io api_token": "fo1_typed-at-the-prompt\n"}
SERVERS = ("toolgen mock ", "toolgen mcp serve", "toolgen docs serve")
MCP_SERVERS = (
    '{"mcpServers": {"toolgen": {"command": "toolgen", "args": ["mcp", "serve", "-p", "fly-io"]}}}'
)


def commands(document: str) -> list[list[str]]:
    """The document's toolgen commands in order (chains split at `&&`, continuations joined),
    grouped: a README table row is one group (run in a fresh clone), the rest one group."""
    text = (ROOT / document).read_text(encoding="utf-8")
    found: list[str] = []
    for fence, body in re.findall(r"^```(\w*)\n(.*?)^```", text, re.DOTALL | re.MULTILINE):
        lines = re.sub(r"\\\n\s*", "", body).splitlines()
        for line in lines:
            if line.startswith("$ "):
                found += _toolgen_parts(line[2:])
            elif fence == "sh":
                found += _toolgen_parts(line)
    groups = [found]
    if document == "README.md":  # the "Everyday use" table: each row is a task of its own
        table = text.split("## Everyday use", 1)[1].split("\n## ", 1)[0]
        for row in re.findall(r"^\|.*\|$", table, re.MULTILINE):
            groups.append(re.findall(r"`(toolgen [^`]*)`", row))
    return [group for group in groups if group]


def _toolgen_parts(line: str) -> list[str]:
    parts = [part.strip() for part in line.split("&&")]
    return [
        part.removeprefix(".venv/bin/")
        for part in parts
        if re.match(r"(\.venv/bin/)?toolgen\b", part) or " | toolgen " in part
    ]


@pytest.fixture(scope="module")
def workspace(
    tmp_path_factory: pytest.TempPathFactory, catalog: Catalog, mock_server: MockServer
) -> Iterator[tuple[Path, dict[str, str]]]:
    """A home with credentials and MCP servers; `../shared` next to the clones as here."""
    base = tmp_path_factory.mktemp("documented")
    if (ROOT.parent / "shared").exists():
        (base / "shared").symlink_to(ROOT.parent / "shared")
    home = base / "home"
    config = home / ".config" / "toolgen"
    config.mkdir(parents=True)
    (config / "mcp.json").write_text(MCP_SERVERS, encoding="utf-8")
    tables = []
    for provider in catalog.providers:
        url = mock_server.url_for(provider.id)
        tables += [_account(provider, name, "doc-token", url) for name in ("default", "production")]
    credentials = config / "credentials.toml"  # where MCP servers started by Lua look too
    credentials.write_text("\n".join(tables), encoding="utf-8")
    credentials.chmod(0o600)
    drop = {"TOOLGEN_MCP_CONFIG", "TOOLGEN_POLICY", "TOOLGEN_CREDENTIALS", "PYTHONPATH"}
    drop |= {c.env or env_var(p.id, c.name) for p in catalog.providers for c in p.credentials}
    env = {key: value for key, value in os.environ.items() if key not in drop}
    env.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        PATH=f"{BIN}{os.pathsep}{env.get('PATH', '')}",
        FLY_TOKEN="fo1_doc-example",
    )
    yield base, env


def _clone(base: Path, document: str) -> Path:
    target = base / document.replace("/", "-").removesuffix(".md")
    subprocess.run(["git", "clone", "-q", str(ROOT), str(target)], check=True, timeout=120)
    return target


def _port_busy(command: str) -> bool:
    match = re.search(r"--port (\d+)", command)
    if not match or match.group(1) == "0":
        return False
    with socket.socket() as probe:
        return probe.connect_ex(("127.0.0.1", int(match.group(1)))) == 0


def _serve(command: str, cwd: Path, env: dict[str, str]) -> tuple[int, str]:
    """Start a server, wait for its start-up output, check it still runs, stop it (0 if so)."""
    log = cwd / ".serve.log"
    with log.open("w") as sink:
        process = subprocess.Popen(
            ["bash", "-c", f"exec {command}"],
            cwd=cwd,
            env=env,
            stdin=subprocess.PIPE,  # kept open: a stdio MCP server waits for its client
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and process.poll() is None and not log.stat().st_size:
        time.sleep(0.1)
    time.sleep(0.5)  # a server that fails right after its first line has failed by now
    running = process.poll() is None
    process.send_signal(signal.SIGINT)
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    return (0 if running else process.returncode or 1), log.read_text(errors="replace")


@pytest.mark.timeout(900)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_documented_commands_work_as_written(
    document: str, workspace: tuple[Path, dict[str, str]]
) -> None:
    base, env = workspace
    groups = commands(document)
    assert sum(map(len, groups)) >= 10, groups
    failures = []
    for number, group in enumerate(groups):
        clone = _clone(base, f"{document}-{number}")
        failures += _run_group(group, clone, {**env, "PYTHONPATH": str(clone)})
    assert not failures, "\n\n".join(failures)


def _run_group(group: list[str], clone: Path, env: dict[str, str]) -> list[str]:
    """Run commands in order in `clone` (the clone's code, not this tree's); the failures."""
    failures = []
    for command in group:
        if command.startswith(SERVERS):
            if _port_busy(command):
                continue  # someone else's server holds the documented port
            status, output = _serve(command, clone, env)
        else:
            done = subprocess.run(
                ["bash", "-c", command],
                cwd=clone,
                env=env,
                input=STDIN.get(command, ""),
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            status, output = done.returncode, done.stdout + done.stderr
        if status != EXIT.get(command, 0):
            failures.append(f"$ {command}\nexit {status}\n{output[-1500:]}")
    return failures
