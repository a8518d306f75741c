"""One classified change between two versions of a provider spec."""

from __future__ import annotations

from typing import Any, Literal

from attrs import frozen

from generator.spec.model import Loc

Severity = Literal["breaking", "compatible"]
Surface = Literal["python", "lua", "mcp", "docs"]
SURFACES: tuple[Surface, ...] = ("python", "lua", "mcp", "docs")


@frozen
class Change:
    """`code` names the kind (`param-removed`); `impact` gives the severity on each surface."""

    provider: str
    code: str
    message: str
    impact: tuple[tuple[Surface, Severity], ...]
    loc: Loc  # the new side; the old side's location for removals
    tool: str = ""
    param: str = ""
    before: str = ""  # renames: the old name

    @property
    def breaking(self) -> bool:
        return any(severity == "breaking" for _, severity in self.impact)

    @property
    def severity(self) -> Severity:
        return "breaking" if self.breaking else "compatible"

    def to_json(self) -> dict[str, Any]:
        return {
            "provider": self.provider,
            "tool": self.tool or None,
            "param": self.param or None,
            "code": self.code,
            "severity": self.severity,
            "surfaces": dict(self.impact),
            "message": self.message,
            "location": str(self.loc),
        }

    def __str__(self) -> str:
        broken = [surface for surface, severity in self.impact if severity == "breaking"]
        where = f" (breaks: {', '.join(broken)})" if broken else ""
        return f"{self.loc}: {self.severity}[{self.code}]: {self.message}{where}"


def everywhere(severity: Severity) -> tuple[tuple[Surface, Severity], ...]:
    return tuple((surface, severity) for surface in SURFACES)


def only(
    breaking: tuple[Surface, ...], rest: Severity = "compatible"
) -> tuple[tuple[Surface, Severity], ...]:
    """Breaking on `breaking`, `rest` elsewhere."""
    return tuple((s, "breaking" if s in breaking else rest) for s in SURFACES)
