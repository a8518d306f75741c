"""Helpers shared by the command modules."""

from __future__ import annotations

from pathlib import Path

import typer


def project_root(option: Path | None = None) -> Path:
    """The project root from `--root` or the working directory; a usage error (exit 2) if none."""
    from generator.output.root import NoProject
    from generator.output.root import project_root as find

    try:
        return find(option)
    except NoProject as exc:
        raise typer.BadParameter(str(exc), param_hint="--root" if option else None) from None
