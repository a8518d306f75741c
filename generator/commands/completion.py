"""`toolgen completion show|install SHELL`: shell completion for bash, zsh and fish."""

from __future__ import annotations

import enum
from typing import Annotated

import typer

from generator.cli import Group, app

completion_app = typer.Typer(
    cls=Group,
    name="completion",
    help="Shell completion for bash, zsh and fish: print the script or install it.",
    no_args_is_help=True,
)
app.add_typer(completion_app)

COMPLETE_VAR = "_TOOLGEN_COMPLETE"


class Shell(str, enum.Enum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"


ShellArg = Annotated[Shell, typer.Argument(help="bash, zsh or fish.")]


@completion_app.command("show")
def show(shell: ShellArg) -> None:
    """Print the completion script for SHELL (e.g. `eval "$(toolgen completion show bash)"`)."""
    from typer._completion_classes import completion_init
    from typer._completion_shared import get_completion_script

    completion_init()
    typer.echo(get_completion_script(prog_name="toolgen", complete_var=COMPLETE_VAR, shell=shell))


@completion_app.command("install")
def install(shell: ShellArg) -> None:
    """Install the completion script for SHELL in your shell's start-up files."""
    from typer._completion_classes import completion_init
    from typer._completion_shared import install as install_script

    completion_init()
    _, path = install_script(shell=shell.value, prog_name="toolgen", complete_var=COMPLETE_VAR)
    typer.echo(
        f"{shell.value} completion installed in {path}; open a new shell to use it.", err=True
    )
