"""Checks one request's params and body against its tool's spec.

Every violation raises `RequestError` naming the offending parameter.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from generator.hosts.mock.request_checks import RequestError, short
from generator.render.schema import Schema, SchemaBuilder
from generator.spec.model import Param, Provider, Tool, TypeRef

INTEGER_RE = re.compile(r"^[+-]?\d{1,30}$")
BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


class ToolRules:
    """Compiled validators for one tool's path, query, header and body params."""

    def __init__(self, provider: Provider, tool: Tool) -> None:
        self.tool = tool
        self.params = {
            loc: {p.wire_name: p for p in tool.params if p.location == loc}
            for loc in ("path", "query", "header")
        }
        schemas = SchemaBuilder(provider, output=False, closed=True)
        self.validators = {
            loc: _validator(schemas, _object_schema(schemas, by_wire.values()))
            for loc, by_wire in self.params.items()
        }
        body_params = [p for p in tool.params if p.location == "body"]
        self.whole_body = next((p for p in body_params if p.wire == "$"), None)
        body = (
            schemas.param_schema(self.whole_body)
            if self.whole_body
            else _body_schema(schemas, body_params)
        )
        self.body_validator = _validator(schemas, body)
        fields = [p for p in body_params if p.type.base.name != "file"]
        self.fields_validator = _validator(schemas, _object_schema(schemas, fields, closed=True))

    def path(self, values: Mapping[str, str]) -> dict[str, Any]:
        return self._strings("path", {name: [value] for name, value in values.items()})

    def query(self, items: Iterable[tuple[str, str]]) -> dict[str, Any]:
        grouped: dict[str, list[str]] = {}
        for name, value in items:
            if name not in self.params["query"]:
                raise RequestError(400, f"unknown query parameter '{name}'")
            grouped.setdefault(name, []).append(value)
        for name, texts in grouped.items():
            if not self.params["query"][name].explode:
                grouped[name] = _comma_separated(name, texts)
        return self._strings("query", grouped)

    def headers(self, headers: Mapping[str, str]) -> dict[str, Any]:
        present = {name: [headers[name]] for name in self.params["header"] if name in headers}
        return self._strings("header", present)

    def body(self, raw: bytes) -> Any:
        if not raw.strip():
            if self.whole_body is None:
                return self._validated("body", {}, self.body_validator)
            if self.whole_body.required:
                raise RequestError(400, f"request body '{self.whole_body.name}' is required")
            return None
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError) as exc:
            raise RequestError(400, f"request body is not valid JSON: {short(str(exc))}") from None
        return self._validated("body", data, self.body_validator)

    def fields(self, values: dict[str, Any]) -> dict[str, Any]:
        """Form or multipart fields, already typed by `coerce` (files are checked apart)."""
        return self._validated("body", values, self.fields_validator)  # type: ignore[no-any-return]

    def _strings(self, loc: str, raw: dict[str, list[str]]) -> dict[str, Any]:
        params = self.params[loc]
        values = {name: coerce(loc, params[name], texts) for name, texts in raw.items()}
        return self._validated(loc, values, self.validators[loc])  # type: ignore[no-any-return]

    @staticmethod
    def _validated(loc: str, value: Any, validator: Draft202012Validator) -> Any:
        try:
            error = best_match(validator.iter_errors(value))
        except RecursionError:
            raise RequestError(400, f"{loc} is nested too deeply") from None
        if error is None:
            return value
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path)
        label = f"{loc} parameter '{where[1:]}'" if where else f"{loc} parameters"
        if loc == "body":
            label = f"body field '{where[1:]}'" if where else "request body"
        raise RequestError(400, f"{label}: {short(error.message)}")


def _validator(schemas: SchemaBuilder, schema: Schema) -> Draft202012Validator:
    """A validator of `schema`, with the `$defs` of the recursive types it refers to."""
    return Draft202012Validator(schemas.with_defs(schema))


def _object_schema(
    schemas: SchemaBuilder, params: Iterable[Param], *, closed: bool = False
) -> Schema:
    params = list(params)
    return {
        "type": "object",
        "properties": {p.wire_name: _string_param_schema(schemas, p) for p in params},
        "required": [p.wire_name for p in params if p.required or p.location == "path"],
        "additionalProperties": not closed,
    }


def _string_param_schema(schemas: SchemaBuilder, param: Param) -> Schema:
    """Path, query and header values are strings on the wire; named types stay so."""
    if param.type.base.is_primitive:
        return schemas.param_schema(param)
    return {"type": "array"} if param.type.is_list else {}


def _body_schema(schemas: SchemaBuilder, params: list[Param]) -> Schema:
    """An object schema following the params' dotted wire paths (`config.image`)."""
    root: Schema = _object_schema(schemas, [], closed=True)
    for param in params:
        *parents, leaf = param.wire_name.split(".")
        node = root
        for key in parents:
            if param.required and key not in node["required"]:
                node["required"].append(key)
            node = node["properties"].setdefault(key, _object_schema(schemas, [], closed=True))
        node["properties"][leaf] = schemas.param_schema(param)
        if param.required:
            node["required"].append(leaf)
    return root


def _comma_separated(name: str, texts: list[str]) -> list[str]:
    """The items of a non-exploded list: one `name=a,b` pair, never a repeated key."""
    if len(texts) > 1:
        raise RequestError(
            400, f"query parameter '{name}' given more than once (send its values comma-separated)"
        )
    return texts[0].split(",")


def coerce(loc: str, param: Param, texts: list[str]) -> Any:
    """Wire strings as the param's type: one value, or a list for list params."""
    if param.type.item is not None:
        return [_scalar(loc, param, param.type.item, text) for text in texts]
    if len(texts) > 1:
        raise RequestError(400, f"{loc} parameter '{param.wire_name}' given more than once")
    return _scalar(loc, param, param.type, texts[0])


def _scalar(loc: str, param: Param, ref: TypeRef, text: str) -> Any:
    try:
        if ref.name == "integer" and INTEGER_RE.match(text):
            return int(text)
        if ref.name == "number" and math.isfinite(number := float(text)):
            return number
        if ref.name == "boolean" and text.lower() in BOOLEANS:
            return BOOLEANS[text.lower()]
    except ValueError:
        pass
    if ref.name in ("integer", "number", "boolean"):
        raise RequestError(
            400, f"{loc} parameter '{param.wire_name}' must be {ref.name}: {short(text)!r}"
        )
    return text
