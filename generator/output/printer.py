"""What generation prints through: one line at a time, verbatim. A rich Console fits, but a
plain run needs no rich (it costs more to import than a no-op generation takes)."""

from __future__ import annotations

import sys
from typing import Protocol, TextIO


class Printer(Protocol):
    def print(self, text: str, /) -> None: ...


class PlainPrinter:
    """Lines to a stream (standard error unless given), flushed so they interleave in order."""

    def __init__(self, file: TextIO | None = None) -> None:
        self.file = file

    def print(self, text: str = "", /) -> None:
        out = self.file or sys.stderr
        out.write(f"{text}\n")
        out.flush()
