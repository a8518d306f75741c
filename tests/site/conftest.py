"""Sites built once per session: from the bundled specs and from the hostile fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.render.site_build import build_site
from generator.spec.model import Catalog

HOSTILE_ROOT = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"


@pytest.fixture(scope="session")
def site(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("site") / "site"
    build_site(catalog, out)
    return out


@pytest.fixture(scope="session")
def hostile_catalog() -> Catalog:
    from generator.spec import load_or_raise, spec_paths

    return load_or_raise(spec_paths(HOSTILE_ROOT), HOSTILE_ROOT)


@pytest.fixture(scope="session")
def hostile_site(hostile_catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("hostile") / "site"
    build_site(hostile_catalog, out)
    return out
