"""`toolgen generate --watch` as a real process: edits regenerate, broken specs never kill it."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import DEMO_SPEC

TOOLGEN = Path(sys.executable).parent / "toolgen"
TIMEOUT = 60  # seconds to wait for one expected line; generous for a loaded machine
DOC = "generated/lua/demo-co/list_widgets.md"


class Watcher:
    """The process and its stderr, read line by line on a thread."""

    def __init__(self, root: Path) -> None:
        env = {**os.environ, "COLUMNS": "200"}
        self.process = subprocess.Popen(
            [TOOLGEN, "generate", "--watch", "--root", str(root)],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env,
        )  # fmt: skip
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.put(line)

    def wait_for(self, text: str) -> list[str]:
        """Lines up to and including the first one containing `text`."""
        seen: list[str] = []
        while True:
            try:
                line = self.lines.get(timeout=TIMEOUT)
            except queue.Empty:
                pytest.fail(f"no line with {text!r} within {TIMEOUT} s; got {seen}")
            seen.append(line)
            if text in line:
                return seen


@pytest.fixture
def watcher(tmp_path: Path, cache_dir: Path) -> Iterator[tuple[Watcher, Path]]:
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    (root / "pyproject.toml").write_text('[project]\nname = "demo"\n')
    (root / "specs/demo-co.yaml").write_bytes(DEMO_SPEC.read_bytes())
    running = Watcher(root)
    try:
        running.wait_for("Watching")
        yield running, root
    finally:
        running.process.terminate()
        running.process.wait(timeout=30)


def test_watch_regenerates_and_survives_a_broken_spec(watcher: tuple[Watcher, Path]) -> None:
    running, root = watcher
    assert (root / DOC).is_file()
    spec = root / "specs/demo-co.yaml"
    good = spec.read_text(encoding="utf-8")

    spec.write_text(good.replace("List the widgets of a workspace.", "List every widget."))
    lines = running.wait_for("Waiting for changes")
    assert any(f"updated: {DOC}" in line for line in lines)
    assert "List every widget." in (root / DOC).read_text(encoding="utf-8")

    spec.write_text(good.replace("access: read", "access: reed", 1))
    lines = running.wait_for("Waiting for changes")
    assert any("specs/demo-co.yaml:" in line and "error[invalid-value]" in line for line in lines)
    assert running.process.poll() is None
    assert "List every widget." in (root / DOC).read_text(encoding="utf-8")  # nothing written

    spec.write_text(good)
    lines = running.wait_for("Waiting for changes")
    assert any(f"updated: {DOC}" in line for line in lines)
    assert "List the widgets of a workspace." in (root / DOC).read_text(encoding="utf-8")


def test_watch_refuses_check_mode(tmp_path: Path) -> None:
    (tmp_path / "specs").mkdir()
    result = subprocess.run(
        [TOOLGEN, "generate", "--watch", "--check", "--root", str(tmp_path)],
        check=False, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 2 and "--watch" in result.stderr
