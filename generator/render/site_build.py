"""Write the site to a directory, incrementally, then bring its search index up to date.

The site is a set of owners (the assets, the index page, each provider's pages),
each with a key that determines its files. The marker file `.toolgen-site`
records every owner's key and files; a later build renders and writes only the
owners whose key changed (or whose files are missing or resized), removes the
files of owners that are gone, and runs Pagefind only when a page changed. The
result is byte-identical to a build into an empty directory: the same owners
give the same files and the same marker. While a build writes, the marker says
so; a build that was interrupted is followed by one that compares every file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from attrs import frozen

from generator.output.cache import digest
from generator.render.site import (
    provider_page,
    render_assets,
    render_index,
    render_provider_pages,
    site_entry,
)
from generator.render.site_llms import render_llms, twin
from generator.render.site_search import SEARCH_DIR, build_search_index
from generator.spec.model import Catalog

MARKER = ".toolgen-site"
FORMAT = 1
BUILDING = json.dumps({"format": FORMAT, "building": True}) + "\n"


class SiteDirError(Exception):
    """The output directory holds something other than a previous site."""


@frozen
class Owner:
    """Files rendered together: `render` runs only when `key` differs from the last build's."""

    name: str
    key: str
    render: Callable[[], dict[str, str]]


@frozen
class Written:
    """What a build did: files written or removed, owners rendered, whether Pagefind ran."""

    files: dict[str, int]  # every file of the site (search index excluded) -> size
    written: list[str]
    removed: list[str]
    rendered: list[str]
    indexed: bool


def build_site(catalog: Catalog, out: Path) -> list[str]:
    """Render `catalog` into `out` (no cache: keys are digests of the rendered files)."""
    owners = [_fixed("assets", render_assets()), _fixed("index", _index(catalog))]
    pages = {p.id: render_provider_pages(p) for p in catalog.providers}
    owners += [_fixed(f"provider:{id}", files) for id, files in pages.items()]
    twins = [pages[p.id][twin(provider_page(p.id))] for p in catalog.providers]
    owners.append(_fixed("llms", render_llms([site_entry(p) for p in catalog.providers], twins)))
    return sorted(write_site(out, owners).files)


def write_site(out: Path, owners: Iterable[Owner]) -> Written:
    """Bring `out` up to date with `owners` (see the module docstring)."""
    check_replaceable(out)
    out.mkdir(parents=True, exist_ok=True)
    previous = _read_marker(out)
    (out / MARKER).write_text(BUILDING, "utf-8")
    sizes: dict[str, dict[str, int]] = {}
    keys: dict[str, str] = {}
    written: list[str] = []
    rendered: list[str] = []
    for owner in owners:
        keys[owner.name] = owner.key
        old_key, old_files = previous.get(owner.name, ("", {}))
        if old_key == owner.key and _intact(out, old_files):
            sizes[owner.name] = old_files
            continue
        files = owner.render()
        rendered.append(owner.name)
        written += [path for path, text in files.items() if _write_if_changed(out, path, text)]
        sizes[owner.name] = {path: len(text.encode("utf-8")) for path, text in files.items()}
    now = {path for files in sizes.values() for path in files}
    stale = {path for _key, files in previous.values() for path in files} - now
    for path in sorted(stale):
        _remove(out, path)
    every = {path: size for files in sizes.values() for path, size in files.items()}
    changed = [p for p in [*written, *stale] if p.endswith(".html")]
    fresh = not previous or not (out / SEARCH_DIR).is_dir()
    indexed = fresh or bool(changed)
    if indexed:
        pages = [path for path in every if path.endswith(".html")]
        build_search_index(out, pages, None if fresh else changed)
    _write_marker(out, keys, sizes)
    return Written(every, written, sorted(stale), rendered, indexed)


def check_replaceable(out: Path) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise SiteDirError(f"{out} exists and is not a directory")
    if any(out.iterdir()) and not (out / MARKER).is_file():
        raise SiteDirError(f"{out} is not empty and was not built by `toolgen docs build`")


def _fixed(name: str, files: dict[str, str]) -> Owner:
    """An owner whose files are already rendered: its key is their digest."""
    parts = [part for path in sorted(files) for part in (path, files[path])]
    return Owner(name, digest("site-files", *parts), lambda: files)


def _index(catalog: Catalog) -> dict[str, str]:
    return render_index([site_entry(provider) for provider in catalog.providers])


def _read_marker(out: Path) -> dict[str, tuple[str, dict[str, int]]]:
    """The previous build's owners: key and files ({} when none, or it did not finish)."""
    try:
        data = json.loads((out / MARKER).read_text("utf-8"))
        owners = data["owners"] if data.get("format") == FORMAT else {}
        return {
            str(name): (str(o["key"]), {str(p): int(s) for p, s in o["files"]})
            for name, o in owners.items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


def _write_marker(out: Path, keys: dict[str, str], sizes: dict[str, dict[str, int]]) -> None:
    owners = {
        name: {"key": keys[name], "files": sorted(sizes[name].items())} for name in sorted(keys)
    }
    text = json.dumps({"format": FORMAT, "owners": owners}, separators=(",", ":"))
    (out / MARKER).write_text(text + "\n", "utf-8")


def _intact(out: Path, files: dict[str, int]) -> bool:
    """Every file of an unchanged owner is still there, with the size it was written with."""
    try:
        return all(os.stat(out / path).st_size == size for path, size in files.items())
    except OSError:
        return False


def _write_if_changed(out: Path, relative: str, text: str) -> bool:
    path = out / relative
    data = text.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
    return True


def _remove(out: Path, relative: str) -> None:
    path = out / relative
    path.unlink(missing_ok=True)
    parent = path.parent
    while parent != out and parent.is_dir() and not any(parent.iterdir()):
        parent.rmdir()
        parent = parent.parent
