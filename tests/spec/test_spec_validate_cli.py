"""`toolgen validate`: printed diagnostics, summary and exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from generator.cli import app

HERE = Path(__file__).parent
BAD_SPECS = HERE.parent / "fixtures" / "bad_specs"


def validate(*args: str) -> Result:
    return CliRunner().invoke(app, ["validate", *args])


def test_valid_spec_exits_zero(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)
    result = validate("specs/acme.yaml")
    assert result.exit_code == 0
    assert "1 spec(s) checked, 0 error(s)" in result.stderr


def test_no_arguments_checks_every_spec_under_specs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "specs").mkdir()
    shutil.copy(HERE / "specs" / "acme.yaml", tmp_path / "specs" / "acme.yaml")
    shutil.copy(BAD_SPECS / "unknown-type" / "shop.yaml", tmp_path / "specs" / "shop.yaml")
    monkeypatch.chdir(tmp_path)
    result = validate()
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "specs/shop.yaml:16:31: error[unknown-type]: unknown type 'strng' (did you mean 'string'?)",
        "FAILED: 2 spec(s) checked, 1 error(s), 0 warning(s)",
    ]


def test_bad_yaml_exits_one_without_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(BAD_SPECS / "yaml-syntax")
    result = validate("shop.yaml")
    assert result.exit_code == 1
    assert result.stderr.startswith("shop.yaml:15:5: error[yaml-syntax]: ")
    assert "Traceback" not in result.output + result.stderr


def test_missing_file_is_a_usage_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = validate("specs/nope.yaml")
    assert result.exit_code == 2
    assert "does not exist" in result.stderr
