"""`toolgen sdk <id> --out DIR`: a standalone, pip-installable client package built by
openapi-python-client from the provider's OpenAPI export."""

from __future__ import annotations

import json
import shlex
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from generator.cli import app
from generator.commands.completing import complete_provider

if TYPE_CHECKING:
    from openapi_python_client.parser.errors import GeneratorError

    from generator.spec.model import Provider


@app.command()
def sdk(
    provider_id: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Provider id (specs/<id>.yaml).", autocompletion=complete_provider
        ),
    ],
    out: Annotated[Path, typer.Option(help="Directory to create the package in.")],
    overwrite: Annotated[bool, typer.Option(help="Replace DIR if it exists.")] = False,
) -> None:
    """Build a standalone Python SDK package (`<id>-client`, import `<namespace>_client`)."""
    from generator.spec import SpecError, load_provider, spec_paths

    root = Path.cwd()
    try:
        [path] = spec_paths(root, [provider_id])
    except SpecError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    if out.exists() and any(out.iterdir()) and not overwrite:
        typer.echo(
            f"error: {out} exists and is not empty (use --overwrite to replace it)", err=True
        )
        raise typer.Exit(2)
    provider, diagnostics = load_provider(path, root)
    if provider is None:
        for diagnostic in diagnostics:
            typer.echo(str(diagnostic), err=True)
        raise typer.Exit(1)
    errors, warnings = build_sdk(provider, out)
    for problem in [*warnings, *errors]:
        typer.echo(problem, err=True)
    if errors:
        raise typer.Exit(1)
    typer.echo(f"wrote {out} (package {provider.namespace}_client)", err=True)


def build_sdk(provider: Provider, out: Path) -> tuple[list[str], list[str]]:
    """Runs openapi-python-client in-process; returns its (errors, warnings) as text."""
    from openapi_python_client import generate
    from openapi_python_client.config import Config, ConfigFile, MetaType
    from openapi_python_client.parser.errors import ErrorLevel

    from generator.render.openapi import openapi_document

    with tempfile.TemporaryDirectory(prefix="toolgen-sdk-") as scratch:
        document = Path(scratch) / "openapi.json"
        openapi = openapi_document(provider)
        dropped = _drop_colliding_params(openapi)
        document.write_text(json.dumps(openapi), encoding="utf-8")
        config_file = ConfigFile(
            project_name_override=f"{provider.id}-client",
            package_name_override=f"{provider.namespace}_client",
            post_hooks=_ruff_hooks(),
        )
        config = Config.from_sources(
            config_file, MetaType.SETUP, document, "utf-8", True, out.resolve()
        )
        problems = generate(config=config)
    errors = [_describe(p) for p in problems if p.level == ErrorLevel.ERROR]
    if not errors:
        from generator.commands.sdk_finish import FinishError, finish_sdk

        try:
            finish_sdk(provider, out)
        except FinishError as exc:
            errors.append(f"error: {exc}")
    return errors, [*dropped, *(_describe(p) for p in problems if p.level != ErrorLevel.ERROR)]


def _drop_colliding_params(document: dict[str, Any]) -> list[str]:
    """openapi-python-client skips an operation whose params share a Python name (`branch`, `branch[]`):
    keep the first of them so the operation is still generated."""
    from generator.naming import snake

    warnings = []
    for operations in document["paths"].values():
        for operation in operations.values():
            seen: set[str] = set()
            kept = []
            for param in operation.get("parameters", ()):
                identifier = snake(param["name"])
                if identifier in seen:
                    warnings.append(
                        f"warning: {operation['operationId']}: parameter '{param['name']}' is left out of the SDK:"
                        f" its Python name '{identifier}' is taken"
                    )
                    continue
                seen.add(identifier)
                kept.append(param)
            if "parameters" in operation:
                operation["parameters"] = kept
    return warnings


def _describe(problem: GeneratorError) -> str:
    detail = f": {problem.detail}" if problem.detail else ""
    return f"{problem.level.value.lower()}: {problem.header}{detail}"


def _ruff_hooks() -> list[str]:
    """Tidy the generated code with the ruff next to this interpreter, when there is one."""
    ruff = shutil.which("ruff") or shutil.which("ruff", path=str(Path(sys.executable).parent))
    if ruff is None:
        return []
    return [f"{shlex.quote(ruff)} check --fix-only .", f"{shlex.quote(ruff)} format ."]
