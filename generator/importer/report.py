"""What an import did, operation by operation: tools written, skips with locations, notes."""

from __future__ import annotations

from collections import Counter
from typing import Any

from attrs import define, field

from generator.upstream import Operation, Skipped
from generator.upstream.source import SourceText


@define
class Skip:
    method: str
    path: str
    pointer: str
    reason: str
    line: int = 0  # 1-based line in the document, 0 when unknown

    @property
    def kind(self) -> str:
        """The reason without its details, for the summary (`unsupported HTTP method`)."""
        return self.reason.split(":", 1)[0].split(" (", 1)[0][:60]


@define
class ImportReport:
    source: SourceText | None = None
    seen: int = 0
    tools: dict[str, str] = field(factory=dict)  # "METHOD /path" -> tool name
    skipped: list[Skip] = field(factory=list)
    notes: list[tuple[str, str]] = field(factory=list)  # ("METHOD /path", text)
    changes: list[str] = field(factory=list)  # re-import: what upstream added/removed/changed

    def _line(self, pointer: str) -> int:
        return self.source.line_of(pointer) if self.source is not None and pointer else 0

    def tool(self, op: Operation, name: str, notes: list[str]) -> None:
        self.tools[f"{op.method} {op.path}"] = name
        self.notes += [(f"{op.method} {op.path}", note) for note in notes]

    def skip(self, op: Operation | Skipped, reason: str) -> None:
        key = f"{op.method} {op.path}"
        self.tools.pop(key, None)
        self.skipped.append(Skip(op.method, op.path, op.pointer, reason, self._line(op.pointer)))

    def note(self, op: Operation, text: str) -> None:
        self.notes.append((f"{op.method} {op.path}", text))

    def where(self, skip: Skip) -> str:
        file = str(self.source.path) if self.source is not None else "document"
        line = f":{skip.line}" if skip.line else ""
        return f"{file}{line} #{skip.pointer}"

    def lines(self) -> list[str]:
        out = [f"skipped {s.method} {s.path} ({self.where(s)}): {s.reason}" for s in self.skipped]
        out += [f"note: {where}: {text}" for where, text in self.notes]
        out += self.changes
        return out

    def summary(self) -> str:
        by_reason = Counter(s.kind for s in self.skipped)
        reasons = "".join(f"\n  {count:4d}  {kind}" for kind, count in by_reason.most_common())
        return (
            f"{self.seen} operation(s) seen, {len(self.tools)} tool(s) written, "
            f"{len(self.skipped)} skipped{' by reason:' if reasons else ''}{reasons}"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "seen": self.seen,
            "tools": len(self.tools),
            "skipped": [
                {
                    "method": s.method,
                    "path": s.path,
                    "pointer": s.pointer,
                    "line": s.line,
                    "reason": s.reason,
                }
                for s in self.skipped
            ],
            "notes": [{"operation": w, "note": t} for w, t in self.notes],
            "changes": self.changes,
        }
