"""The OpenAPI 3.1 export: `generated/openapi/<id>.json`, one operation per HTTP tool.

Named types live under `components/schemas`; responses wrap them the way the
provider sends them (the `unwrap` envelope, cursor wrappers). Built as data and
serialised with `json.dumps`.
"""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.render import json_out
from generator.render.common import banner, spec_source
from generator.render.openapi_intents import intents
from generator.render.openapi_parts import pagination_extension, pagination_text, security_scheme
from generator.render.schema import Schema, SchemaBuilder
from generator.spec.model import Param, Provider, Tool, TypeRef

OPENAPI_VERSION = "3.1.0"
DOCUMENT_VERSION = "1.0.0"
REF_PREFIX = "#/components/schemas/"
FORM_MEDIA_TYPES = {"form": "application/x-www-form-urlencoded", "multipart": "multipart/form-data"}


def render_provider(provider: Provider) -> dict[str, str]:
    text = json_out.dumps(openapi_document(provider)) + "\n"
    return {naming.openapi_path(provider.id): text}


def openapi_document(provider: Provider) -> dict[str, Any]:
    builder = SchemaBuilder(
        provider, output=True, inline=False, ref_prefix=REF_PREFIX, binary_files=True
    )
    paths: dict[str, dict[str, Any]] = {}
    for tool in provider.tools:
        if tool.http is not None:
            operations = paths.setdefault(tool.http.path, {})
            method, op = tool.http.method.lower(), operation(tool, provider, builder)
            if method in operations:  # tools sharing an endpoint: one operation, either body
                _join(operations[method], op)
            else:
                operations[method] = op
    for typedef in provider.types:
        builder.type_schema(TypeRef(typedef.name))
    document: dict[str, Any] = {
        "openapi": OPENAPI_VERSION,
        "x-toolgen-generated": banner(spec_source(provider)),
        "info": {
            "title": f"{provider.name} API",
            "version": DOCUMENT_VERSION,
            "description": info_text(provider),
        },
        "externalDocs": {"url": provider.docs_url},
        "servers": [{"url": provider.api.base_url}],
        "tags": [{"name": provider.name, "description": provider.description}],
        "paths": dict(sorted(paths.items())),
        "components": {"schemas": dict(sorted(builder.defs.items()))},
    }
    scheme = security_scheme(provider)
    if scheme is not None:
        name, definition = scheme
        document["components"]["securitySchemes"] = {name: definition}
        document["security"] = [{name: []}]
    return document


def info_text(provider: Provider) -> str:
    """The provider description, plus the static headers every request must carry."""
    headers = ", ".join(f"`{name}: {value}`" for name, value in provider.api.headers)
    suffix = f"\n\nSend these headers with every request: {headers}." if headers else ""
    return provider.description.strip() + suffix


def operation(tool: Tool, provider: Provider, builder: SchemaBuilder) -> dict[str, Any]:
    description = "\n\n".join(
        part
        for part in ((tool.description or tool.summary).strip(), pagination_text(tool.pagination))
        if part
    )
    op: dict[str, Any] = {
        "operationId": tool.name,
        "summary": tool.summary,
        "description": description,
        "tags": [provider.name],
    }
    parameters = [parameter(p, tool, builder) for p in tool.params if p.location != "body"]
    if parameters:
        op["parameters"] = parameters
    body = request_body(tool, [p for p in tool.params if p.location == "body"], builder)
    if body is not None:
        op["requestBody"] = body
    op["responses"] = responses(tool, builder)
    if tool.is_paginated:
        op["x-pagination"] = pagination_extension(tool.pagination)
    composed = intents(tool, provider, builder)
    if composed:
        op["x-toolgen-intents"] = composed
    return op


def _join(first: dict[str, Any], other: dict[str, Any]) -> None:
    """One operation for two tools on one method and path (Render's `create_service` and
    `create_static_site`): the tools are listed, and the request body takes either's fields,
    requiring only what both require (as the provider's own description does)."""
    first.setdefault("x-toolgen-tools", [first["operationId"]]).append(other["operationId"])
    first["description"] += f"\n\nAlso the operation of `{other['operationId']}`."
    bodies = [op["requestBody"]["content"] for op in (first, other) if "requestBody" in op]
    if len(bodies) == 2 and bodies[0].keys() == bodies[1].keys():
        for media_type, content in bodies[0].items():
            content["schema"] = _either(content["schema"], bodies[1][media_type]["schema"])
        first["requestBody"]["required"] &= other["requestBody"]["required"]


def _either(one: dict[str, Any], two: dict[str, Any]) -> dict[str, Any]:
    """A schema both values pass: objects merged field by field, enums joined, else oneOf."""
    if one == two:
        return one
    if "enum" in one and "enum" in two and one.get("type") == two.get("type"):
        return {**one, "enum": [*one["enum"], *(v for v in two["enum"] if v not in one["enum"])]}
    if "properties" in one and "properties" in two:
        fields = {**two["properties"], **one["properties"]}
        for key in one["properties"].keys() & two["properties"].keys():
            fields[key] = _either(one["properties"][key], two["properties"][key])
        merged = {**one, "properties": fields}
        required = [key for key in one.get("required", []) if key in two.get("required", [])]
        merged.pop("required", None)
        return merged | ({"required": required} if required else {})
    return {"oneOf": [one, two]}


def parameter(param: Param, tool: Tool, builder: SchemaBuilder) -> dict[str, Any]:
    schema = builder.param_schema(param)
    description = schema.pop("description", "")
    name = param.wire_name
    if param.location == "path" and tool.http and f"{{{name}}}" not in tool.http.path:
        name = param.name  # the template names the placeholder after the param
    entry: dict[str, Any] = {
        "name": name,
        "in": param.location,
        "required": param.required or param.location == "path",
    }
    if not param.explode:
        entry.update(style="form", explode=False)
    if description:
        entry["description"] = description
    entry["schema"] = schema
    return entry


def request_body(tool: Tool, params: list[Param], builder: SchemaBuilder) -> dict[str, Any] | None:
    """A JSON body (the `$` param's schema, or an object built from the params' dotted wire
    paths), form fields, multipart fields and files, or one binary file."""
    if not params:
        return None
    kind = tool.http.body if tool.http is not None else "json"
    required = any(p.required for p in params)
    if kind == "binary":
        media_type = tool.http.binary_type if tool.http is not None else ""
        schema = builder.param_schema(params[0])
    elif kind in ("form", "multipart"):
        media_type = FORM_MEDIA_TYPES[kind]
        schema = _nested_object(params, builder)
    else:
        whole = next((p for p in params if p.wire == "$"), None)
        media_type = "application/json"
        schema = builder.param_schema(whole) if whole else _nested_object(params, builder)
    return {"required": required, "content": {media_type: {"schema": schema}}}


def _nested_object(params: list[Param], builder: SchemaBuilder) -> Schema:
    root: Schema = {"type": "object", "properties": {}}
    for param in params:
        *parents, leaf = param.wire_name.split(".")
        node = root
        for key in parents:
            if param.required:
                _require(node, key)
            node = node["properties"].setdefault(key, {"type": "object", "properties": {}})
        node["properties"][leaf] = builder.param_schema(param)
        if param.required:
            _require(node, leaf)
    return root


def _require(node: Schema, key: str) -> None:
    required = node.setdefault("required", [])
    if key not in required:
        required.append(key)


def responses(tool: Tool, builder: SchemaBuilder) -> dict[str, Any]:
    assert tool.http is not None
    statuses = tool.http.success or (200,)
    response: dict[str, Any] = {"description": tool.returns.description.strip() or tool.summary}
    ref = tool.returns.type
    if ref is not None:
        response["content"] = {"application/json": {"schema": response_schema(tool, ref, builder)}}
    answers = {str(status): response for status in statuses}
    if tool.pagination.style == "range":  # more pages remain: same body, plus the next Range
        next_range = {
            "description": "The `Range` value of the next page.",
            "schema": {"type": "string"},
        }
        answers["206"] = dict(response, headers={"Next-Range": next_range})
    return answers


def response_schema(tool: Tool, ref: TypeRef, builder: SchemaBuilder) -> Schema:
    """The body as sent: cursor wrappers around list items, then the `unwrap` envelope."""
    item_key = tool.pagination.item_key if tool.pagination.style == "cursor" else ""
    if item_key and ref.item is not None:
        wrapper = _object({"cursor": {"type": "string"}, item_key: builder.type_schema(ref.item)})
        schema: Schema = {"type": "array", "items": wrapper}
    else:
        schema = builder.type_schema(ref)
    if tool.returns.unwrap:
        schema = _object({tool.returns.unwrap: schema})
    return schema


def _object(properties: dict[str, Schema]) -> Schema:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": True,
    }
