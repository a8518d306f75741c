"""The result of `toolgen diff`: changes, and per provider the version they call for."""

from __future__ import annotations

from typing import Any

from attrs import frozen

from generator.evolve.changelog import draft_entry
from generator.evolve.changes import Change
from generator.evolve.compare import compare_catalogs
from generator.evolve.versions import acknowledges, propose_version
from generator.spec.model import Catalog

UNVERSIONED = "0.0.0"


@frozen
class ProviderVerdict:
    provider: str
    old_version: str
    version: str
    proposed: str
    breaking: int
    compatible: int
    acknowledged: bool

    def line(self) -> str:
        state = "acknowledged" if self.acknowledged else "NOT acknowledged"
        tail = f"; breaking changes {state}" if self.breaking else ""
        return (
            f"{self.provider}: {self.breaking} breaking, {self.compatible} compatible; "
            f"version {self.old_version} -> {self.version}, proposed {self.proposed}{tail}"
        )


@frozen
class DiffReport:
    against: str
    changes: tuple[Change, ...]
    verdicts: tuple[ProviderVerdict, ...]

    @property
    def unacknowledged(self) -> bool:
        return any(v.breaking and not v.acknowledged for v in self.verdicts)

    def text(self) -> str:
        if not self.changes:
            return f"No changes against {self.against}."
        lines = [str(change) for change in self.changes]
        lines.append("")
        lines.extend(verdict.line() for verdict in self.verdicts)
        return "\n".join(lines)

    def changelog(self) -> str:
        """Per provider: the proposed `version:` and the entry to add under `changelog:`."""
        blocks = []
        for verdict in self.verdicts:
            mine = [c for c in self.changes if c.provider == verdict.provider]
            blocks.append(
                f"# specs/{verdict.provider}.yaml: provider.version {verdict.proposed}\n"
                f"changelog:\n{draft_entry(verdict.proposed, mine)}"
            )
        return "\n\n".join(blocks) if blocks else f"No changes against {self.against}."

    def to_json(self) -> dict[str, Any]:
        return {
            "against": self.against,
            "changes": [change.to_json() for change in self.changes],
            "providers": [
                {
                    "provider": v.provider,
                    "old_version": v.old_version,
                    "version": v.version,
                    "proposed_version": v.proposed,
                    "breaking": v.breaking,
                    "compatible": v.compatible,
                    "acknowledged": v.acknowledged,
                }
                for v in self.verdicts
            ],
        }


def build_report(old: Catalog, new: Catalog, against: str) -> DiffReport:
    changes = compare_catalogs(old, new, against)
    verdicts = []
    for pid in sorted({c.provider for c in changes}):
        mine = [c for c in changes if c.provider == pid]
        before, after = old.provider(pid), new.provider(pid)
        old_version = (before.version if before else "") or UNVERSIONED
        version = (after.version if after else "") or UNVERSIONED
        verdicts.append(
            ProviderVerdict(
                provider=pid,
                old_version=old_version,
                version=version,
                proposed=propose_version(old_version, mine),
                breaking=sum(c.breaking for c in mine),
                compatible=sum(not c.breaking for c in mine),
                acknowledged=after is None or acknowledges(old_version, version, mine),
            )
        )
    return DiffReport(against, tuple(changes), tuple(verdicts))
