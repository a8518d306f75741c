"""Where the renderer fixture specs live, and loading one of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec.model import Provider

TESTS = Path(__file__).resolve().parent.parent
GOLDEN = TESTS / "golden"
HOSTILE = TESTS / "fixtures" / "hostile"


def load_fixture(root: Path, provider_id: str) -> Provider:
    from generator.spec import load_catalog

    catalog, diagnostics = load_catalog([root / "specs" / f"{provider_id}.yaml"], root)
    if catalog is None:
        pytest.fail("fixture spec does not load:\n" + "\n".join(map(str, diagnostics)))
    return catalog.providers[0]
