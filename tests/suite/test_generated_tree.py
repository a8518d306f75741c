"""The committed generated tree is current, and what the hosts publish about each tool
follows the spec model (expectations come from `generator/spec`, never from the output)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from generator import naming
from generator.cli import app
from generator.hosts.registry import Registry
from generator.spec.model import Catalog

ROOT = Path(__file__).resolve().parents[2]


def test_the_committed_generated_tree_is_current() -> None:
    """`toolgen generate --check` in-process: writes nothing, exits 1 on drift."""
    result = CliRunner().invoke(app, ["generate", "--check", "--root", str(ROOT)])
    assert result.exit_code == 0, (
        "the committed generated/ or docs/reference/ is stale; run `toolgen generate`\n"
        + result.output[-3000:]
    )


def test_mcp_annotations_follow_each_tools_access(catalog: Catalog) -> None:
    for provider in catalog.providers:
        path = ROOT / naming.mcp_path(provider.id)
        published = {t["name"]: t for t in json.loads(path.read_text("utf-8"))["tools"]}
        expected = {naming.mcp_name(provider.namespace, tool.name): tool for tool in provider.tools}
        assert set(published) == set(expected), provider.id
        for name, tool in expected.items():
            assert published[name]["annotations"] | {"title": None} == {
                "title": None,
                "readOnlyHint": tool.access == "read",
                "destructiveHint": tool.access == "destructive",
                "idempotentHint": tool.idempotent,
                "openWorldHint": True,
            }, name


def test_registry_access_follows_the_spec(catalog: Catalog) -> None:
    """The Lua host, `toolgen call` and the MCP server refuse writes by these entries."""
    entries = {entry.full_name: entry for entry in Registry.load().tools()}
    expected = {
        naming.full_name(provider.id, tool.name): tool
        for provider in catalog.providers
        for tool in provider.tools
    }
    assert set(entries) == set(expected)
    for name, tool in expected.items():
        assert (entries[name].access, entries[name].idempotent) == (tool.access, tool.idempotent)
