"""MCP tool schemas: valid 2020-12 JSON Schema, closed inputs, object outputs, right hints."""

from __future__ import annotations

import json
from typing import Any

import attrs
import jsonschema
import pytest

from generator.hosts.mcp.schemas import structured
from generator.render import mcp
from generator.render.schema import SchemaBuilder, output_schema
from generator.spec.model import Catalog, Provider, TypeRef


def tool_list(provider: Provider) -> list[dict[str, Any]]:
    text = mcp.render_provider(provider)[f"generated/mcp/{provider.id}.json"]
    assert text.endswith("}\n")
    tools: list[dict[str, Any]] = json.loads(text)["tools"]
    return tools


def all_providers(catalog: Catalog, demo: Provider, hostile: Provider) -> list[Provider]:
    return [*catalog.providers, demo, hostile]


def test_every_schema_is_valid_2020_12(catalog: Catalog, demo: Provider, hostile: Provider) -> None:
    checked = 0
    for provider in all_providers(catalog, demo, hostile):
        for tool in tool_list(provider):
            jsonschema.Draft202012Validator.check_schema(tool["inputSchema"])
            assert tool["inputSchema"]["type"] == "object"
            assert tool["inputSchema"]["additionalProperties"] is False
            if "outputSchema" in tool:
                jsonschema.Draft202012Validator.check_schema(tool["outputSchema"])
                assert tool["outputSchema"]["type"] == "object"
            checked += 1
    assert checked > 40


def test_names_and_annotations_follow_access(demo: Provider) -> None:
    hints = {t["name"]: t["annotations"] for t in tool_list(demo)}
    assert hints["demo_co__list_widgets"]["readOnlyHint"] is True
    assert hints["demo_co__create_widget"] == {
        "title": "Demo Co: Create widget",
        "readOnlyHint": False,
        "destructiveHint": False,  # additive write
        "idempotentHint": False,
        "openWorldHint": True,
    }
    assert hints["demo_co__delete_widget"]["destructiveHint"] is True


def test_credential_params_are_optional_and_bounds_kept(demo: Provider) -> None:
    schema = tool_list(demo)[0]["inputSchema"]
    assert "required" not in schema  # workspace comes from the account
    assert "credential" in schema["properties"]["workspace"]["description"]
    assert schema["properties"]["limit"] == {
        "type": "integer",
        "description": "Page size.",
        "default": 20,
        "minimum": 1,
        "maximum": 100,
    }
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid({"limit": 5})
    assert not validator.is_valid({"limit": 500})
    assert not validator.is_valid({"unknown": 1})


def test_outputs_validate_real_values_and_wrap_non_objects(demo: Provider) -> None:
    list_widgets, get_widget, count = (
        demo.tool(n) for n in ("list_widgets", "get_widget", "count_widgets")
    )
    assert list_widgets and get_widget and count
    widget = {"id": "w-1", "color": None, "parent": {"id": "w-0", "extra": True}, "new_field": 1}
    cases = [(list_widgets, [widget]), (get_widget, widget), (count, 3)]
    for tool, value in cases:
        schema = output_schema(tool, demo)
        assert schema is not None
        jsonschema.validate(structured(schema, value), schema)
    assert structured(output_schema(count, demo), 3) == {"result": 3}
    assert structured(output_schema(get_widget, demo), widget) is widget
    get_schema = output_schema(get_widget, demo) or {}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(structured(get_schema, {"color": "red"}), get_schema)


def test_tools_without_returns_have_no_output_schema(demo: Provider) -> None:
    by_name = {t["name"]: t for t in tool_list(demo)}
    assert "outputSchema" not in by_name["demo_co__delete_widget"]


def test_recursive_types_use_defs_and_refs(demo: Provider) -> None:
    get_widget = demo.tool("get_widget")
    assert get_widget is not None
    schema = output_schema(get_widget, demo) or {}
    assert schema["properties"]["parent"]["anyOf"][0] == {"$ref": "#/$defs/Widget"}
    assert schema["$defs"]["Widget"]["required"] == ["id"]


def test_component_refs_for_the_openapi_export(demo: Provider) -> None:
    builder = SchemaBuilder(demo, output=True, inline=False, ref_prefix="#/components/schemas/")
    widget_type = demo.tools[0].returns.type
    assert widget_type is not None
    assert builder.type_schema(widget_type) == {
        "type": "array",
        "items": {"$ref": "#/components/schemas/Widget"},
    }
    assert set(builder.defs) == {"Widget"}


def test_bounds_of_a_list_param_bound_its_items(demo: Provider) -> None:
    tool = demo.tools[0]
    limit = tool.param("limit")
    assert limit is not None
    listed = attrs.evolve(limit, type=TypeRef.parse("integer[]"), default=None)
    schema = SchemaBuilder(demo, output=False).param_schema(listed)
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid([1, 100]) and not validator.is_valid([1, 500])


def test_closed_inputs_reject_unknown_keys_at_every_level(demo: Provider) -> None:
    widget = TypeRef.parse("Widget")
    closed = SchemaBuilder(demo, output=False, closed=True)
    schema = closed.with_defs(closed.type_schema(widget))
    assert not jsonschema.Draft202012Validator(schema).is_valid({"id": "w", "new_field": 1})
    builder = SchemaBuilder(demo, output=False)
    open_schema = builder.with_defs(builder.type_schema(widget))
    assert jsonschema.Draft202012Validator(open_schema).is_valid({"id": "w", "new_field": 1})
