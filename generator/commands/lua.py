"""`toolgen lua`: run a Lua script against the generated tools in a sandbox."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from generator.cli import app


def _fail_usage(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(2)


def _source(file: Path | None, code: str | None) -> tuple[str, str]:
    """(code, chunk name) from exactly one of FILE and --eval."""
    if (file is None) == (code is None):
        raise _fail_usage("give a Lua FILE or --eval CODE (exactly one)")
    if code is not None:
        return code, "eval"
    assert file is not None
    try:
        return file.read_bytes().decode("utf-8"), file.name
    except OSError as exc:
        raise _fail_usage(f"cannot read {file}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise _fail_usage(f"{file} is not UTF-8 text") from None


@app.command("lua")
def lua(
    file: Annotated[Path | None, typer.Argument(help="Lua script to run.", dir_okay=False)] = None,
    code: Annotated[str | None, typer.Option("--eval", "-e", help="Lua code to run.")] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print one JSON object: ok, result, output, error.")
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Allow write and destructive tools.")
    ] = False,
    account: Annotated[
        str | None, typer.Option(help="Account used by app.integrations.<ns>.<tool>.")
    ] = None,
    timeout: Annotated[float, typer.Option(min=0.001, help="Wall-clock limit in seconds.")] = 30.0,
    provider: Annotated[
        list[str] | None, typer.Option(help="Only expose this provider id (repeatable).")
    ] = None,
    strict: Annotated[
        bool, typer.Option(help="Results refuse fields their type does not declare (for tests).")
    ] = False,
) -> None:
    """Run Lua with app.integrations.*, docs.read, json.*, dump and print.

    Write and destructive tools are refused unless --force is given. Exit 0 on
    success, 1 on a Lua or provider error, 2 on a usage error.
    """
    from generator.hosts.lua import Limits, LuaHost
    from generator.hosts.lua.host import PROJECT_ROOT
    from generator.hosts.registry import Registry
    from generator.output.root import find_root

    script, name = _source(file, code)
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
    )
    result = host.run(script, name)
    if as_json:
        typer.echo(json.dumps(result.as_json(), ensure_ascii=False))
    elif result.error is not None:
        typer.echo(f"error: {result.error['message']}", err=True)
    elif result.result is not None:
        typer.echo(json.dumps(result.result, ensure_ascii=False, indent=2))
    raise typer.Exit(0 if result.ok else 1)
