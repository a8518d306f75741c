"""`toolgen doctor`: specs, generated files, credentials and (with --online) reachability."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from generator.cli import app
from generator.commands.common import fail
from generator.commands.completing import complete_provider


@app.command()
def doctor(
    provider: Annotated[
        list[str] | None,
        typer.Argument(help="Only these providers.", autocompletion=complete_provider),
    ] = None,
    account: Annotated[str, typer.Option("--account", "-a", help="Account to check.")] = "default",
    online: Annotated[bool, typer.Option(help="Also send one request to each base URL.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Check the setup and print, for each problem, the exact command that fixes it.

    Exit 0 when every check passes, 1 when one fails, 2 for an unknown provider.
    """
    import tomlkit

    from generator.hosts.registry import Registry, UnknownTool
    from generator.ops.accounts_file import AccountsError, read_document
    from generator.ops.doctor import (
        Finding,
        account_findings,
        credentials_file_findings,
        online_finding,
        project_findings,
    )
    from generator.ops.lookup import installed_providers, unknown_provider
    from generator.output.root import find_root

    findings: list[Finding] = []
    project = find_root(Path.cwd())
    if project is not None:
        findings += project_findings(project)
    try:
        known = sorted(installed_providers())
        for name in provider or []:
            if name not in known:
                raise unknown_provider(name, known)
        registry = Registry.load(provider or [])
        document = read_document()
    except UnknownTool as exc:
        fail(str(exc.args[0]), as_json, 2)
    except AccountsError as exc:
        findings.append(Finding("credentials-file", False, str(exc), "fix the file by hand"))
        document = tomlkit.document()
    findings += credentials_file_findings()
    for pid in registry.provider_ids():
        spec = registry.provider(pid)
        findings += account_findings(spec, account, document)
        if online:
            findings.append(online_finding(spec, account))
    failed = [f for f in findings if not f.ok]
    if as_json:
        typer.echo(
            json.dumps({"ok": not failed, "findings": [f.to_json() for f in findings]}, indent=2)
        )
    else:
        for finding in findings:
            mark = "ok  " if finding.ok else "FAIL"
            typer.echo(f"{mark} {finding.check}: {finding.message}")
            if finding.fix:
                typer.echo(f"     fix: {finding.fix}")
        typer.echo(f"{len(failed)} problem(s) found" if failed else "everything looks good")
    raise typer.Exit(1 if failed else 0)
