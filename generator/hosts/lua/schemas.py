"""What each tool's result declares, read from the generated MCP output schemas.

Strict results (used by the example tests) turn a read of an undeclared field
into a Lua error, so an example cannot depend on data the type does not promise.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attrs import frozen

from generator import naming
from generator.hosts.mcp.catalog import read_file

Schema = dict[str, Any]


@frozen
class Declared:
    """A node of a result schema; `$defs` travel along for `$ref`s."""

    schema: Schema
    defs: Schema

    def _resolved(self) -> Schema:
        schema = self.schema
        for _ in range(32):  # $ref chains are short; cycles are not followed forever
            ref = schema.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                schema = self.defs.get(ref.removeprefix("#/$defs/"), {})
                continue
            choices = schema.get("anyOf") or schema.get("oneOf") or ()
            options = [s for s in choices if s.get("type") != "null"]
            if len(options) == 1:
                schema = options[0]
                continue
            return schema
        return {}

    @property
    def fields(self) -> frozenset[str] | None:
        """Declared field names (the keys results carry); None if free-form."""
        properties = self._resolved().get("properties")
        return frozenset(properties) if isinstance(properties, dict) else None

    @property
    def is_list(self) -> bool:
        kind = self._resolved().get("type")
        return kind == "array" or (isinstance(kind, list) and "array" in kind)

    def field(self, key: str) -> Declared | None:
        schema = (self._resolved().get("properties") or {}).get(key)
        return Declared(schema, self.defs) if isinstance(schema, dict) else None

    def items(self) -> Declared | None:
        items = self._resolved().get("items")
        return Declared(items, self.defs) if isinstance(items, dict) else None


class ResultSchemas:
    """Declared result shapes per tool, loaded lazily per provider.

    Raises `CatalogError` when a provider's schema file is unreadable.
    """

    def __init__(self, root: Path) -> None:
        self.root = root
        self._by_provider: dict[str, dict[str, Schema]] = {}

    def declared(self, provider_id: str, mcp_name: str) -> Declared | None:
        if provider_id not in self._by_provider:
            path = self.root / naming.mcp_path(provider_id)
            tools = read_file(path, provider_id) if path.is_file() else []
            self._by_provider[provider_id] = {
                tool.name: tool.definition["outputSchema"]
                for tool in tools
                if isinstance(tool.definition.get("outputSchema"), dict)
            }
        schema = self._by_provider[provider_id].get(mcp_name)
        if schema is None:
            return None
        from generator.hosts.mcp.schemas import value_schema  # strict runs only: jsonschema

        return Declared(value_schema(schema), schema.get("$defs", {}))
