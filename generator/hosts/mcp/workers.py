"""`--workers N`: N forked processes accepting on one listening socket.

The parent loads the catalog and builds the app once, then forks: workers
share those pages (copy-on-write, with `gc.freeze` so the collector does not
touch them) and start in milliseconds instead of re-importing everything. The
kernel hands each new connection to one of the processes waiting on the
socket. The parent only supervises: it restarts a worker that dies, gives up
if workers keep dying at start, and passes SIGINT/SIGTERM/SIGHUP on to them;
on Linux a worker also stops when the parent dies (SIGKILL included).
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import time
import traceback
from collections.abc import Callable

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
MAX_QUICK_DEATHS = 5  # workers dying within QUICK seconds of their start, in a row
QUICK = 2.0
PR_SET_PDEATHSIG = 1  # <linux/prctl.h>


def run_workers(count: int, serve: Callable[[], None]) -> int:
    """Fork `count` workers each running `serve()`; returns the exit status for the parent."""
    children: dict[int, float] = {}  # pid -> start time
    stopping = False
    quick_deaths = 0

    def spawn() -> None:
        parent = os.getpid()
        pid = os.fork()
        if pid == 0:  # the worker
            for sig in STOP_SIGNALS:
                signal.signal(sig, signal.SIG_DFL)
            signal.signal(signal.SIGINT, signal.default_int_handler)
            _die_with(parent)
            status = 0
            try:
                serve()
            except KeyboardInterrupt:
                pass
            except BaseException:  # noqa: BLE001 (a forked worker must reach os._exit)
                traceback.print_exc()
                status = 1
            finally:
                sys.stderr.flush()
                os._exit(status)
        children[pid] = time.monotonic()

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in list(children):
            try:
                os.kill(pid, signal.SIGTERM)
            except ProcessLookupError:
                pass

    gc.collect()
    gc.freeze()
    previous = {sig: signal.signal(sig, stop) for sig in STOP_SIGNALS}
    try:
        for _ in range(count):
            spawn()
        while children:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            started = children.pop(pid)
            if stopping:
                continue
            quick_deaths = quick_deaths + 1 if time.monotonic() - started < QUICK else 0
            code = os.waitstatus_to_exitcode(status)
            print(f"toolgen mcp: worker {pid} exited ({code})", file=sys.stderr, flush=True)
            if quick_deaths >= MAX_QUICK_DEATHS:
                print("toolgen mcp: workers keep dying at start; stopping", file=sys.stderr)
                stop(signal.SIGTERM, None)
                _wait_all(children)
                return 1
            spawn()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return 0


def _die_with(parent: int) -> None:
    """Linux: the kernel sends this worker SIGTERM when the parent dies, even by SIGKILL,
    so no orphan keeps serving the port."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os.kill(os.getpid(), signal.SIGTERM)


def _wait_all(children: dict[int, float]) -> None:
    for pid in list(children):
        try:
            os.waitpid(pid, 0)
        except ChildProcessError:
            pass
        children.pop(pid, None)
