"""The `toolgen` typer app. Each subcommand lives in `generator/commands/<name>.py` and is
imported only when that command runs (or is listed); `generator.launcher` is the entry point.
A new command needs its row in `generator.launcher.COMMANDS` (name, help, module)."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence
from typing import Any

import typer
import typer.main
from typer.core import TyperGroup

from generator.launcher import COMMANDS, SUMMARY, version


class Group(TyperGroup):
    """A command group whose unknown subcommands get the one wording (`toolgen mcp serv`)."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        from typer._click.exceptions import UsageError

        try:
            return super().resolve_command(ctx, args)
        except UsageError as exc:
            names = self.list_commands(ctx)
            if args and args[0] not in names and not args[0].startswith("-"):
                from generator.suggest import unknown

                exc.message = unknown("command", args[0], names)
            raise


class LazyGroup(Group):
    """The root group: lists the static command table, imports a command's module on first use."""

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands:
            # a name missing from the table (a typo, or a command added without its row):
            # every module is loaded, so typer's suggestions and the test see it
            load(cmd_name) if cmd_name in COMMANDS else load_all()
            built = typer.main.get_group(app).commands.get(cmd_name)
            if built is not None:
                self.commands[cmd_name] = built
        return self.commands.get(cmd_name)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """With `--json`, a usage error is one JSON object on stdout too (exit 2)."""
        argv = list(sys.argv[1:] if args is None else args)
        json_mode = "--json" in argv and standalone_mode
        call = {"prog_name": prog_name, "complete_var": complete_var, **extra}
        if not json_mode:
            return super().main(argv, standalone_mode=standalone_mode, **call)
        import json

        from typer._click.exceptions import ClickException

        try:
            status = super().main(argv, standalone_mode=False, **call)
        except ClickException as exc:
            typer.echo(json.dumps(usage_error(exc.format_message())))
            sys.exit(exc.exit_code)
        sys.exit(status if isinstance(status, int) else 0)


def usage_error(message: str) -> dict[str, Any]:
    """What `--json` modes print for a usage error."""
    return {"ok": False, "error": {"kind": "usage", "message": message}}


app = typer.Typer(
    name="toolgen",
    cls=LazyGroup,
    help=SUMMARY,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"toolgen {version()}")
        raise typer.Exit()


@app.callback()
def _root(
    show_version: bool = typer.Option(
        False,
        "--version",
        callback=_show_version,
        is_eager=True,
        help="Show the version and exit.",
    ),
) -> None:
    """Generate clients, Lua docs, MCP tools and reference pages from provider specs."""


def load(name: str) -> None:
    """Import the command modules that define `name` (they register themselves on `app`)."""
    for module in COMMANDS[name][1]:
        try:
            importlib.import_module(f"generator.commands.{module}")
        except ModuleNotFoundError as exc:
            if exc.name != f"generator.commands.{module}":
                raise


def load_all() -> None:
    """Import every command module (for listings that need the real commands)."""
    for name in COMMANDS:
        load(name)
