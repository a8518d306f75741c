"""`toolgen call NAME [--args JSON] [--account A] [--force]`: run one tool, print JSON.

NAME may be any published name (`fly-io.list_apps`, `fly_io__list_apps`,
`flyListApps`, ...). Without NAME (or with `-`) an action is read from stdin:
`{"action": "flyListApps", "arguments": {"appName": "my-app"}}`.
Exit codes: 0 ok, 1 provider or argument error, 2 usage error.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any, NoReturn

import typer

from generator.cli import app
from generator.commands.completing import complete_tool

USAGE_ERROR = 2
CALL_ERROR = 1


@app.command()
def call(
    name: Annotated[
        str,
        typer.Argument(
            help="Tool name; omit or `-` to read an action from stdin.",
            autocompletion=complete_tool,
        ),
    ] = "-",
    args: Annotated[str, typer.Option("--args", help="Arguments as a JSON object.")] = "",
    account: Annotated[
        str | None, typer.Option(help="Credentials account (default: `default`).")
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Answer yes where the policy asks; never overrides deny."),
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print the HTTP request, secrets masked; send nothing."),
    ] = False,
) -> None:
    """Call one tool through the generated client and print its JSON result.

    The permission policy (docs/commands.md#policy) decides per provider and
    account: reads are allowed and writes ask by default; on a terminal you are
    asked, elsewhere --force answers yes. `deny` refuses whatever the flags.
    """
    tool, arguments = _request(name, args)
    from generator.hosts.policy import PolicyError
    from generator.hosts.registry import CALL_ERRORS, Registry

    try:
        registry = Registry.load()
    except (LookupError, PolicyError) as exc:
        _usage(str(exc.args[0]))
    registry.confirm = _ask if sys.stdin.isatty() and sys.stderr.isatty() else None
    try:
        if dry_run:
            result = registry.dry_run(tool, arguments, account=account)
        else:
            result = registry.call(tool, arguments, account=account, force=force)
    except CALL_ERRORS as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(CALL_ERROR) from None
    finally:
        registry.close()
    typer.echo(json.dumps(result, indent=2, ensure_ascii=False))


def _ask(tool: str, access: str) -> bool:
    answer = input(f"Run {tool} ({access})? [y/N] ") if sys.stdin.isatty() else ""
    return answer.strip().lower() in ("y", "yes")


def _request(name: str, args: str) -> tuple[str, dict[str, Any]]:
    """The tool name and arguments from the command line or an action on stdin."""
    if name != "-":
        return name, _object(args or "{}", "--args")
    if args:
        _usage("--args cannot be combined with an action on stdin")
    if sys.stdin.isatty():
        _usage(
            "no tool NAME given and standard input is a terminal: give NAME, "
            'or pipe an action such as {"action": "fly-io.list_apps", "arguments": {}}'
        )
    action = _object(sys.stdin.read() or "{}", "the action on stdin")
    tool = action.get("action")
    if not isinstance(tool, str) or not tool:
        _usage('give a tool NAME, or an action {"action": NAME, "arguments": {...}} on stdin')
    unknown = sorted(set(action) - {"action", "arguments"})
    if unknown:
        _usage(f"unknown key(s) in the action: {', '.join(unknown)}")
    arguments = action.get("arguments", {})
    if not isinstance(arguments, dict):
        _usage("the action's arguments must be a JSON object")
    return tool, arguments


def _object(text: str, where: str) -> dict[str, Any]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        _usage(f"{where} is not valid JSON: {exc}")
    if not isinstance(value, dict):
        _usage(f"{where} must be a JSON object")
    return value


def _usage(message: str) -> NoReturn:
    typer.echo(f"usage error: {message}", err=True)
    raise typer.Exit(USAGE_ERROR)
