"""Helpers shared by the command modules."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NoReturn

import typer


def project_root(option: Path | None = None) -> Path:
    """The project root from `--root` or the working directory; a usage error (exit 2) if none."""
    from generator.output.root import NoProject
    from generator.output.root import project_root as find

    try:
        return find(option)
    except NoProject as exc:
        raise typer.BadParameter(str(exc), param_hint="--root" if option else None) from None


def unknown_provider(provider: str, *, glob: bool = False) -> str | None:
    """`unknown provider 'flyio' (did you mean 'fly-io'?)` when no generated provider has this
    id (or, with `glob`, matches it); None when one does or nothing is generated yet."""
    import fnmatch

    from generator.hosts.registry import UnknownTool
    from generator.ops.lookup import installed_providers
    from generator.suggest import unknown

    try:
        known = sorted(installed_providers())
    except UnknownTool:
        return None
    if provider in known or (glob and fnmatch.filter(known, provider)):
        return None
    return unknown("provider", provider, known)


def fail(message: str, as_json: bool, code: int = 1) -> NoReturn:
    """End a command: `{"ok": false, "error": ...}` on stdout with --json, else `error:` on stderr."""
    if as_json:
        typer.echo(json.dumps({"ok": False, "error": message}))
    else:
        typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)
