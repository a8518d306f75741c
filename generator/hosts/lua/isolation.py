"""Each run in a forked child the host can kill.

The Lua limit hook runs between VM instructions, so a single C call (a Lua
pattern that backtracks for minutes, a huge string operation) never reaches
it. The child runs the script and streams printed text and call records to
the parent over a pipe; the parent kills it when the time limit plus a short
grace has passed without an answer (counted from when the script starts, so
a slow fork on a loaded machine costs the script nothing), and reports the
timeout with whatever was printed and called until then. The host process never runs Lua itself.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TextIO

from generator.hosts.lua import reap

GRACE = 0.3  # seconds after the time limit before the child is killed
START_WAIT = 10.0  # seconds the child may take to fork and set Lua up on a loaded machine
EXIT_WAIT = 15.0  # seconds the child may take to stop its MCP servers after answering

# work(stream, on_call) -> ((ok, result, error), stop): `stream` gets printed text,
# `on_call` call records; `stop` runs after the answer is sent (it stops MCP servers).
Answer = tuple[bool, Any, Any]
Work = Callable[[Any, Callable[[dict[str, Any]], None]], tuple[Answer, Callable[[], None]]]


def can_fork() -> bool:
    return hasattr(os, "fork")


class _PipeStream:
    """The child's print target: each write is one message to the parent."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def write(self, text: str) -> int:
        self.conn.send(("out", text))
        return len(text)

    def flush(self) -> None:
        pass

    def started(self) -> None:
        """The script starts now: the parent's time limit counts from here, not from the fork."""
        self.conn.send(("started", None))


def _quiet() -> None:
    """The child never touches the terminal or the parent's stdout (a stdio MCP
    server's protocol stream): Ctrl-C is the parent's to handle (it kills the
    child), and stray writes to stdout go nowhere."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the child


def _child(work: Work, conn: Connection) -> None:
    _quiet()
    stop: Callable[[], None] = lambda: None
    try:
        answer, stop = work(_PipeStream(conn), lambda record: conn.send(("call", record)))
    except Exception as exc:  # noqa: BLE001 - a host bug still answers the parent
        answer = (False, None, {"message": f"internal error in the Lua host: {exc!r}"})
    conn.send(("done", answer))
    conn.close()
    stop()


class Outcome:
    """What the parent gathered: printed text, call records and the child's answer."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream
        self.parts: list[str] = []
        self.calls: list[dict[str, Any]] = []
        self.answer: Answer | None = None
        self.running: tuple[dict[str, Any], float] | None = None  # the call under way, its start

    def take(self, kind: str, payload: Any) -> None:
        if kind == "out":
            if self.stream is not None:
                self.stream.write(payload)
                self.stream.flush()
            else:
                self.parts.append(payload)
        elif kind == "call" and payload.get("status") == "running":
            self.running = payload, time.monotonic()
        elif kind == "call":
            self.calls.append(payload)
            self.running = None
        else:
            self.answer = payload

    def cut_short(self, message: str) -> None:
        """Logs the call the kill interrupted, if one was under way."""
        if self.running is not None:
            record, started = self.running
            elapsed = round((time.monotonic() - started) * 1000, 3)
            self.calls.append(
                record | {"status": "timeout", "duration_ms": elapsed, "error": message}
            )
            self.running = None

    @property
    def output(self) -> str:
        return "".join(self.parts)


def run_in_child(work: Work, timeout: float, stream: TextIO | None) -> Outcome:
    """Runs `work` in a forked child; `outcome.answer` is None when it was killed or died."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(work, sender), daemon=True)
    outcome = Outcome(stream)
    deadline = time.monotonic() + timeout + GRACE + START_WAIT
    process.start()
    sender.close()
    try:
        while outcome.answer is None:
            left = deadline - time.monotonic()
            if left <= 0 or not receiver.poll(left):
                return outcome  # over time: killed below
            try:
                kind, payload = receiver.recv()
            except EOFError:
                process.join(1.0)
                outcome.answer = (
                    False,
                    None,
                    {"message": f"the Lua runtime stopped unexpectedly (exit {process.exitcode})"},
                )
                return outcome
            if kind == "started":
                deadline = time.monotonic() + timeout + GRACE
            else:
                outcome.take(kind, payload)
        process.join(EXIT_WAIT)
        return outcome
    finally:
        if process.is_alive():
            orphans = reap.children(process.pid) if process.pid is not None else []
            process.kill()
            reap.stop(orphans)
            process.join()
        receiver.close()
