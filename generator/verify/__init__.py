"""`toolgen verify`: compare a provider spec with the provider's published API description."""

from __future__ import annotations

from generator.spec.diagnostics import Diagnostic, sorted_diagnostics
from generator.spec.model import Deviation, Provider
from generator.upstream import Upstream
from generator.verify.compare import Finding, compare_params
from generator.verify.match import OperationIndex, tool_path

__all__ = ["verify_provider"]


def verify_provider(provider: Provider, upstream: Upstream) -> list[Diagnostic]:
    """Mismatches as errors; those a deviation declares, and skipped tools, as notes."""
    index = OperationIndex(upstream)
    findings: list[Finding] = []
    notes: list[Diagnostic] = []
    for tool in provider.tools:
        if tool.http is None:
            notes.append(
                Diagnostic(
                    tool.loc,
                    "verify-skipped",
                    f"'{tool.name}' has no http call; not compared",
                    "note",
                )
            )
            continue
        path = tool_path(provider, tool)
        op = index.find(tool.http.method, path)
        if op is None:
            others = index.methods_at(path)
            hint = f" (upstream has {', '.join(others)})" if others else ""
            message = (
                f"'{tool.name}': {tool.http.method} {path} is not in the upstream document{hint}"
            )
            findings.append(Finding(tool.name, tool.http.loc, "verify-operation", message))
            continue
        findings.extend(compare_params(tool, op, upstream.resolver))
    return sorted_diagnostics([*notes, *_apply_deviations(findings, provider.deviations)])


def _apply_deviations(
    findings: list[Finding], deviations: tuple[Deviation, ...]
) -> list[Diagnostic]:
    """Findings a deviation covers become notes; a deviation that covers none is noted on its own."""
    used: set[Deviation] = set()
    out: list[Diagnostic] = []
    for f in findings:
        deviation = next(
            (d for d in deviations if d.tool == f.tool and d.param in (f.param, f.wire)), None
        )
        if deviation is None:
            out.append(Diagnostic(f.loc, f.code, f.message))
        else:
            used.add(deviation)
            out.append(
                Diagnostic(
                    f.loc,
                    f.code,
                    f"{f.message} (declared deviation: {_one_line(deviation.reason)})",
                    "note",
                )
            )
    for d in deviations:
        if d not in used:
            target = f"'{d.tool}'" + (f" parameter '{d.param}'" if d.param else "")
            out.append(
                Diagnostic(d.loc, "verify-deviation", f"{target}: {_one_line(d.reason)}", "note")
            )
    return out


def _one_line(text: str) -> str:
    return " ".join(text.split())
