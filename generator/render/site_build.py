"""Write the site to a directory: render, index for search, then swap into place.

The site is built in a temporary sibling directory, so a failure leaves the
previous site (or nothing) behind. An existing output directory is replaced
only when it is empty or was written by a previous build (it has the marker).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from generator.render.site import render_site
from generator.render.site_search import build_search_index
from generator.spec.model import Catalog

MARKER = ".toolgen-site"


class SiteDirError(Exception):
    """The output directory holds something other than a previous site."""


def build_site(catalog: Catalog, out: Path) -> list[str]:
    """Render and index the site into `out`; returns the paths of the files rendered."""
    _check_replaceable(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        files = render_site(catalog)
        write_files(staging, files)
        build_search_index(staging)
        (staging / MARKER).write_text("built by toolgen docs build\n", "utf-8")
        _swap(staging, out)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return list(files)


def write_files(root: Path, files: dict[str, str]) -> None:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8", newline="\n")


def _check_replaceable(out: Path) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise SiteDirError(f"{out} exists and is not a directory")
    if any(out.iterdir()) and not (out / MARKER).is_file():
        raise SiteDirError(f"{out} is not empty and was not built by `toolgen docs build`")


def _swap(staging: Path, out: Path) -> None:
    """Move the new site into place, then delete the old one."""
    old = out.with_name(f".{out.name}-old")
    shutil.rmtree(old, ignore_errors=True)
    if out.exists():
        out.rename(old)
    staging.rename(out)
    shutil.rmtree(old, ignore_errors=True)
