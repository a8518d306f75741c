"""What every accepted spec's output must be: Python that compiles, JSON that parses and
whose schemas are valid JSON Schema, Lua examples that compile, Markdown that keeps its
fences and tables."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
from markdown_it import MarkdownIt

from generator import naming
from generator.render import py_check
from generator.spec.examples import compile_error
from generator.spec.model import Provider

MARKDOWN = MarkdownIt("commonmark").enable("table")
METASCHEMA = jsonschema.Draft202012Validator(jsonschema.Draft202012Validator.META_SCHEMA)


def check_files(provider: Provider, files: dict[str, str], *, deep: bool = False) -> None:
    """Raise AssertionError naming the file and the problem; `deep` adds OpenAPI validation."""
    for path, text in files.items():
        text.encode("utf-8")  # no lone surrogate reached a file
        if path.endswith(".py"):
            compile(text, path, "exec")
            assert py_check.problems(text) == [], path
        elif path.endswith(".json"):
            _check_json(path, json.loads(text), deep=deep)
        elif path.endswith(".md"):
            _check_markdown(path, text)
    for tool in provider.tools:
        page = files[naming.lua_doc_path(provider.id, tool.name)]
        tokens = MARKDOWN.parse(page)
        if tool.example is not None:
            fences = [t.content for t in tokens if t.type == "fence"]
            assert tool.example.code.rstrip() + "\n" in fences, f"{tool.name}: example fence"
        if tool.params:
            rows = sum(t.type == "tr_open" for t in tokens)
            assert rows >= len(tool.params) + 1, f"{tool.name}: params table has {rows} rows"


def _check_json(path: str, data: Any, *, deep: bool) -> None:
    if path.startswith("generated/mcp/"):
        for tool in data["tools"]:
            assert naming.MCP_NAME_RE.match(tool["name"]), tool["name"]
            METASCHEMA.validate(tool["inputSchema"])
            if "outputSchema" in tool:
                METASCHEMA.validate(tool["outputSchema"])
    elif path.startswith("generated/openapi/") and deep:
        from openapi_spec_validator import validate

        validate(data)


def _check_markdown(path: str, text: str) -> None:
    tokens = MARKDOWN.parse(text)
    for token in tokens:
        if token.type == "fence" and token.info.strip() == "lua":
            problem = compile_error(token.content)
            assert problem is None, f"{path}: Lua block does not compile: {problem}"
