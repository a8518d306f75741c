"""Check arguments and results against a tool's JSON Schemas (Draft 2020-12).

Validators are compiled on a tool's first call and kept: compiling costs far
more than validating. Messages name the tool and where the problem is.
"""

from __future__ import annotations

from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

from generator.render.schema import RESULT_KEY

Schema = dict[str, Any]


def is_wrapper(schema: Schema) -> bool:
    """True for the `{"result": value}` object MCP needs around a list or primitive."""
    properties = schema.get("properties")
    return schema.get("additionalProperties") is False and list(properties or ()) == [RESULT_KEY]


def value_schema(output_schema: Schema) -> Schema:
    """The schema of the tool's value: what the wrapper holds, else the outputSchema itself."""
    return output_schema["properties"][RESULT_KEY] if is_wrapper(output_schema) else output_schema


def structured(output_schema: Schema | None, value: Any) -> Any:
    """`structuredContent` for a tool's value, wrapped exactly as its outputSchema says."""
    if output_schema is not None and is_wrapper(output_schema):
        return {RESULT_KEY: value}
    return value


class Validators:
    """Compiled validators per (tool, direction), built lazily."""

    def __init__(self) -> None:
        self._compiled: dict[tuple[str, str], Draft202012Validator] = {}

    def problem(self, tool: str, direction: str, schema: Schema, value: Any) -> str | None:
        """None when `value` conforms; otherwise what is wrong and where."""
        key = (tool, direction)
        validator = self._compiled.get(key)
        if validator is None:
            validator = self._compiled[key] = Draft202012Validator(schema)
        error = best_match(validator.iter_errors(value))
        return None if error is None else describe(error)


def describe(error: ValidationError) -> str:
    """`at app_name: 5 is not of type 'string'`; the root has no location."""
    location = "/".join(str(part) for part in error.absolute_path)
    return f"at {location}: {error.message}" if location else error.message
