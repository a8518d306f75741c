"""`toolgen doctor`: check the setup end to end; every problem comes with the command that fixes it."""

from __future__ import annotations

import contextlib
import io
import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from attrs import frozen

from generator.runtime.accounts import credentials_path
from generator.runtime.meta import ProviderSpec


@frozen
class Finding:
    check: str
    ok: bool
    message: str
    fix: str = ""  # the exact command that fixes it

    def to_json(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "ok": self.ok,
            "message": self.message,
            "fix": self.fix or None,
        }


def project_findings(project: Path) -> Iterator[Finding]:
    """Specs valid and the generated tree current (only inside a project)."""
    from rich.console import Console

    from generator.commands.generate import run
    from generator.spec import load_catalog, spec_paths

    paths = spec_paths(project)
    _, diagnostics = load_catalog(paths, project)
    errors = [d for d in diagnostics if d.severity == "error"]
    if errors:
        yield Finding(
            "specs", False, f"{len(errors)} spec error(s), first: {errors[0]}", "toolgen validate"
        )
        return
    yield Finding("specs", True, f"{len(paths)} spec(s) valid")
    sink = io.StringIO()
    with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
        status = run(Console(file=sink), project, [], check=True)
    if status != 0:
        yield Finding(
            "generated", False, "generated files are out of date with the specs", "toolgen generate"
        )
    else:
        yield Finding("generated", True, "generated files match the specs")


def credentials_file_findings() -> Iterator[Finding]:
    path = credentials_path()
    if not path.exists():
        yield Finding("credentials-file", True, f"no credentials file at {path} (optional)")
        return
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        yield Finding(
            "credentials-file",
            False,
            f"{path} is readable by others (mode {mode:o}); it holds tokens",
            f"chmod 600 {path}",
        )
    else:
        yield Finding("credentials-file", True, f"{path} is private (mode {mode:o})")


def account_findings(spec: ProviderSpec, account: str, document: Any) -> Iterator[Finding]:
    from generator.ops.credential_sources import credential_rows

    missing = [
        row
        for row in credential_rows(spec, account, document)
        if row["required"] and row["source"] == "missing"
    ]
    for row in missing:
        where = f"{spec.id}.{account}"
        fix = f"toolgen accounts set {spec.id} {row['name']}"
        if account != "default":
            fix += f" --account {account}"
        if not row["secret"]:
            fix += "=VALUE"
        env = f" or the environment variable {row['env']}" if account == "default" else ""
        yield Finding(
            f"credentials:{where}",
            False,
            f"{where} lacks required credential {row['name']}{env}",
            fix,
        )
    if not missing:
        yield Finding(f"credentials:{spec.id}.{account}", True, "every required credential set")


def online_finding(spec: ProviderSpec, account: str) -> Finding:
    import httpx

    from generator.runtime.accounts import load_account
    from generator.runtime.errors import CredentialsError

    try:
        url = load_account(spec, account).base_url
    except CredentialsError:
        url = os.environ.get(spec.base_url_env) or spec.base_url
    try:
        response = httpx.get(url, timeout=5.0, follow_redirects=False)
    except httpx.HTTPError as exc:
        return Finding(
            f"online:{spec.id}",
            False,
            f"cannot reach {url}: {type(exc).__name__}",
            f"check the network or base_url: toolgen accounts show {spec.id}",
        )
    return Finding(f"online:{spec.id}", True, f"{url} answered HTTP {response.status_code}")
