"""Load spec files into the model, collecting every located problem."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.spec.build import build_provider
from generator.spec.checks import check_provider
from generator.spec.context import Context
from generator.spec.deprecation import check_replacements
from generator.spec.diagnostics import (
    Diagnostic,
    Report,
    SpecError,
    has_errors,
    sorted_diagnostics,
)
from generator.spec.examples import check_lua
from generator.spec.model import Catalog, Loc, Provider
from generator.spec.raw_checks import check_raw
from generator.spec.summary import check_unique
from generator.spec.yaml_source import read_yaml
from generator.suggest import unknown


def load_provider(path: Path, root: Path | None = None) -> tuple[Provider | None, list[Diagnostic]]:
    """The provider of one spec file (None if it has errors) and its sorted diagnostics."""
    report = Report()
    parsed = read_yaml(path, display_path(path, root), report)
    provider = None
    if parsed is not None and check_raw(*parsed, report):
        text_ok = not has_errors(report.diagnostics)  # Lua cannot take every code point
        data, source = parsed
        ctx = Context(source, report)
        provider = build_provider(ctx, data)
        if provider is not None:
            check_provider(provider, report)
            check_replacements(provider, report)
            snippets = [(t.example.code, t.example.loc) for t in provider.tools if t.example]
            for code, start in [*snippets, *ctx.note_snippets] if text_ok else []:
                check_lua(code, start, provider, report)
    diagnostics = sorted_diagnostics(report.diagnostics)
    return (None if has_errors(diagnostics) else provider), diagnostics


def load_catalog(
    paths: Sequence[Path], root: Path | None = None
) -> tuple[Catalog | None, list[Diagnostic]]:
    """Every provider of `paths` (None if any file has an error) and all diagnostics, sorted."""
    report = Report()
    providers: list[Provider] = []
    for path in paths:
        provider, diagnostics = load_provider(path, root)
        report.diagnostics.extend(diagnostics)
        if provider is not None:
            providers.append(provider)
    check_unique(providers, report)
    diagnostics = sorted_diagnostics(report.diagnostics)
    return (None if has_errors(diagnostics) else Catalog(providers)), diagnostics


class UnknownProviderError(SpecError):
    """A provider id with no spec: printed as its message alone (no file location to give)."""

    def __str__(self) -> str:
        return "\n".join(d.message for d in self.diagnostics)


def spec_paths(root: Path, ids: Sequence[str] = ()) -> list[Path]:
    """`specs/*.yaml` under `root`, optionally only the given provider ids (SpecError for unknown ones)."""
    paths = sorted((root / "specs").glob("*.yaml"))
    if not ids:
        return paths
    by_id = {path.stem: path for path in paths}
    missing = [
        Diagnostic(Loc("specs", 0, 0), "unknown-provider", unknown("provider", id_, sorted(by_id)))
        for id_ in ids
        if id_ not in by_id
    ]
    if missing:
        raise UnknownProviderError(missing)
    return [by_id[id_] for id_ in dict.fromkeys(ids)]


def load_or_raise(paths: Sequence[Path], root: Path | None = None) -> Catalog:
    """`load_catalog` for callers that prefer an exception."""
    catalog, diagnostics = load_catalog(paths, root)
    if catalog is None:
        raise SpecError([d for d in diagnostics if d.severity == "error"])
    return catalog


def display_path(path: Path, root: Path | None) -> str:
    """`specs/fly-io.yaml`: relative to root (or the working directory), posix style."""
    base = (root or Path.cwd()).resolve()
    resolved = path.resolve()
    return (
        resolved.relative_to(base).as_posix()
        if resolved.is_relative_to(base)
        else resolved.as_posix()
    )
