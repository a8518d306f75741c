"""Specs -> rendered files in memory. Nothing here touches the output tree."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TypeVar

from generator.output.plan import Owned
from generator.spec import SpecError
from generator.spec.diagnostics import Diagnostic
from generator.spec.model import Catalog

T = TypeVar("T")


class UnknownProvider(Exception):
    """A `--provider` id with no spec: a usage error."""


class SpecErrors(Exception):
    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        super().__init__(f"{len(diagnostics)} spec problem(s)")
        self.diagnostics = diagnostics


class RenderError(Exception):
    pass


def load(root: Path, ids: Sequence[str] = ()) -> tuple[Catalog, list[Diagnostic]]:
    """The whole catalog (indexes need every provider) and its warnings."""
    from generator.spec.loader import load_catalog

    catalog, diagnostics = load_catalog(catalog_paths(root, ids), root)
    if catalog is None:
        raise SpecErrors(diagnostics)
    return catalog, diagnostics


def catalog_paths(root: Path, ids: Sequence[str] = ()) -> list[Path]:
    """Every spec of the catalog, after checking that each of `ids` has one."""
    if ids:
        from generator.spec.loader import spec_paths

        try:
            spec_paths(root, ids)
        except SpecError as exc:
            raise UnknownProvider("\n".join(d.message for d in exc.diagnostics)) from exc
    return sorted((root / "specs").glob("*.yaml"))  # `spec_paths(root)`, without importing ruamel


def merge(parts: Iterable[tuple[str, Mapping[str, str | bytes]]]) -> dict[str, Owned]:
    """(owner, files) pairs -> every file with its owner, sorted; a path may have one owner.

    A file is its text, or its text packed by `plan.pack`.
    """
    files: dict[str, Owned] = {}
    for owner, rendered in parts:
        for path, text in rendered.items():
            if path in files:
                raise RenderError(f"{path} is produced by both {files[path].owner} and {owner}")
            files[path] = Owned(owner, text) if isinstance(text, str) else Owned(owner, data=text)
    return dict(sorted(files.items()))


def guarded(what: str, produce: Callable[[T], dict[str, str]], arg: T) -> dict[str, str]:
    """Any renderer failure becomes one clear error naming what was being rendered."""
    try:
        return produce(arg)
    except Exception as exc:  # a bug or a hostile value a renderer refused
        raise RenderError(f"rendering {what} failed: {type(exc).__name__}: {exc}") from exc
