"""The bundled providers: tool counts, a return type per tool, and response examples that fit it."""

from __future__ import annotations

from typing import Any

import attrs
import pytest
from jsonschema import Draft202012Validator

from generator.render.schema import Schema, SchemaBuilder
from generator.spec.model import Catalog, Provider, Tool

# Fly.io: the 22 seed tools, the intent-level launch_machine and update_machine, and the
# raw update_secrets and unset_secret behind set_secrets and unset_secrets.
TOOL_COUNTS = {"buildkite": 22, "fly-io": 26, "heroku": 7, "render": 8}
# Tools that return nothing, each documented so in its spec.
NO_RETURN = {("fly-io", "create_app")}  # Fly answers 201 with no body
# Tools whose response example is empty: a 204 answer has no body.
NO_BODY_EXAMPLE = {("buildkite", "api_delete")}


def every_tool(catalog: Catalog) -> list[tuple[Provider, Tool]]:
    return [(p, t) for p in catalog.providers for t in p.tools]


def test_tool_counts(catalog: Catalog) -> None:
    assert {p.id: len(p.tools) for p in catalog.providers} == TOOL_COUNTS


def test_every_tool_declares_what_it_returns(catalog: Catalog) -> None:
    untyped = {(p.id, t.name) for p, t in every_tool(catalog) if t.returns.type is None}
    assert untyped == NO_RETURN
    for provider_id, name in NO_RETURN:
        provider = catalog.provider(provider_id)
        assert provider is not None
        assert any(d.tool == name and not d.param for d in provider.deviations), (
            f"{provider_id}.{name} returns nothing: a deviation must say why"
        )


def test_every_tool_has_a_response_example(catalog: Catalog) -> None:
    missing = {
        (p.id, t.name)
        for p, t in every_tool(catalog)
        if t.response_example is None and t.returns.type is not None
    }
    assert missing == NO_BODY_EXAMPLE


def closed(schema: Any) -> Any:
    """The schema with every declared object closed: an example may show only declared fields."""
    if isinstance(schema, dict):
        out = {key: closed(value) for key, value in schema.items()}
        if out.get("type") == "object" and "properties" in out:
            out["additionalProperties"] = False
        return out
    if isinstance(schema, list):
        return [closed(value) for value in schema]
    return schema


def returned_value(tool: Tool) -> Any:
    """What a caller gets from the raw response: the envelope unwrapped, cursor wrappers removed."""
    value = tool.response_example
    if tool.returns.unwrap:
        value = value[tool.returns.unwrap]
    item_key = tool.pagination.item_key
    if item_key:
        assert all(set(w) == {"cursor", item_key} for w in value), "cursor wrappers"
        value = [wrapper[item_key] for wrapper in value]
    return value


def return_schema(provider: Provider, tool: Tool) -> Schema:
    assert tool.returns.type is not None
    builder = SchemaBuilder(provider, output=True)
    schema: Schema = closed(builder.with_defs(builder.type_schema(tool.returns.type)))
    return schema


def test_response_examples_fit_the_declared_return_types(catalog: Catalog) -> None:
    checked = 0
    problems = []
    for provider, tool in every_tool(catalog):
        if tool.returns.type is None or tool.response_example is None:
            continue
        validator = Draft202012Validator(return_schema(provider, tool))
        for error in validator.iter_errors(returned_value(tool)):
            where = "/".join(map(str, error.absolute_path))
            problems.append(f"{provider.id}.{tool.name} at /{where}: {error.message[:120]}")
        checked += 1
    assert problems == []
    assert checked == sum(TOOL_COUNTS.values()) - len(NO_RETURN) - len(NO_BODY_EXAMPLE)


@pytest.mark.parametrize(
    ("provider_id", "tool_name", "bad_example"),
    [
        ("heroku", "get_app", {"id": 42}),  # wrong type
        ("render", "list_services", [{"cursor": "c", "service": {"id": "srv-1"}}]),  # required
        ("fly-io", "list_apps", {"apps": [{"id": "a", "name": "b", "colour": "red"}]}),  # unknown
    ],
)
def test_a_wrong_example_is_caught(
    catalog: Catalog, provider_id: str, tool_name: str, bad_example: Any
) -> None:
    provider = catalog.provider(provider_id)
    assert provider is not None
    tool = provider.tool(tool_name)
    assert tool is not None
    doctored = attrs.evolve(tool, response_example=bad_example)
    validator = Draft202012Validator(return_schema(provider, doctored))
    assert list(validator.iter_errors(returned_value(doctored)))
