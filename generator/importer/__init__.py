"""`toolgen import`: a starting spec, or new tools for an existing one, from a provider's OpenAPI."""

from __future__ import annotations

import fnmatch
import json
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from attrs import evolve
from ruamel.yaml import YAML

from generator.importer import emit
from generator.importer.document import spec_data
from generator.importer.merge import merge_spec, plain
from generator.importer.report import ImportReport
from generator.importer.roundtrip import dump_round_trip, literal_blocks, round_trip_yaml
from generator.spec.diagnostics import Diagnostic, did_you_mean, has_errors
from generator.upstream import Operation, Upstream, UpstreamError

__all__ = ["ImportReport", "import_spec", "select_operations"]

MAX_ROUNDS = 4  # validation rounds: each drops the tools the spec loader rejects
_TOOL_LINE = re.compile(r"^  - name: (\S+)$")


def _matches(op: Operation, pattern: str) -> bool:
    if pattern.startswith("/"):
        return fnmatch.fnmatchcase(op.path, pattern)
    return pattern == op.operation_id or pattern in op.tags


def select_operations(
    upstream: Upstream,
    operation_ids: Sequence[str] = (),
    tags: Sequence[str] = (),
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> list[Operation]:
    """The operations chosen, in document order: all of them unless ids, tags or `include`
    patterns (operationId, tag or `/path/glob*`) name some; `exclude` patterns take away."""
    known = {op.operation_id for op in upstream.operations}
    known_tags = {tag for op in upstream.operations for tag in op.tags}
    for wanted, pool, what in [
        *((o, known, "operation") for o in operation_ids),
        *((t, known_tags, "tag") for t in tags),
    ]:
        if wanted not in pool:
            raise UpstreamError(f"no {what} '{wanted}' in the document{did_you_mean(wanted, pool)}")
    for pattern in (*include, *exclude):
        if not any(_matches(op, pattern) for op in upstream.operations):
            hint = did_you_mean(pattern, known | known_tags)
            raise UpstreamError(f"'{pattern}' matches no operationId, tag or path{hint}")
    chosen = [
        op
        for op in upstream.operations
        if (not operation_ids and not tags and not include)
        or op.operation_id in operation_ids
        or set(op.tags) & set(tags)
        or any(_matches(op, p) for p in include)
    ]
    return [op for op in chosen if not any(_matches(op, p) for p in exclude)]


def on_server(
    upstream: Upstream, operations: list[Operation], url: str
) -> tuple[Upstream, list[Operation]]:
    """`upstream` with `url` as its base URL, and the operations served from there."""
    url = url.rstrip("/")
    document = [str(s.get("url", "")).rstrip("/") for s in upstream.servers]
    entry = next(
        (s for s in upstream.servers if str(s.get("url", "")).rstrip("/") == url), {"url": url}
    )
    known = {*document, *(server for op in operations for server in op.servers)}
    if url not in known:  # a base URL the document lacks (none, or a relative one)
        return evolve(upstream, servers=(entry,)), [op for op in operations if not op.servers]
    chosen = [op for op in operations if url in (op.servers or document)]
    return evolve(upstream, servers=(entry,)), chosen


def import_spec(
    upstream: Upstream,
    provider_id: str,
    operations: list[Operation],
    root: Path,
    report: ImportReport | None = None,
    write: bool = True,
) -> tuple[Path, list[Diagnostic], Callable[[], None]]:
    """Write `specs/<id>.yaml` under `root` (new, or merged into the existing file), and the
    baseline `specs/<id>.import.json`; returns a function that writes them (for --strict).

    Tools the spec loader rejects are dropped (and reported as skipped) until the
    result validates; with errors left nothing is written and they are returned.
    """
    from generator.spec import load_provider

    report = report if report is not None else ImportReport(source=upstream.source)
    report.seen += len(operations)
    target = root / "specs" / f"{provider_id}.yaml"
    yaml = round_trip_yaml()
    imported = spec_data(upstream, provider_id, operations, report)
    baseline_path = target.with_suffix(".import.json")
    existing, base = None, None
    if target.exists():
        _, diagnostics = load_provider(target, root)
        if has_errors(diagnostics):  # merge only into a spec that is valid now
            return target, diagnostics, lambda: None
        existing = target.read_text(encoding="utf-8")
        base = _read_baseline(baseline_path)
    by_key = {f"{op.method} {op.path}": op for op in operations}
    for _ in range(MAX_ROUNDS):
        report.changes = []
        text, diagnostics = _candidate(yaml, imported, existing, base, target.name, report.changes)
        rejected = _rejected_tools(text, diagnostics, imported)
        if not has_errors(diagnostics) or not rejected:
            break
        for index in sorted(rejected, reverse=True):
            tool = imported["tools"].pop(index)
            op = by_key[f"{tool['http']['method']} {tool['http']['path']}"]
            report.skip(op, "; ".join(sorted(set(rejected[index]))))

    def commit() -> None:
        write_result(target, text, imported)

    if write and not has_errors(diagnostics):
        commit()
    return target, diagnostics, commit


def write_result(target: Path, text: str, imported: dict[str, Any]) -> None:
    """The spec and, beside it, the baseline the next re-import merges against."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    baseline = json.dumps(plain(literal_blocks(imported)), indent=1, ensure_ascii=False)
    target.with_suffix(".import.json").write_text(baseline + "\n", encoding="utf-8")


def _read_baseline(path: Path) -> dict[str, Any] | None:
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UpstreamError(f"{path}: unreadable import baseline: {exc}") from None
    return data if isinstance(data, dict) else None


def _candidate(
    yaml: YAML,
    imported: dict[str, Any],
    existing: str | None,
    base: dict[str, Any] | None,
    name: str,
    changes: list[str],
) -> tuple[str, list[Diagnostic]]:
    from generator.spec import load_provider

    if existing is None:
        text = emit.dump(imported)  # fast; the round-trip writer is for keeping comments
    else:
        current = yaml.load(existing)
        merge_spec(current, literal_blocks(imported), base, changes)
        text = dump_round_trip(yaml, current)
    with tempfile.TemporaryDirectory(prefix="toolgen-import-") as scratch:
        candidate = Path(scratch) / "specs" / name
        candidate.parent.mkdir()
        candidate.write_text(text, encoding="utf-8")
        _, diagnostics = load_provider(candidate, Path(scratch))
    return text, diagnostics


def _rejected_tools(
    text: str, diagnostics: list[Diagnostic], imported: dict[str, Any]
) -> dict[int, list[str]]:
    """{index in `imported["tools"]`: error messages} for errors inside imported tool entries."""
    lines = text.splitlines()
    starts: list[tuple[int, str]] = []
    in_tools = False
    for number, text_line in enumerate(lines, 1):
        if text_line.startswith("tools:"):
            in_tools = True
        elif text_line[:1].isalpha():
            in_tools = False
        match = _TOOL_LINE.match(text_line) if in_tools else None
        if match:
            starts.append((number, match.group(1)))
    index = {tool["name"]: i for i, tool in enumerate(imported["tools"])}
    rejected: dict[int, list[str]] = {}
    for diagnostic in diagnostics:
        if diagnostic.severity != "error":
            continue
        line = diagnostic.loc.line
        owner = next((name for start, name in reversed(starts) if start <= line), None)
        if owner in index and starts and line >= starts[0][0]:
            rejected.setdefault(index[owner], []).append(f"{diagnostic.code}: {diagnostic.message}")
    return rejected
