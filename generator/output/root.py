"""Find the project root: the directory holding `pyproject.toml` and `specs/`."""

from __future__ import annotations

from pathlib import Path


def is_project_root(path: Path) -> bool:
    return (path / "pyproject.toml").is_file() and (path / "specs").is_dir()


def find_root(start: Path) -> Path | None:
    """`start` or its nearest ancestor that is a project root."""
    start = start.resolve()
    return next((p for p in (start, *start.parents) if is_project_root(p)), None)


class NoProject(ValueError):
    pass


def project_root(option: Path | None = None) -> Path:
    """The `--root` given, else the project found from the working directory."""
    if option is not None:
        if not (option / "specs").is_dir():
            raise NoProject(f"{option} has no specs/ directory")
        return option.resolve()
    found = find_root(Path.cwd())
    if found is None and (Path.cwd() / "specs").is_dir():
        found = Path.cwd().resolve()  # a bare folder of specs is a project too
    if found is None:
        raise NoProject(
            f"no toolgen project (pyproject.toml beside specs/) in {Path.cwd()} or above"
        )
    return found
