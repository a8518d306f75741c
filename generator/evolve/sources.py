"""The earlier side of a comparison: a git revision or a directory of specs."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from generator.spec.diagnostics import Diagnostic
from generator.spec.model import Catalog


class SourceError(ValueError):
    pass


def load_against(root: Path, against: str, ids: tuple[str, ...] = ()) -> Catalog:
    """The catalog at `against`: an existing directory of specs, else a git revision of `root`."""
    directory = Path(against)
    if directory.is_dir():
        specs = directory / "specs" if (directory / "specs").is_dir() else directory
        return _load(sorted(specs.glob("*.yaml")), specs.parent, ids, against)
    with tempfile.TemporaryDirectory(prefix="toolgen-diff-") as tmp:
        specs = Path(tmp) / "specs"
        specs.mkdir()
        for name, text in _git_specs(root, against):
            (specs / name).write_bytes(text)
        return _load(sorted(specs.glob("*.yaml")), Path(tmp), ids, against)


def _load(paths: list[Path], root: Path, ids: tuple[str, ...], label: str) -> Catalog:
    from generator.spec import load_catalog

    if ids:
        paths = [p for p in paths if p.stem in ids]
    catalog, diagnostics = load_catalog(paths, root)
    if catalog is None:
        errors = [d for d in diagnostics if d.severity == "error"]
        raise SourceError(f"the specs at {label} do not load:\n" + _lines(errors))
    return catalog


def _lines(diagnostics: list[Diagnostic]) -> str:
    return "\n".join(f"  {d}" for d in diagnostics[:20])


def _git_specs(root: Path, revision: str) -> list[tuple[str, bytes]]:
    def git(*args: str) -> bytes:
        done = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
        if done.returncode != 0:
            message = done.stderr.decode(errors="replace").strip().splitlines()
            raise SourceError(
                f"--against {revision}: neither a directory nor a git revision of {root}"
                + (f" ({message[-1]})" if message else "")
            )
        return done.stdout

    listing = git("ls-tree", "--name-only", f"{revision}:specs").decode().split()
    return [
        (name, git("show", f"{revision}:specs/{name}"))
        for name in listing
        if name.endswith(".yaml")
    ]
