"""The suite's own guards: a hang fails, missing parts fail in CI, plain `pytest` works."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests import needs

ROOT = Path(__file__).resolve().parents[2]
PYTEST = Path(sys.executable).parent / "pytest"
HANGING = """
import threading

def test_hangs():
    threading.Event().wait()
"""


def ini_options() -> dict[str, object]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        options: dict[str, object] = tomllib.load(file)["tool"]["pytest"]["ini_options"]
    return options


def test_a_hanging_test_fails_with_a_stack(tmp_path: Path) -> None:
    (tmp_path / "test_hang.py").write_text(HANGING, encoding="utf-8")
    command = [sys.executable, "-m", "pytest", "-c", str(ROOT / "pyproject.toml")]
    command += ["--rootdir", str(tmp_path), "-p", "no:cacheprovider", "-o", "timeout=2"]
    done = subprocess.run(
        [*command, str(tmp_path / "test_hang.py")],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        cwd=tmp_path,
    )
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Timeout (>2.0s) from pytest-timeout" in done.stdout
    assert "test_hang.py:5: " in done.stdout  # the stack of the hang


def test_the_default_timeout_is_set_and_generous() -> None:
    timeout = ini_options().get("timeout")
    assert isinstance(timeout, int) and 60 <= timeout <= 600


def test_plain_pytest_imports_the_test_helpers() -> None:
    """`pytest` (the script: no cwd on sys.path) finds `tests.runtime.demo`."""
    done = subprocess.run(
        [str(PYTEST), "--collect-only", "-q", "-p", "no:cacheprovider", "tests/runtime"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "No module named" not in done.stdout


@pytest.fixture
def users_machine(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.delenv("TOOLGEN_REQUIRE_ALL", raising=False)
    monkeypatch.delenv("CI", raising=False)
    return monkeypatch


def test_a_missing_part_skips_on_a_users_machine(users_machine: pytest.MonkeyPatch) -> None:
    with pytest.raises(pytest.skip.Exception, match="not available: /nowhere"):
        needs.require_files(ROOT, Path("/nowhere"))
    needs.require_files(ROOT)  # present: neither skips nor fails


@pytest.mark.parametrize(("variable", "value"), [("TOOLGEN_REQUIRE_ALL", "1"), ("CI", "true")])
def test_a_missing_part_fails_in_ci(
    users_machine: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    users_machine.setenv(variable, value)
    with pytest.raises(pytest.fail.Exception) as failed:
        needs.missing("the browser is missing")
    assert str(failed.value) == (
        f"the browser is missing ({variable}={value}: CI requires every part the tests need)"
    )


def test_ci_requires_every_part() -> None:
    script = (ROOT / ".ci/run").read_text(encoding="utf-8")
    assert "export TOOLGEN_REQUIRE_ALL=1" in script
    assert "|| echo" not in script  # a failed browser install stops CI
