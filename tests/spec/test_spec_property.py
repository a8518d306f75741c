"""Property: every spec either gets located diagnostics (and nothing rendered), or renders
output that is valid on every surface.

Cases are random specs (`valid_specs`) and random edits of the bundled ones
(`mutated_specs`), loaded and rendered in process. CI runs a few thousand;
`TOOLGEN_FUZZ_CASES=10000 pytest tests/spec/test_spec_property.py` is the slow
run (the count is split between the two strategies). A sample of accepted
outputs is imported in a subprocess and checked with `mypy --strict`; that a
refused spec makes `generate` exit 1 and write nothing is tested on the CLI in
test_spec_hostile.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from attrs import Factory, define
from hypothesis import HealthCheck, given, settings

from generator import render
from generator.spec import load_provider
from generator.spec.diagnostics import has_errors
from generator.spec.model import Catalog
from tests.spec.output_checks import check_files
from tests.spec.spec_strategies import ROOT, mutated_specs, valid_specs

CASES = int(os.environ.get("TOOLGEN_FUZZ_CASES", "2000"))  # split between the two tests
pytestmark = pytest.mark.timeout(300 + CASES // 5)  # a loaded CI machine; about 50 ms a case
FUZZ = settings(
    max_examples=CASES // 2,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@define
class Tally:
    """One test's cases: how many were accepted and refused, and client packages written out."""

    directory: Path
    sample_size: int
    accepted: int = 0
    refused: int = 0
    sampled: list[Path] = Factory(list)


def check_case(provider_id: str, spec: dict[str, Any], tally: Tally) -> None:
    path = tally.directory / f"{provider_id}.yaml"
    try:  # UTF-8 text takes libyaml's fast parser; escaped lone surrogates take ruamel's
        path.write_bytes(json.dumps(spec, ensure_ascii=False, indent=1).encode("utf-8"))
    except UnicodeEncodeError:
        path.write_text(json.dumps(spec, ensure_ascii=True, indent=1), encoding="utf-8")
    provider, diagnostics = load_provider(path, tally.directory)
    if provider is None:
        assert has_errors(diagnostics), "refused without an error"
        for diagnostic in diagnostics:
            loc = diagnostic.loc
            assert loc.file == path.name and loc.line >= 1 and loc.col >= 1, str(diagnostic)
            assert "\n" not in str(diagnostic), str(diagnostic)
        tally.refused += 1
        return
    files = render.render_provider(provider)  # any exception fails the property
    check_files(provider, files, deep=tally.accepted % 50 == 0)
    tally.accepted += 1
    if len(tally.sampled) < tally.sample_size and tally.accepted % 7 == 1:
        files |= render.render_catalog_files(Catalog([provider]))
        out = tally.directory.parent / f"sample-{len(tally.sampled)}"
        for name, text in files.items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_text(text, encoding="utf-8")
        tally.sampled.append(out / "generated" / "clients" / provider.namespace)


def check_tally(tally: Tally) -> None:
    """Both outcomes happened often enough, and the sampled clients import and type-check."""
    cases = tally.accepted + tally.refused
    assert tally.accepted > cases // 20 and tally.refused > cases // 20, tally
    assert tally.sampled, "no accepted case was sampled"
    cache = tally.directory.parent / "mypy-cache"
    for package in tally.sampled:
        top = package.parents[2]
        script = (
            f"import sys; sys.path[:0] = [{str(top)!r}, {str(ROOT)!r}]; import importlib;"
            f"importlib.import_module('generated.clients.{package.name}.client');"
            f"importlib.import_module('generated.clients.{package.name}.models')"
        )
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-3000:]
        done = subprocess.run(
            [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(package)],
            capture_output=True,
            text=True,
            check=False,
            cwd=top,
            env={**os.environ, "MYPYPATH": str(ROOT)},
        )
        assert done.returncode == 0, done.stdout[-3000:]


def test_random_specs_are_refused_located_or_render_valid_output(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    tally = Tally(tmp_path / "specs", sample_size=2)

    @FUZZ
    @given(case=valid_specs())
    def run(case: tuple[str, dict[str, Any]]) -> None:
        check_case(*case, tally)

    run()
    check_tally(tally)


def test_mutated_bundled_specs_are_refused_located_or_render_valid_output(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    tally = Tally(tmp_path / "specs", sample_size=1)

    @FUZZ
    @given(case=mutated_specs())
    def run(case: tuple[str, dict[str, Any]]) -> None:
        check_case(*case, tally)

    run()
    check_tally(tally)
