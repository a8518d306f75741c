"""A content-addressed cache of loaded specs and rendered files.

Entries are pickles named by a SHA-256 key of everything that determines them:
the spec bytes and path, the generator's Python sources and the templates, and
the Python and library versions. A changed input gives a new key, so entries
are never invalidated, only left unused (and pruned, oldest first, past a cap).
Entries live in the user cache directory (`TOOLGEN_CACHE_DIR` overrides it),
never in the project tree, so a run leaves only generated files behind. Jinja
keeps its compiled templates beside them, in `jinja/` (`render.env.reload_templates`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import pickle
import sys
from collections.abc import Iterable
from pathlib import Path

GENERATOR = Path(__file__).resolve().parent.parent
TEMPLATES = GENERATOR / "render" / "templates"
LIBRARIES = ("jinja2", "markupsafe", "ruamel", "lupa", "attrs")  # they shape the output
CACHE_ENV = "TOOLGEN_CACHE_DIR"
MAX_ENTRIES = 20_000  # a few catalogs' worth; beyond it the oldest entries go
FORMAT = b"toolgen-cache-1"


def default_dir() -> Path:
    if configured := os.environ.get(CACHE_ENV):
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("toolgen")) / "entries"


def digest(*parts: bytes | str) -> str:
    """SHA-256 over length-prefixed parts, so part boundaries cannot collide."""
    sha = hashlib.sha256(FORMAT)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        sha.update(len(data).to_bytes(8, "little"))
        sha.update(data)
    return sha.hexdigest()


def tree_digest(root: Path, pattern: str) -> str:
    """Hash of every file matching `pattern` under `root`: relative paths and contents."""
    parts: list[bytes | str] = []
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            parts += [path.relative_to(root).as_posix(), path.read_bytes()]
    return digest(*parts)


def library_versions() -> str:
    """Installed versions of the libraries in LIBRARIES, from their dist-info names."""
    names: set[str] = set()
    for entry in map(Path, sys.path):
        with contextlib.suppress(OSError):
            names.update(
                n
                for n in os.listdir(entry)
                if n.endswith(".dist-info") and n.lower().startswith(LIBRARIES)
            )
    return ",".join(sorted(names))


class Fingerprint:
    """What the generator itself contributes to every key: code, templates, versions."""

    def __init__(self) -> None:
        self.code = code_digest()
        self.templates = tree_digest(TEMPLATES, "*")  # Jinja reloads edited templates


@functools.cache
def code_digest() -> str:
    """Once per process: the running code is what was imported, even if the files change later."""
    return digest(sys.version, library_versions(), tree_digest(GENERATOR, "*.py"))


class Cache:
    """Pickled values under `directory/<key[:2]>/<key>`; unreadable entries count as misses."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_dir()
        self.written = 0

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key

    def get(self, key: str) -> object | None:
        try:
            value: object = pickle.loads(self._path(key).read_bytes())
        except Exception:  # noqa: BLE001 (missing, truncated, incompatible: any failure is a miss)
            return None
        return value

    def put(self, key: str, value: object) -> None:
        """Atomic write: readers see the old entry, the new one, or none; never half of one."""
        path = self._path(key)
        data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            import tempfile  # only writes need it (a no-op run only reads)

            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)
            return  # a cache that cannot be written only costs speed
        self.written += 1

    def prune(self, limit: int = MAX_ENTRIES) -> None:
        """Remove the least recently written entries beyond `limit`."""
        if not self.written:
            return
        entries = list(self._entries())
        if len(entries) <= limit:
            return
        entries.sort(key=lambda item: item[0])
        for _mtime, path in entries[: len(entries) - limit]:
            with contextlib.suppress(OSError):
                path.unlink()

    def _entries(self) -> Iterable[tuple[int, Path]]:
        with contextlib.suppress(OSError):
            for shard in self.directory.iterdir():
                for path in shard.iterdir():
                    with contextlib.suppress(OSError):
                        yield path.stat().st_mtime_ns, path
