"""`toolgen lua --repl` under a pseudo-terminal: state persists, calls reach the mock."""

from __future__ import annotations

import os
import pty
import select
import subprocess
import sys
import time
from pathlib import Path

from generator.hosts.mock import MockServer

TOOLGEN = str(Path(sys.executable).parent / "toolgen")


class Terminal:
    def __init__(self, *args: str, env: dict[str, str]) -> None:
        self.master, slave = pty.openpty()
        self.process = subprocess.Popen(
            [TOOLGEN, *args], stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True
        )
        os.close(slave)
        self.seen = ""

    def expect(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            left = deadline - time.monotonic()
            assert left > 0, f"{text!r} never appeared in:\n{self.seen}"
            ready, _, _ = select.select([self.master], [], [], left)
            if ready:
                try:
                    chunk = os.read(self.master, 4096).decode(errors="replace")
                except OSError:
                    break
                self.seen += chunk
        found, _, self.seen = self.seen.partition(text)
        return found

    def send(self, line: str) -> None:
        os.write(self.master, (line + "\n").encode())

    def close(self) -> int:
        os.close(self.master)
        return self.process.wait(timeout=30)


def test_repl_keeps_state_and_calls_the_mock(reset: MockServer, credentials_file: Path) -> None:
    env = {**os.environ, "TERM": "dumb", "XDG_CACHE_HOME": str(credentials_file.parent)}
    term = Terminal("lua", "--repl", env=env)
    try:
        term.expect("lua> ")
        term.send('apps = app.integrations.fly_io.list_apps({ org_slug = "personal" })')
        term.expect("lua> ")
        term.send("#apps > 0")
        assert "true" in term.expect("lua> ")
        term.send("for i = 1, 2 do")
        term.expect("...> ")
        term.send("  n = (n or 0) + i")
        term.expect("...> ")
        term.send("end")
        term.expect("lua> ")
        term.send("n")
        assert "3" in term.expect("lua> ")
        term.send("app.integrations.fly_io.nope({})")
        assert "unknown" in term.expect("lua> ")
        os.write(term.master, b"\x04")  # Ctrl-D
        assert term.process.wait(timeout=30) == 0
    finally:
        if term.process.poll() is None:
            term.process.kill()
        term.close()
    assert [r["method"] for r in reset.requests()] == ["GET"]
    assert (credentials_file.parent / "toolgen" / "lua_history").is_file()


def test_repl_refuses_without_a_terminal() -> None:
    done = subprocess.run(
        [TOOLGEN, "lua", "--repl"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2 and "needs a terminal" in done.stderr
