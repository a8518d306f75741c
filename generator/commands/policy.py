"""`toolgen policy`: show and set the allow/ask/deny permission policy."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from generator.cli import Group, app
from generator.commands.common import unknown_provider
from generator.commands.completing import complete_provider

policy_app = typer.Typer(
    cls=Group,
    name="policy",
    help="Per-provider read/write/destructive policy: allow, ask or deny.",
    no_args_is_help=True,
)
app.add_typer(policy_app)


@policy_app.command("show")
def show(
    provider: Annotated[str, typer.Argument(help="Provider id.", autocompletion=complete_provider)],
    account: Annotated[str, typer.Option("--account", "-a", help="Account name.")] = "default",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The decision for each access level of one provider and account."""
    from generator.hosts.policy import ACCESS, Policy, PolicyError, policy_path

    _check_provider(provider)
    try:
        policy = Policy.load()
    except PolicyError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    decisions = {access: policy.decide(provider, account, access) for access in ACCESS}
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "provider": provider,
                    "account": account,
                    "file": str(policy_path()),
                    "policy": decisions,
                }
            )
        )
        return
    for access, decision in decisions.items():
        typer.echo(f"{provider}.{account} {access}: {decision}")


@policy_app.command("set")
def set_(
    provider: Annotated[
        str,
        typer.Argument(
            help="Provider id, or `defaults` for every provider.", autocompletion=complete_provider
        ),
    ],
    rules: Annotated[list[str], typer.Argument(help="ACCESS=DECISION, e.g. write=deny.")],
    account: Annotated[
        str | None, typer.Option("--account", "-a", help="Only this account.")
    ] = None,
) -> None:
    """Write rules to the policy file, keeping its comments (written atomically, 0600)."""
    import tomlkit

    from generator.hosts.policy import ACCESS, DECISIONS, policy_path
    from generator.ops.accounts_file import AccountsError, read_document, write_document

    if provider != "defaults":
        _check_provider(provider)
    parsed = {}
    for rule in rules:
        access, _, decision = rule.partition("=")
        if access not in ACCESS or decision not in DECISIONS:
            typer.echo(
                f"error: {rule!r}: expected ACCESS=DECISION with ACCESS one of "
                f"{', '.join(ACCESS)} and DECISION one of {', '.join(DECISIONS)}",
                err=True,
            )
            raise typer.Exit(2)
        parsed[access] = decision
    path = policy_path()
    try:
        document = read_document(path)
        table = document.setdefault(provider, tomlkit.table(is_super_table=account is not None))
        if account is not None:
            table = table.setdefault(account, tomlkit.table())
        table.update(parsed)
        write_document(document, path)
    except AccountsError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    scope = f"{provider}.{account}" if account else provider
    typer.echo(f"{scope}: " + ", ".join(f"{k}={v}" for k, v in parsed.items()) + f" ({path})")


def _check_provider(provider: str) -> None:
    if message := unknown_provider(provider):
        typer.echo(f"error: {message}", err=True)
        raise typer.Exit(2)
