"""The `toolgen` entry point: answers `--help` and `--version` from a static table, else runs
the typer app with only the command module it needs (stdlib only, so a bare start stays fast)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

PROG = "toolgen"
SUMMARY = "Generate clients, Lua docs, MCP tools and reference pages from provider specs."

# name -> (one-line help, command modules under generator.commands that define it).
# tests/cli/test_launcher.py checks this table against what typer lists.
COMMANDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "generate": (
        "Render the Lua docs, MCP schemas, reference pages and other surfaces from `specs/`.",
        ("generate",),
    ),
    "validate": (
        "Check provider specs without writing anything; exit 1 if any has an error.",
        ("validate",),
    ),
    "verify": (
        "Report every way the spec disagrees with the provider's published API; exit 1 on mismatches.",
        ("verify",),
    ),
    "call": ("Call one tool through the generated client and print its JSON result.", ("call",)),
    "mock": (
        "Run the mock provider server in the foreground until Ctrl-C; prints each base URL.",
        ("mock",),
    ),
    "lua": ("Run Lua against the integrations, your MCP servers and the docs.", ("lua",)),
    "sdk": (
        "Build a standalone Python SDK package (`<id>-client`, import `<namespace>_client`).",
        ("sdk",),
    ),
    "import": (
        "Write tools, params and types for the chosen operations; hand edits are kept.",
        ("importer",),
    ),
    "diff": (
        "Compare the specs with an earlier version and classify each change per surface.",
        ("diff",),
    ),
    "providers": (
        "Every provider: function counts by access, auth kind, accounts and whether each is ready.",
        ("providers",),
    ),
    "search": (
        "Find functions by what they do: the same ranking as docs.search and MCP search_docs.",
        ("providers",),
    ),
    "schema": (
        "A function's input and output JSON Schema, as MCP clients see them.",
        ("providers",),
    ),
    "doctor": (
        "Check the setup and print, for each problem, the exact command that fixes it.",
        ("doctor",),
    ),
    "mcp": ("Serve the generated tools to MCP clients.", ("mcp", "lua")),
    "docs": ("Build or serve the static HTML reference site.", ("docs",)),
    "accounts": (
        "Manage provider accounts in the credentials file (secrets never on the command line).",
        ("accounts",),
    ),
    "policy": ("Per-provider read/write/destructive policy: allow, ask or deny.", ("policy",)),
    "completion": (
        "Shell completion for bash, zsh and fish: print the script or install it.",
        ("completion",),
    ),
}


def version() -> str:
    """The installed distribution's version, read from its metadata file (importlib.metadata
    costs more than the rest of a `--version` start)."""
    for entry in sys.path:
        try:
            found = sorted(Path(entry or ".").glob(f"{PROG}-*.dist-info/METADATA"))
        except OSError:
            continue
        for meta in found:
            for line in meta.read_text(encoding="utf-8").splitlines():
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
                if not line:
                    break
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as dist_version

    try:
        return dist_version(PROG)
    except PackageNotFoundError:
        return "unknown"


def help_text() -> str:
    """The root `--help` page, the same commands and one-line help typer would show."""
    width = max(len(name) for name in COMMANDS) + 2
    lines = [
        f"Usage: {PROG} [OPTIONS] COMMAND [ARGS]...",
        "",
        f"  {SUMMARY}",
        "",
        "Options:",
        "  --version  Show the version and exit.",
        "  --help     Show this message and exit.",
        "",
        "Commands:",
    ]
    lines += [f"  {name.ljust(width)}{text}" for name, (text, _) in COMMANDS.items()]
    lines += ["", f"Run `{PROG} COMMAND --help` for a command's options."]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point."""
    args = sys.argv[1:] if argv is None else argv
    if "_TOOLGEN_COMPLETE" not in os.environ:
        if args == ["--help"]:
            sys.stdout.write(help_text())
            raise SystemExit(0)
        if not args:
            sys.stdout.write(help_text())
            raise SystemExit(2)
        if args == ["--version"]:
            sys.stdout.write(f"{PROG} {version()}\n")
            raise SystemExit(0)
    from generator.cli import app, load

    if "_TOOLGEN_COMPLETE" in os.environ:  # a Tab press: typer's completion classes answer
        from typer._completion_classes import completion_init

        completion_init()
    if args and args[0] in COMMANDS:
        load(args[0])
    app(args=args, prog_name=PROG)
