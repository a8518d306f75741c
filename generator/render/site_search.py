"""The site's full-text search index, built by Pagefind, in shards.

We run the binary the `pagefind` package ships (`pagefind[bin]`) rather than
its asyncio service API: the service answers "written" before every file is
flushed and is then terminated, which leaves empty or missing files at
random. The CLI exits only when the index is complete, and with the pages
fixed its output is byte-identical from build to build.

Pagefind has no incremental mode: it reads every page it is given, and its
memory grows with them. So the pages are split into `SHARDS` shards by a
stable hash of their provider (the index page has its own), and each shard is
a Pagefind bundle of its own, `pagefind/<shard>/`, which the search box merges
(Pagefind's `mergeIndex`; `pagefind/shards.json` lists them). After an edit
only the shards whose pages changed are indexed again. Each shard is indexed
into a temporary directory and only its files that differ are copied into the
site; the UI files (`pagefind-ui.js`, `.css`, the same in every bundle) are
kept once, at `pagefind/`, where the pages load them from, and the other UIs
Pagefind ships are dropped.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path

from pagefind.service import get_executable

SEARCH_DIR = "pagefind"
SHARD_LIST = "shards.json"
SHARDS = 16
UI_FILES = ("pagefind-ui.js", "pagefind-ui.css")  # kept once, at pagefind/
UNUSED_UI = (  # other UIs Pagefind ships, which the site does not load
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-highlight.js",
)
LANGUAGE = "en"
OPTIONS = ("--force-language", LANGUAGE, "--quiet")


class SearchIndexError(Exception):
    """Pagefind is missing or failed to index the site."""


def shard_of(page: str) -> str:
    """The shard a page is indexed in: by its provider (`providers/<id>.html`, `providers/<id>/…`)."""
    parts = page.split("/")
    owner = parts[1].removesuffix(".html") if parts[0] == "providers" and len(parts) > 1 else ""
    if not owner:
        return "site"
    number = int.from_bytes(hashlib.sha256(owner.encode()).digest()[:4], "big") % SHARDS
    return f"p{number:02d}"


def build_search_index(site: Path, pages: Iterable[str], changed: Iterable[str] | None) -> None:
    """Index `pages` (paths of HTML pages in `site`) into `site/pagefind/<shard>/`.

    With `changed` (pages written or removed since the last index), only their
    shards are indexed again; with None, every shard is.
    """
    binary = get_executable()
    if binary is None:
        raise SearchIndexError("the Pagefind binary is missing: pip install 'pagefind[bin]'")
    shards: dict[str, list[str]] = {}
    for page in sorted(pages):
        shards.setdefault(shard_of(page), []).append(page)
    redo = set(shards) if changed is None else {shard_of(page) for page in changed}
    search = site / SEARCH_DIR
    for shard in sorted(redo):
        if shard in shards:
            _index_shard(Path(binary), site, shards[shard], search / shard)
        else:
            shutil.rmtree(search / shard, ignore_errors=True)
    for old in search.iterdir() if search.is_dir() else ():
        if old.is_dir() and old.name not in shards:
            shutil.rmtree(old)
        elif old.is_file() and old.name not in (*UI_FILES, SHARD_LIST):
            old.unlink()
    listing = json.dumps(sorted(shards)) + "\n"
    _write_if_changed(search / SHARD_LIST, listing)


def _index_shard(binary: Path, site: Path, pages: list[str], target: Path) -> None:
    """Pagefind over `pages` only (hard links in a scratch site), synced into `target`."""
    scratch = Path(tempfile.mkdtemp(prefix=".pagefind-", dir=site.parent))
    try:
        pages_dir, output = scratch / "site", scratch / "out"
        for page in pages:
            link = pages_dir / page
            link.parent.mkdir(parents=True, exist_ok=True)
            try:
                os.link(site / page, link)
            except OSError:
                shutil.copyfile(site / page, link)
        command = [str(binary), "--site", str(pages_dir), "--output-path", str(output), *OPTIONS]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            message = (result.stdout + result.stderr).strip()
            raise SearchIndexError(f"Pagefind failed ({result.returncode}): {message}")
        for name in UI_FILES:
            _replace_if_changed(output / name, target.parent / name)
        for name in (*UI_FILES, *UNUSED_UI):
            (output / name).unlink(missing_ok=True)
        sync_tree(output, target)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def sync_tree(source: Path, target: Path) -> None:
    """Make `target` hold exactly the files of `source`, writing only those that differ."""
    wanted = {p.relative_to(source) for p in source.rglob("*") if p.is_file()}
    target.mkdir(parents=True, exist_ok=True)
    for old in sorted(target.rglob("*"), reverse=True):
        relative = old.relative_to(target)
        if old.is_file() and relative not in wanted:
            old.unlink()
        elif old.is_dir() and not any(old.iterdir()):
            old.rmdir()
    for relative in sorted(wanted):
        _replace_if_changed(source / relative, target / relative)


def _replace_if_changed(new: Path, old: Path) -> None:
    data = new.read_bytes()
    try:
        if old.read_bytes() == data:
            return
    except OSError:
        old.parent.mkdir(parents=True, exist_ok=True)
    os.replace(new, old)


def _write_if_changed(path: Path, text: str) -> None:
    try:
        if path.read_text("utf-8") == text:
            return
    except OSError:
        path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
