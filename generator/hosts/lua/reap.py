"""Stopping a killed child's own children (the stdio MCP servers it started).

The SDK starts each stdio server in a session of its own, so killing the Lua
child leaves them running if they ignore the end of their stdin. Before the
child is killed its children are listed (Linux: /proc); afterwards each is
sent SIGTERM (its whole group when it leads one) and SIGKILL if it lingers.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

LINGER = 1.0  # seconds between SIGTERM and SIGKILL


def children(pid: int) -> list[int]:
    """The direct children of `pid`; empty where /proc is missing."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            # "pid (comm) state ppid ...": comm may hold spaces, so split after ")".
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append(int(stat.parent.name))
    return found


def _signal(pid: int, signum: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        if os.getpgid(pid) == pid:  # a group leader: its own children go too
            os.killpg(pid, signum)
        else:
            os.kill(pid, signum)


def stop(pids: list[int]) -> None:
    for pid in pids:
        _signal(pid, signal.SIGTERM)
    deadline = time.monotonic() + LINGER
    while pids and time.monotonic() < deadline:
        pids = [pid for pid in pids if Path(f"/proc/{pid}").exists() and not _zombie(pid)]
        time.sleep(0.05)
    for pid in pids:
        _signal(pid, signal.SIGKILL)


def _zombie(pid: int) -> bool:
    with contextlib.suppress(OSError, IndexError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    return True
