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
from typing import Any, ClassVar

import pytest
from hypothesis import HealthCheck, given, settings

from generator import render
from generator.spec import load_provider
from generator.spec.diagnostics import has_errors
from generator.spec.model import Catalog
from tests.spec.output_checks import check_files
from tests.spec.spec_strategies import ROOT, mutated_specs, valid_specs

CASES = int(os.environ.get("TOOLGEN_FUZZ_CASES", "2000"))
FUZZ = settings(
    max_examples=CASES // 2,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SAMPLE_EVERY = max(1, CASES // 8)  # accepted cases written out for the import check


class Tally:
    """Counts across the cases of one session; `sampled` are client packages written out."""

    accepted: ClassVar[int] = 0
    refused: ClassVar[int] = 0
    sampled: ClassVar[list[Path]] = []


def check_case(provider_id: str, spec: dict[str, Any], directory: Path) -> None:
    path = directory / f"{provider_id}.yaml"
    try:  # UTF-8 text takes libyaml's fast parser; escaped lone surrogates take ruamel's
        path.write_bytes(json.dumps(spec, ensure_ascii=False, indent=1).encode("utf-8"))
    except UnicodeEncodeError:
        path.write_text(json.dumps(spec, ensure_ascii=True, indent=1), encoding="utf-8")
    provider, diagnostics = load_provider(path, directory)
    if provider is None:
        assert has_errors(diagnostics), "refused without an error"
        for diagnostic in diagnostics:
            loc = diagnostic.loc
            assert loc.file == path.name and loc.line >= 1 and loc.col >= 1, str(diagnostic)
            assert "\n" not in str(diagnostic), str(diagnostic)
        Tally.refused += 1
        return
    files = render.render_provider(provider)  # any exception fails the property
    check_files(provider, files, deep=Tally.accepted % 50 == 0)
    Tally.accepted += 1
    if Tally.accepted % SAMPLE_EVERY == 1:
        files |= render.render_catalog_files(Catalog([provider]))
        out = directory.parent / f"sample-{Tally.accepted}"
        for name, text in files.items():
            (out / name).parent.mkdir(parents=True, exist_ok=True)
            (out / name).write_text(text, encoding="utf-8")
        Tally.sampled.append(out / "generated" / "clients" / provider.namespace)


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("fuzz") / "specs"
    directory.mkdir()
    return directory


@FUZZ
@given(case=valid_specs())
def test_random_specs_are_refused_located_or_render_valid_output(
    workdir: Path, case: tuple[str, dict[str, Any]]
) -> None:
    check_case(*case, workdir)


@FUZZ
@given(case=mutated_specs())
def test_mutated_bundled_specs_are_refused_located_or_render_valid_output(
    workdir: Path, case: tuple[str, dict[str, Any]]
) -> None:
    check_case(*case, workdir)


def test_both_outcomes_were_exercised() -> None:
    assert Tally.accepted > CASES // 20, (Tally.accepted, Tally.refused)
    assert Tally.refused > CASES // 20, (Tally.accepted, Tally.refused)


def test_sampled_outputs_import_and_pass_mypy_strict(tmp_path: Path) -> None:
    packages = Tally.sampled[:4]
    if not packages:
        pytest.skip("no accepted case was sampled (run the property tests first)")
    for package in packages:
        top = package.parents[2]
        script = (
            f"import sys; sys.path[:0] = [{str(top)!r}, {str(ROOT)!r}];"
            f"import generated.clients.{package.name}.client as c, importlib;"
            f"importlib.import_module('generated.clients.{package.name}.models')"
        )
        done = subprocess.run(
            [sys.executable, "-c", script], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stderr[-3000:]
    command = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(tmp_path / "mypy")]
    for package in packages:
        done = subprocess.run(
            [*command, str(package)],
            capture_output=True,
            text=True,
            check=False,
            cwd=package.parents[2],
            env={**os.environ, "MYPYPATH": str(ROOT)},
        )
        assert done.returncode == 0, done.stdout[-3000:]
