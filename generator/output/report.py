"""What `toolgen generate` tells the user: status lines and summaries on stderr.

The console is expected to print data verbatim (markup and highlighting off).
"""

from __future__ import annotations

from collections import Counter

from generator.output.plan import Change, Plan
from generator.output.printer import Printer

CHECK_LABELS = {"new": "missing", "changed": "changed", "stale": "stale"}
DRY_RUN_LABELS = {"new": "would create", "changed": "would update", "stale": "would remove"}
APPLIED_LABELS = {"new": "created", "changed": "updated", "stale": "removed"}


def owner_counts(plan: Plan) -> dict[str, Counter[str]]:
    """Per owner: how many files are written, unchanged and removed."""
    counts: dict[str, Counter[str]] = {}
    for change in plan.changes:
        kind = "removed" if change.kind == "stale" else "written"
        counts.setdefault(change.owner, Counter())[kind] += 1
    for _path, owner in plan.unchanged:
        counts.setdefault(owner, Counter())["unchanged"] += 1
    return counts


def counts_text(counts: Counter[str], *, would: bool = False) -> str:
    prefix = "would be " if would else ""
    return (
        f"{counts['written']} {prefix}written, {counts['unchanged']} unchanged, "
        f"{counts['removed']} {prefix}removed"
    )


def print_provider_lines(
    console: Printer, plan: Plan, providers: list[str], *, would: bool
) -> None:
    counts = owner_counts(plan)
    for provider in providers:
        line = f"{provider}: {counts_text(counts.get(provider, Counter()), would=would)}"
        console.print(line)


def print_summary(console: Printer, plan: Plan, *, would: bool) -> None:
    total: Counter[str] = Counter()
    for counts in owner_counts(plan).values():
        total.update(counts)
    head = "Dry run" if would else "Generated"
    console.print(f"{head}: {counts_text(total, would=would)}.")


def print_changes(console: Printer, changes: tuple[Change, ...], labels: dict[str, str]) -> None:
    for change in changes:
        console.print(f"{labels[change.kind]}: {change.path}")
