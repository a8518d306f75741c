"""Located problems found in a spec, and the collector the loader passes around."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from attrs import frozen

from generator import suggest
from generator.spec.model import Loc

Severity = Literal["error", "warning", "note"]


@frozen
class Diagnostic:
    """`specs/fly-io.yaml:12:9: error[unknown-type]: unknown type 'integr' (did you mean 'integer'?)`"""

    loc: Loc
    code: str
    message: str
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.loc}: {self.severity}[{self.code}]: {self.message}"

    @property
    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.loc.file, self.loc.line, self.loc.col, self.code)


class SpecError(Exception):
    """Raised by callers that want an exception instead of a diagnostics list."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = diagnostics
        super().__init__("\n".join(str(d) for d in diagnostics))


class Report:
    """Collects the diagnostics of one load."""

    def __init__(self) -> None:
        self.diagnostics: list[Diagnostic] = []

    def error(self, loc: Loc, code: str, message: str) -> None:
        self.diagnostics.append(Diagnostic(loc, code, one_line(message)))


def one_line(message: str) -> str:
    """A message quoting spec text keeps to one line: control characters as escapes."""
    if message.isprintable():
        return message
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in message)


def has_errors(diagnostics: Iterable[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def sorted_diagnostics(diagnostics: Iterable[Diagnostic]) -> list[Diagnostic]:
    return sorted(set(diagnostics), key=lambda d: (d.sort_key, d.message))


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """` (did you mean 'integer'?)`: the one closest match, or ""."""
    return suggest.did_you_mean(word, candidates, limit=1)
