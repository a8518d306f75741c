"""`project` holds the two small fixture specs (fast to load); `bundled_project`
holds the bundled specs plus the demo spec (five providers: the progress-bar path).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .project import DEMO_SPEC, HOSTILE_SPEC, REPO, Generate, make_project, runner_for


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "project", [DEMO_SPEC, HOSTILE_SPEC])


@pytest.fixture
def bundled_project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "bundled", [*sorted((REPO / "specs").glob("*.yaml")), DEMO_SPEC])


@pytest.fixture
def generate(project: Path) -> Generate:
    return runner_for(project)
