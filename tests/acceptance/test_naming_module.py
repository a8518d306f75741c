"""Published names are built only in `generator/naming.py`: no other module or template
spells a Lua path, an MCP name or a full name by hand."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from generator import naming

GENERATOR = Path(__file__).resolve().parents[2] / "generator"
# A string that starts a Lua path (prose such as help text has spaces), or the
# `__` an f-string puts between a namespace and a tool.
HAND_BUILT = re.compile(r"^(app\.integrations\S*|__)$")
NOT_SCANNED = {"naming.py"}


def strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of every string constant and f-string part, docstrings excepted."""
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    constants = [node for node in ast.walk(tree) if isinstance(node, ast.Constant)]
    for node in constants:
        if isinstance(node.value, str) and id(node) not in docstrings:
            yield node.lineno, node.value


def hand_built_names() -> list[str]:
    found = []
    for path in sorted(GENERATOR.rglob("*.py")):
        if path.name in NOT_SCANNED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, text in strings(tree):
            if HAND_BUILT.search(text):
                found.append(f"{path.relative_to(GENERATOR.parent)}:{line}: {text!r}")
    for path in sorted(GENERATOR.rglob("*.j2")):
        for line, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "app.integrations" in text or re.search(r"}}__{{", text):
                found.append(f"{path.relative_to(GENERATOR.parent)}:{line}: {text!r}")
    return found


def test_no_module_or_template_builds_a_published_name() -> None:
    found = hand_built_names()
    assert not found, found


def test_the_naming_module_spells_every_form() -> None:
    assert naming.namespace_path("fly_io") == "app.integrations.fly_io"
    assert naming.lua_path("fly_io", "list_apps") == "app.integrations.fly_io.list_apps"
    assert (
        naming.account_lua_path("fly_io", "production", "list_apps")
        == "app.integrations.fly_io.production.list_apps"
    )
    assert naming.lua_index_path("fly-io", "list_apps") == 'app.integrations["fly-io"].list_apps'
    assert naming.local_lua_path("fly_io", "list_apps") == "fly_io.list_apps"
    assert naming.full_name("fly-io", "list_apps") == "fly-io.list_apps"
    assert naming.mcp_name("fly_io", "list_apps") == "fly_io__list_apps"
    assert naming.class_name("render2") == "Render2"
