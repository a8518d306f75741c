"""Static checks of saved Lua scripts against the current catalog (`toolgen lua --check`).

Nothing is run: each `app.integrations.<provider>[.<account>].<function>(...)`
call must name a function that exists, pass only its parameters and every
parameter a caller must give. Diagnostics carry the script's file:line:col.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from generator.spec.diagnostics import Diagnostic, Report, did_you_mean, sorted_diagnostics
from generator.spec.examples import check_call, compile_error
from generator.spec.lua_calls import integration_calls
from generator.spec.model import Catalog, Loc, Provider


def check_scripts(paths: Sequence[Path], catalog: Catalog) -> list[Diagnostic]:
    report = Report()
    for path in paths:
        check_script(path.as_posix(), path.read_text(encoding="utf-8"), catalog, report)
    return sorted_diagnostics(report.diagnostics)


def check_script(name: str, code: str, catalog: Catalog, report: Report) -> None:
    def at(line: int, column: int) -> Loc:
        return Loc(name, line, column + 1)

    error = compile_error(code)
    if error is not None:
        line, column, message = error
        report.error(at(line, column), "script-syntax", f"Lua does not parse: {message}")
        return
    by_key = {key: p for p in catalog.providers for key in (p.id, p.namespace)}
    for call in integration_calls(code):
        if len(call.path) not in (4, 5):
            continue
        provider = by_key.get(call.path[2])
        if provider is None:
            hint = did_you_mean(call.path[2], list(by_key))
            report.error(
                at(call.line, call.col),
                "script-unknown-provider",
                f"no provider '{call.path[2]}'{hint}",
            )
            continue
        check_call(call, provider, report, at)
        _warn_deprecated(call.path[-1], provider, at(call.line, call.col), report)


def _warn_deprecated(name: str, provider: Provider, loc: Loc, report: Report) -> None:
    tool = next((t for t in provider.tools if name == t.name or name in t.aliases), None)
    if tool is not None and tool.deprecated is not None:
        message = f"{provider.id}.{tool.name}: {tool.deprecated.sentence('tool')}"
        report.diagnostics.append(Diagnostic(loc, "deprecated-call", message, "warning"))
