"""One function (tool) as the site shows it: names, schemas and the two examples."""

from __future__ import annotations

import json
from typing import Any

from attrs import frozen

from generator import naming
from generator.render import json_out
from generator.render.common import ToolDoc, tool_doc
from generator.render.escape import py_str
from generator.render.lua_example import param_sample
from generator.render.schema import input_schema, is_required, output_schema
from generator.spec.model import Provider, Tool

ACCOUNT = "default"


def function_page(provider_id: str, tool: str) -> str:
    """Path of a function's page inside the site."""
    return f"providers/{provider_id}/{tool}.html"


@frozen
class Function:
    """One tool as the site shows it: the reference's `ToolDoc` plus pages, schemas, examples."""

    doc: ToolDoc
    anchor: str
    page: str  # its own page, relative to the site root
    summary: str  # one line, for the provider page's list
    http: str  # `GET /apps/{app_name}`; "" for composite tools
    input_schema: str
    output_schema: str  # "" for tools that return nothing
    python_example: str


def site_function(tool: Tool, provider: Provider) -> Function:
    output = output_schema(tool, provider)
    return Function(
        doc=tool_doc(tool, provider),
        anchor=naming.anchor(tool.name),
        page=function_page(provider.id, tool.name),
        summary=" ".join(tool.summary.split()),
        http=f"{tool.http.method} {tool.http.path}" if tool.http else "",
        input_schema=json_out.dumps(input_schema(tool, provider)),
        output_schema="" if output is None else json_out.dumps(output),
        python_example=python_example(tool, provider),
    )


def python_example(tool: Tool, provider: Provider) -> str:
    """A call through the generated sync client with the required arguments filled in."""
    client = naming.class_name(provider.namespace)
    package = naming.client_package(provider.namespace)
    args = [
        f"{param.name}={python_literal(param_sample(param, provider))}"
        for param in tool.params
        if is_required(param)
    ]
    call = f"client.{tool.name}({', '.join(args)})"
    if len(call) > 88:
        call = f"client.{tool.name}(\n" + "".join(f"    {arg},\n" for arg in args) + ")"
    result = "result = " if tool.returns.type is not None else ""
    shown = "print(result)\n" if result else ""
    return (
        f"from {package} import {client}\n\n"
        f"client = {client}.from_account({py_str(ACCOUNT)})\n"
        f"{result}{call}\n{shown}"
    )


def python_literal(value: Any) -> str:
    """A Python literal for sample data (JSON values: strings through the Python escaper)."""
    if isinstance(value, str):
        return str(py_str(value))
    if value is None or isinstance(value, bool):
        return repr(value)
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, dict):
        items = ", ".join(
            f"{python_literal(str(k))}: {python_literal(v)}" for k, v in value.items()
        )
        return "{" + items + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(python_literal(item) for item in value) + "]"
    return str(py_str(str(value)))
