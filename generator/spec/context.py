"""State shared while converting one spec file into the model."""

from __future__ import annotations

from typing import Any

from attrs import Factory, define

from generator.spec.diagnostics import Report, did_you_mean
from generator.spec.fields import Fields, Schema, read_mapping
from generator.spec.model import PRIMITIVES, Loc, Pagination, TypeRef
from generator.spec.yaml_source import Source


@define
class Context:
    source: Source
    report: Report
    type_names: frozenset[str] = frozenset()
    credential_names: frozenset[str] = frozenset()
    provider_id: str = ""
    api_pagination: Pagination = Factory(Pagination)
    note_snippets: list[tuple[str, Loc]] = Factory(list)  # Lua blocks of notes, where they start

    def read(self, node: Any, schema: Schema, what: str, at: Loc) -> Fields | None:
        return read_mapping(self.source, node, schema, what, at, self.report)

    def type_ref(self, fields: Fields, key: str = "type", *, file_ok: bool = False) -> TypeRef:
        """Parse a type expression, reporting `unknown-type` at its value.

        `file` is file content: only body params may use it (`file_ok`), and
        they check the tool's body kind themselves."""
        text = fields.text(key)
        if not text:
            return TypeRef("any")
        ref = TypeRef.parse(text)
        name = ref.base.name
        if name not in PRIMITIVES and name not in self.type_names:
            hint = did_you_mean(name, (*PRIMITIVES, *sorted(self.type_names)))
            self.report.error(fields.value_loc(key), "unknown-type", f"unknown type '{name}'{hint}")
        elif name == "file" and not file_ok:
            message = "type 'file' is only for body params of multipart or binary tools"
            self.report.error(fields.value_loc(key), "invalid-value", message)
        return ref

    def credential_ref(self, fields: Fields, key: str, what: str) -> str:
        """A credential name, reporting `unknown-credential` at its value."""
        name = fields.text(key)
        if name and name not in self.credential_names:
            hint = did_you_mean(name, sorted(self.credential_names))
            message = f"{what} refers to unknown credential '{name}'{hint}"
            self.report.error(fields.value_loc(key), "unknown-credential", message)
        return name
