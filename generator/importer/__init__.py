"""`toolgen import`: a starting spec, or new tools for an existing one, from a provider's OpenAPI."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from generator.importer.document import spec_data
from generator.importer.merge import merge_spec
from generator.spec.diagnostics import Diagnostic, did_you_mean, has_errors
from generator.upstream import Operation, Upstream, UpstreamError

__all__ = ["import_spec", "select_operations"]


def select_operations(
    upstream: Upstream, operation_ids: Sequence[str], tags: Sequence[str]
) -> list[Operation]:
    """The operations named or tagged (all of them when neither is given), in document order."""
    known = {op.operation_id for op in upstream.operations}
    known_tags = {tag for op in upstream.operations for tag in op.tags}
    for wanted, pool, what in [
        *((o, known, "operation") for o in operation_ids),
        *((t, known_tags, "tag") for t in tags),
    ]:
        if wanted not in pool:
            raise UpstreamError(f"no {what} '{wanted}' in the document{did_you_mean(wanted, pool)}")
    if not operation_ids and not tags:
        return list(upstream.operations)
    return [
        op
        for op in upstream.operations
        if op.operation_id in operation_ids or set(op.tags) & set(tags)
    ]


def import_spec(
    upstream: Upstream, provider_id: str, operations: list[Operation], root: Path
) -> tuple[Path, list[Diagnostic]]:
    """Write `specs/<id>.yaml` under `root` (new, or merged into the existing file).

    The result is validated first; with errors nothing is written and they are returned.
    """
    from generator.spec import load_provider

    target = root / "specs" / f"{provider_id}.yaml"
    yaml = _yaml()
    imported = _literal_blocks(spec_data(upstream, provider_id, operations))
    if target.exists():
        _, diagnostics = load_provider(target, root)
        if has_errors(diagnostics):  # merge only into a spec that is valid now
            return target, diagnostics
        document = yaml.load(target.read_text(encoding="utf-8"))
        merge_spec(document, imported)
    else:
        document = imported
    text = _dump(yaml, document)
    with tempfile.TemporaryDirectory(prefix="toolgen-import-") as scratch:
        candidate = Path(scratch) / "specs" / target.name
        candidate.parent.mkdir()
        candidate.write_text(text, encoding="utf-8")
        _, diagnostics = load_provider(candidate, Path(scratch))
    if not has_errors(diagnostics):
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    return target, diagnostics


def _yaml() -> YAML:
    yaml = YAML()  # round-trip: keeps comments and key order of an existing spec
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096  # long descriptions stay on one line instead of folding
    yaml.preserve_quotes = True
    return yaml


def _dump(yaml: YAML, document: Any) -> str:
    buffer = io.StringIO()
    yaml.dump(document, buffer)
    return buffer.getvalue()


def _literal_blocks(value: Any, flow: bool = False) -> Any:
    """Plain data as ruamel nodes laid out like hand-written specs: multi-line strings as `|`
    blocks, scalar lists (`enum`) and type fields (`id: {type: string}`) in flow style."""
    if isinstance(value, dict):
        node = CommentedMap((k, _literal_blocks(v, flow=k == "fields")) for k, v in value.items())
        for field in node.values() if flow else ():
            if _is_short_field(field):
                field.fa.set_flow_style()
        return node
    if isinstance(value, list):
        seq = CommentedSeq(_literal_blocks(v) for v in value)
        if all(isinstance(v, str | int | float) for v in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, str) and "\n" in value:
        return LiteralScalarString(value.rstrip() + "\n")
    if isinstance(value, str) and value.lower() in _YAML11_BOOLEANS:
        return DoubleQuotedScalarString(value)  # `"yes"` stays a string for YAML 1.1 readers too
    return value


_YAML11_BOOLEANS = frozenset(["y", "n", "yes", "no", "on", "off", "true", "false"])


def _is_short_field(field: Any) -> bool:
    return isinstance(field, CommentedMap) and not any(
        isinstance(v, LiteralScalarString) for v in field.values()
    )
