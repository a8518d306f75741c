"""`toolgen accounts`: list, show, set, unset and remove accounts in the credentials file."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Any

import typer

from generator.cli import Group, app
from generator.commands.common import fail
from generator.commands.completing import complete_provider

accounts_app = typer.Typer(
    cls=Group,
    name="accounts",
    help="Manage provider accounts in the credentials file (secrets never on the command line).",
    no_args_is_help=True,
)
app.add_typer(accounts_app)

AccountOption = Annotated[str, typer.Option("--account", "-a", help="Account name.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


def _spec(provider: str, as_json: bool) -> Any:
    from generator.hosts.registry import UnknownTool
    from generator.ops.lookup import provider_spec

    try:
        return provider_spec(provider)
    except UnknownTool as exc:
        fail(str(exc.args[0]), as_json, 2)


@accounts_app.command("list")
def list_accounts(
    provider: Annotated[
        str | None, typer.Argument(help="Only this provider.", autocompletion=complete_provider)
    ] = None,
    as_json: JsonOption = False,
) -> None:
    """Every provider's accounts and whether each is ready to call."""
    from generator.hosts.registry import Registry
    from generator.ops.accounts_file import AccountsError, accounts_by_provider, read_document
    from generator.ops.inventory import provider_rows

    if provider is not None:
        _spec(provider, as_json)
    try:
        accounts = accounts_by_provider(read_document())
    except AccountsError as exc:
        fail(str(exc), as_json)
    rows = provider_rows(Registry.load([provider] if provider else []), accounts)
    listing = [{"provider": r["id"], **a} for r in rows for a in r["accounts"]]
    if as_json:
        typer.echo(json.dumps({"ok": True, "accounts": listing}, indent=2))
        return
    for item in listing:
        state = "ready" if item["ready"] else f"not ready: {item['problem']}"
        typer.echo(f"{item['provider']}.{item['account']}: {state}")


@accounts_app.command("show")
def show(
    provider: Annotated[str, typer.Argument(help="Provider id.", autocompletion=complete_provider)],
    account: AccountOption = "default",
    as_json: JsonOption = False,
) -> None:
    """Each credential of an account: where its value comes from, secrets masked."""
    from generator.ops.accounts_file import AccountsError, read_document
    from generator.ops.credential_sources import credential_rows

    spec = _spec(provider, as_json)
    try:
        rows = credential_rows(spec, account, read_document())
    except AccountsError as exc:
        fail(str(exc), as_json)
    if as_json:
        typer.echo(
            json.dumps(
                {"ok": True, "provider": spec.id, "account": account, "credentials": rows}, indent=2
            )
        )
        return
    for row in rows:
        flags = ", ".join(
            f
            for f in ("secret" if row["secret"] else "", "required" if row["required"] else "")
            if f
        )
        typer.echo(
            f"{row['name']:<22} {row['source']:<9} {row['value'] or '-'}"
            + (f"  ({flags})" if flags else "")
        )


@accounts_app.command("set")
def set_(
    provider: Annotated[str, typer.Argument(help="Provider id.", autocompletion=complete_provider)],
    assignments: Annotated[
        list[str] | None,
        typer.Argument(help="KEY=VALUE for plain settings; KEY alone for a secret (prompted)."),
    ] = None,
    account: AccountOption = "default",
    stdin_json: Annotated[
        bool, typer.Option("--stdin-json", help="Read a JSON object of KEY: VALUE from stdin.")
    ] = False,
    as_json: JsonOption = False,
) -> None:
    """Set credential values; secret values come from a hidden prompt or standard input."""
    from generator.ops.accounts_file import (
        AccountsError,
        check_key,
        masked,
        read_document,
        set_values,
        write_document,
    )
    from generator.ops.credential_sources import gather_values

    spec = _spec(provider, as_json)
    try:
        for item in assignments or []:
            check_key(spec, item.split("=", 1)[0])
        values = gather_values(spec, assignments or [], stdin_json, sys.stdin)
        document = read_document()
        set_values(document, spec, account, values)
        path = write_document(document)
    except AccountsError as exc:
        fail(str(exc), as_json)
    shown = {key: masked(spec, key, value) for key, value in values.items()}
    if as_json:
        typer.echo(
            json.dumps(
                {
                    "ok": True,
                    "provider": spec.id,
                    "account": account,
                    "set": shown,
                    "file": str(path),
                }
            )
        )
        return
    for key, value in shown.items():
        typer.echo(f"{spec.id}.{account}: {key} = {value}")
    typer.echo(f"saved {path} (mode 0600)", err=True)


@accounts_app.command("unset")
def unset(
    provider: Annotated[str, typer.Argument(help="Provider id.", autocompletion=complete_provider)],
    keys: Annotated[list[str], typer.Argument(help="Credential names to remove.")],
    account: AccountOption = "default",
    as_json: JsonOption = False,
) -> None:
    """Remove credential values from an account."""
    from generator.ops.accounts_file import (
        AccountsError,
        read_document,
        unset_values,
        write_document,
    )

    spec = _spec(provider, as_json)
    try:
        document = read_document()
        removed = unset_values(document, spec, account, keys)
        write_document(document)
    except AccountsError as exc:
        fail(str(exc), as_json)
    if as_json:
        typer.echo(json.dumps({"ok": True, "removed": removed}))
    else:
        typer.echo(f"{spec.id}.{account}: removed {', '.join(removed) or 'nothing'}")


@accounts_app.command("remove")
def remove(
    provider: Annotated[str, typer.Argument(help="Provider id.", autocompletion=complete_provider)],
    account: AccountOption = "default",
    as_json: JsonOption = False,
) -> None:
    """Delete a whole account table from the credentials file."""
    from generator.ops.accounts_file import (
        AccountsError,
        read_document,
        remove_account,
        write_document,
    )

    spec = _spec(provider, as_json)
    try:
        document = read_document()
        found = remove_account(document, spec.id, account)
        if found:
            write_document(document)
    except AccountsError as exc:
        fail(str(exc), as_json)
    if not found:
        from generator.suggest import unknown

        tables = document.get(spec.id, {})
        known = sorted(tables) if isinstance(tables, dict) else []
        fail(unknown("account", account, known, within=f"for {spec.id}"), as_json)
    if as_json:
        typer.echo(json.dumps({"ok": True, "removed": f"{spec.id}.{account}"}))
    else:
        typer.echo(f"removed {spec.id}.{account}")
