"""`toolgen lua` and `toolgen mcp lua`: run a Lua script in a sandbox.

`toolgen lua` sees the generated tools, the docs and the user's MCP servers;
`toolgen mcp lua` only the MCP servers, `json`, `regex` and printing.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from generator.cli import app, usage_error
from generator.commands.mcp import mcp_app

if TYPE_CHECKING:
    from generator.hosts.lua import LuaHost

File = Annotated[
    Path | None, typer.Argument(help="Lua script to run (`-`: read it from stdin).", dir_okay=False)
]
Files = Annotated[
    list[Path] | None,
    typer.Argument(
        help="Lua script to run, `-` to read it from stdin (with --check: scripts to check).",
        dir_okay=False,
    ),
]
Eval = Annotated[str | None, typer.Option("--eval", "-e", help="Lua code to run.")]
AsJson = Annotated[
    bool,
    typer.Option("--json", help="Print one JSON object: ok, result, output, error, calls."),
]
Timeout = Annotated[
    float, typer.Option(min=0.001, help="Wall-clock limit in seconds; stops any script.")
]
McpConfig = Annotated[
    Path | None,
    typer.Option(
        "--mcp-config",
        dir_okay=False,
        help="MCP servers file (mcpServers JSON); default $TOOLGEN_MCP_CONFIG, "
        "else mcp.json in the toolgen config directory.",
    ),
]


def _fail_usage(message: str) -> typer.Exit:
    """A usage error (exit 2): plain on stderr, or with --json the usual object on stdout."""
    from typer._click.globals import get_current_context

    context = get_current_context(silent=True)
    if context is not None and context.params.get("as_json"):
        error = usage_error(message)
        typer.echo(json.dumps({"ok": False, "result": None, "output": "", **error, "calls": []}))
    else:
        typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def _source(file: Path | None, code: str | None) -> tuple[str, str]:
    """(code, chunk name) from exactly one of FILE and --eval."""
    if (file is None) == (code is None):
        raise _fail_usage("give a Lua FILE or --eval CODE (exactly one)")
    if code is not None:
        return code, "eval"
    assert file is not None
    if str(file) == "-":
        if sys.stdin.isatty():
            raise _fail_usage(
                "FILE `-` reads the script from standard input, not a terminal: pipe one in"
            )
        return sys.stdin.read(), "stdin"
    try:
        return file.read_bytes().decode("utf-8"), file.name
    except OSError as exc:
        raise _fail_usage(f"cannot read {file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise _fail_usage(f"{file} is not UTF-8 text") from None


def _servers(option: Path | None) -> dict[str, Any]:
    from generator.hosts.lua.mcp_config import McpConfigError, load_config

    try:
        return dict(load_config(option))
    except McpConfigError as exc:
        raise _fail_usage(str(exc)) from None


def _run(host: LuaHost, script: str, name: str, as_json: bool) -> None:
    result = host.run(script, name)
    if as_json:
        typer.echo(json.dumps(result.as_json(), ensure_ascii=False))
    elif result.error is not None:
        typer.echo(f"error: {result.error['message']}", err=True)
    elif result.result is not None:
        typer.echo(json.dumps(result.result, ensure_ascii=False, indent=2))
    raise typer.Exit(0 if result.ok else 1)


@app.command("lua")
def lua(
    files: Files = None,
    code: Eval = None,
    as_json: AsJson = False,
    force: Annotated[
        bool, typer.Option("--force", help="Allow write and destructive tools.")
    ] = False,
    account: Annotated[
        str | None, typer.Option(help="Account used by app.integrations.<ns>.<tool>.")
    ] = None,
    timeout: Timeout = 30.0,
    provider: Annotated[
        list[str] | None, typer.Option(help="Only expose this provider id (repeatable).")
    ] = None,
    strict: Annotated[
        bool, typer.Option(help="Results refuse fields their type does not declare (for tests).")
    ] = False,
    mcp_config: McpConfig = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Check the scripts against the specs without running them."),
    ] = False,
    repl: Annotated[
        bool, typer.Option("--repl", help="An interactive Lua prompt (history, Tab completion).")
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Calls return the HTTP request they would send; none is."),
    ] = False,
) -> None:
    """Run Lua against the integrations, your MCP servers and the docs.

    Scripts see app.integrations.*, app.mcp.*, mcp.*, docs.*, lua_read_doc,
    json.*, regex.*, dump and print.

    Write and destructive tools are refused unless --force is given. Exit 0 on
    success, 1 on a Lua, provider or MCP error or a timeout, 2 on a usage error.
    With --check, nothing runs: every call in FILES is checked against the
    project's specs and each problem printed as file:line:col (exit 1 on errors).
    """
    if check:
        _check(files or [], as_json)
    if files and len(files) > 1:
        raise _fail_usage("give one Lua FILE to run (several only with --check)")
    file = files[0] if files else None
    from generator.hosts.lua import Limits, LuaHost
    from generator.hosts.lua.host import PROJECT_ROOT
    from generator.hosts.registry import Registry
    from generator.output.root import find_root

    if repl and (file is not None or code is not None or as_json):
        raise _fail_usage("--repl takes no FILE, --eval or --json")
    if repl and not sys.stdin.isatty():
        raise _fail_usage("--repl needs a terminal; pipe a script with `toolgen lua -` instead")
    script, name = ("", "repl") if repl else _source(file, code)
    servers = _servers(mcp_config)
    try:
        registry = Registry.load(provider or ())
    except LookupError as exc:
        raise _fail_usage(str(exc)) from None
    host = LuaHost(
        registry,
        force=force,
        account=account,
        limits=Limits(timeout=timeout),
        strict=strict,
        root=find_root(Path.cwd()) or PROJECT_ROOT,
        stream=None if as_json else sys.stdout,
        mcp_servers=servers,
        isolate=not repl,
        dry_run=dry_run,
    )
    if repl:
        import platformdirs

        from generator.hosts.lua.repl import run_repl

        history = Path(platformdirs.user_cache_dir("toolgen")) / "lua_history"
        registry.confirm = _ask  # where the policy says ask, the person at the prompt answers
        raise typer.Exit(run_repl(host, history))
    _run(host, script, name, as_json)


@mcp_app.command("lua")
def mcp_lua(
    file: File = None,
    code: Eval = None,
    as_json: AsJson = False,
    timeout: Timeout = 30.0,
    mcp_config: McpConfig = None,
) -> None:
    """Run Lua that only needs your MCP servers (no integrations).

    Scripts see mcp.*, app.mcp.<server>.<tool>(args), json.*, regex.*, dump and
    print; `toolgen lua` adds the integrations and docs.

    Exit 0 on success, 1 on a Lua or MCP error or a timeout, 2 on a usage error.
    """
    from generator.hosts.lua import Limits, LuaHost

    script, name = _source(file, code)
    host = LuaHost(
        None,
        limits=Limits(timeout=timeout),
        stream=None if as_json else sys.stdout,
        mcp_servers=_servers(mcp_config),
    )
    _run(host, script, name, as_json)


def _check(files: list[Path], as_json: bool) -> None:
    from generator.evolve.scripts import check_scripts
    from generator.output.root import NoProject, project_root
    from generator.spec import SpecError, load_or_raise, spec_paths

    if not files:
        raise _fail_usage("--check needs one or more Lua FILEs")
    try:
        root = project_root()
        catalog = load_or_raise(spec_paths(root), root)
        diagnostics = check_scripts(files, catalog)
    except (NoProject, SpecError) as exc:
        raise _fail_usage(str(exc)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise _fail_usage(f"cannot read a script: {exc}") from None
    errors = [d for d in diagnostics if d.severity == "error"]
    if as_json:
        found = [
            {"location": str(d.loc), "severity": d.severity, "code": d.code, "message": d.message}
            for d in diagnostics
        ]
        typer.echo(json.dumps({"ok": not errors, "diagnostics": found}, ensure_ascii=False))
    else:
        for diagnostic in diagnostics:
            typer.echo(str(diagnostic), err=True)
        typer.echo(
            f"{'FAILED' if errors else 'ok'}: {len(files)} script(s) checked, "
            f"{len(errors)} error(s), {len(diagnostics) - len(errors)} warning(s)",
            err=True,
        )
    raise typer.Exit(1 if errors else 0)


def _ask(tool: str, access: str) -> bool:
    return input(f"Run {tool} ({access})? [y/N] ").strip().lower() in ("y", "yes")
