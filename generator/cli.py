"""The `toolgen` command. Each subcommand lives in `generator/commands/<name>.py`."""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="toolgen",
    help="Generate clients, Lua docs, MCP tools and reference pages from provider specs.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Generate clients, Lua docs, MCP tools and reference pages from provider specs."""


COMMANDS = (
    "generate",
    "validate",
    "verify",
    "call",
    "mock",
    "lua",
    "mcp",
    "docs",
    "sdk",
    "importer",
    "diff",
    "accounts",
    "providers",
    "doctor",
    "policy",
)

for _name in COMMANDS:
    try:
        importlib.import_module(f"generator.commands.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"generator.commands.{_name}":
            raise
