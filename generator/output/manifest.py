"""`generated/.manifest.json`: every generated path and the provider that owns it."""

from __future__ import annotations

import json
from pathlib import Path

MANIFEST_PATH = "generated/.manifest.json"
CATALOG_OWNER = "*"  # owner of files rendered from the whole catalog (indexes)


class ManifestError(Exception):
    pass


def read_manifest(root: Path) -> dict[str, str]:
    """Path -> owner of the previous run; empty when there was none."""
    path = root / MANIFEST_PATH
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        files = data["files"]
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in files.items()):
            raise TypeError("paths and owners must be strings")
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ManifestError(
            f"{MANIFEST_PATH}: unreadable manifest ({exc}); delete it to start over"
        ) from exc
    return dict(files)


def manifest_text(owners: dict[str, str]) -> str:
    """Deterministic JSON: sorted paths, no timestamps or versions."""
    return json.dumps({"files": dict(sorted(owners.items()))}, indent=2, ensure_ascii=False) + "\n"
