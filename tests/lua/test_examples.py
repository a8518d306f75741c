"""Every Lua example in the generated docs runs against the mock server.

Results are strict: an example that reads a field its result type does not
declare fails, so the docs never promise data the tools do not return.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.registry import Registry

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = ROOT / "docs" / "reference"
LIMITS = Limits(timeout=20.0)


def lua_blocks() -> dict[str, str]:
    """{where: code} for each distinct Lua example of the generated docs.

    Sources: ```lua blocks of generated/lua/**.md and docs/reference/*.md, and
    the `toolgen lua --eval CODE` one-liners in their ```sh blocks.
    """
    parser = MarkdownIt()
    found: list[tuple[str, str]] = []
    pages = [*sorted((ROOT / "generated/lua").rglob("*.md")), *sorted(REFERENCE.glob("*.md"))]
    for path in pages:
        fences = [t for t in parser.parse(path.read_text(encoding="utf-8")) if t.type == "fence"]
        for number, token in enumerate(fences, start=1):
            where = f"{path.relative_to(ROOT)}#{number}"
            if token.info.strip() == "lua":
                found.append((where, token.content))
            elif token.info.strip() == "sh":
                found += [(f"{where}.{i}", c) for i, c in enumerate(eval_codes(token.content), 1)]
    first_place = {code: where for where, code in reversed(found)}
    return {where: code for code, where in first_place.items()}


def eval_codes(shell: str) -> list[str]:
    """The CODE of each `toolgen lua --eval CODE` command line."""
    codes = []
    for line in shell.splitlines():
        words = shlex.split(line)
        if words[:3] == ["toolgen", "lua", "--eval"]:
            codes.append(words[3])
    return codes


BLOCKS = lua_blocks()


@pytest.fixture
def strict_host(credentials_file: Path) -> LuaHost:
    return LuaHost(Registry.load(), force=True, strict=True, limits=LIMITS, root=ROOT)


def test_every_provider_and_function_has_lua_examples() -> None:
    registry = Registry.load()
    code = "\n".join(BLOCKS.values())
    missing = [e.full_name for e in registry.tools() if not re.search(rf"\.{e.name}\b", code)]
    assert registry.tools() and not missing


@pytest.mark.parametrize("where", sorted(BLOCKS))
def test_example_runs_against_the_mock(strict_host: LuaHost, where: str) -> None:
    result = strict_host.run(BLOCKS[where], where)
    assert result.error is None, f"{where}:\n{BLOCKS[where]}"
    assert result.ok


@pytest.mark.parametrize("where", sorted(BLOCKS)[:3])
def test_example_runs_through_the_cli(credentials_file: Path, where: str) -> None:
    toolgen = Path(sys.executable).parent / "toolgen"
    command = [str(toolgen), "lua", "--eval", BLOCKS[where], "--json", "--force", "--strict"]
    done = subprocess.run(command, check=False, capture_output=True, text=True, timeout=60)
    assert (done.returncode, json.loads(done.stdout)["ok"]) == (0, True), done.stdout


def test_strict_results_refuse_undeclared_fields(strict_host: LuaHost) -> None:
    code = 'return app.integrations.fly_io.get_app({ app_name = "my-app" }).%s'
    assert strict_host.run(code % "name").result == "my-app"
    assert strict_host.run(code % "internal_numeric_id").ok  # declared, maybe absent
    failed = strict_host.run(code % "owner")
    assert failed.error is not None
    assert "fly-io.get_app has no field 'owner'" in failed.error["message"]


def test_strict_lists_refuse_field_access(strict_host: LuaHost) -> None:
    failed = strict_host.run("return app.integrations.fly_io.list_apps({}).name")
    assert failed.error is not None
    assert "fly-io.list_apps is a list: it has no field 'name'" in failed.error["message"]
