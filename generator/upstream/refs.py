"""Loading an upstream document and resolving its local `$ref`s."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from referencing import Registry, Resource
from referencing.exceptions import Unresolvable

from generator.upstream.source import UpstreamError, read_source

__all__ = ["Resolver", "UpstreamError", "read_document"]

_BASE_URI = "urn:toolgen:upstream"
_MAX_REF_CHAIN = 32


def read_document(path: Path) -> dict[str, Any]:
    """The parsed document (JSON or YAML, gzipped or not), its relative `$ref`s bundled in."""
    from generator.upstream.bundle import bundle

    source = read_source(path)
    if not isinstance(source.data, dict):
        raise UpstreamError(f"{path}: expected a JSON/YAML object at the top level")
    return bundle(source.data, path)


class Resolver:
    """Follows `#/json/pointer` references inside one document."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        registry: Registry[Any] = Registry().with_resource(_BASE_URI, Resource.opaque(document))
        self._resolver = registry.resolver(base_uri=_BASE_URI)

    def lookup(self, ref: str) -> Any:
        if not ref.startswith("#"):
            raise UpstreamError(
                f"unsupported $ref {ref!r}: only references inside the document are read"
            )
        try:
            return self._resolver.lookup(ref).contents
        except Unresolvable:
            raise UpstreamError(f"unresolvable $ref {ref!r}") from None

    def deref(self, schema: Any) -> dict[str, Any]:
        """`schema` with its `$ref` chain followed; non-objects become `{}`."""
        for _ in range(_MAX_REF_CHAIN):
            if not isinstance(schema, dict):
                return {}
            ref = schema.get("$ref")
            if not isinstance(ref, str):
                return schema
            schema = self.lookup(ref)
        raise UpstreamError(f"$ref chain longer than {_MAX_REF_CHAIN}: {schema!r:.80}")

    @staticmethod
    def ref_name(schema: Any) -> str:
        """`Machine` for `{"$ref": "#/components/schemas/Machine"}`, else ""."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else ""
