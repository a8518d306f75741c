"""Hypothesis strategies: random provider specs, and random mutations of the bundled ones.

Specs are plain data written as JSON (which is YAML), so the generator controls
every value; YAML-only hazards (anchors, merge keys, deep nesting, huge files)
have their own tests in test_spec_hostile.py.
"""

from __future__ import annotations

import copy
import functools
import json
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from generator.spec.yaml_source import _parse, to_plain

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ("buildkite", "fly-io", "heroku", "render")

# Text a spec may hold, weighted towards what breaks sinks: Markdown and HTML syntax,
# fences, pipes, quotes, backslashes, non-ASCII; refused code points are rare.
TRICKY = [
    "```", "````", "~~~", "`", "|", "<script>", "&amp;", "\\", '"', "'", "\n", "\t", "#",
    "[x](javascript:alert(1))", "{{ x }}", "{% x %}", "]]", "--", "\u2028", "\x00", "\x7f",
    "é", "漢", "🙂", "\ufeff", "*", "_", "<!--", "\r\n", "- ", "1. ", "> ",
]  # fmt: skip
TEXT = st.lists(st.one_of(st.sampled_from(TRICKY), st.text(max_size=12)), max_size=6).map("".join)
SAFE_CHARS = st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))
SAFE_TEXT = st.lists(
    st.one_of(
        st.text(SAFE_CHARS, max_size=8),
        st.sampled_from(["\n", "\t", "```", "|", "`", "<b>", "\\", '"', "\n```\n", "#"]),
    ),
    max_size=5,
).map("".join)
# Name parts (from_regex draws are slow: thousands of cases must stay cheap). A few are
# a Python or Lua keyword or a name the generated client reserves, on purpose.
WORDS = ["app", "item", "list", "get", "id", "name", "page", "x", "v2", "org", "data", "a1"]
RESERVED = ["end", "type", "self", "class", "account", "iter", "dict", "str", "to", "close"]
WORD = st.sampled_from(WORDS * 40 + RESERVED)  # a reserved word about one time in fifty
SNAKE = st.builds("_".join, st.lists(WORD, min_size=1, max_size=3))
PASCAL = st.builds(
    lambda parts: "".join(p[:1].upper() + p[1:] for p in parts),
    st.lists(st.one_of(WORD, st.sampled_from(["Client", "Any", "Model"])), min_size=1, max_size=2),
)
PRIMITIVES = ["string", "integer", "number", "boolean", "object", "any"]
SCALARS = {
    "string": SAFE_TEXT,
    "integer": st.integers(-(10**12), 10**12),
    "number": st.floats(allow_nan=False, allow_infinity=False, width=32),
    "boolean": st.booleans(),
}


@st.composite
def type_expr(draw: st.DrawFn, named: list[str]) -> str:
    base = draw(st.sampled_from(PRIMITIVES + named))
    return base + "[]" * draw(st.integers(0, 2))


@st.composite
def types(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(PASCAL, max_size=3, unique=True))
    result: dict[str, Any] = {}
    for index, name in enumerate(names):
        fields = {}
        keys = st.lists(st.one_of(SNAKE, PASCAL), min_size=1, max_size=4, unique=True)
        for key in draw(keys):
            field: dict[str, Any] = {"type": draw(type_expr(names[:index]))}
            if not key.islower():
                field["name"] = draw(SNAKE)
            if draw(st.booleans()):
                field["description"] = draw(SAFE_TEXT)
            if draw(st.booleans()):
                field["required"] = True
            fields[key] = field
        result[name] = {"description": draw(SAFE_TEXT), "fields": fields}
    return result


@st.composite
def param(draw: st.DrawFn, name: str, named: list[str], location: str) -> dict[str, Any]:
    kind = draw(type_expr(named)) if location == "body" else draw(st.sampled_from(list(SCALARS)))
    result: dict[str, Any] = {"name": name, "type": kind, "in": location}
    if location != "path" and draw(st.booleans()):
        result["required"] = True
    if kind in SCALARS and draw(st.booleans()):
        result["default"] = draw(SCALARS[kind])
    if kind == "string" and draw(st.integers(0, 3)) == 0:
        result["enum"] = draw(st.lists(SAFE_TEXT, min_size=1, max_size=3, unique=True))
        result.pop("default", None)
    if draw(st.booleans()):
        result["description"] = draw(SAFE_TEXT)
    return result


@st.composite
def tool(draw: st.DrawFn, name: str, namespace: str, named: list[str]) -> dict[str, Any]:
    method = draw(st.sampled_from(["GET", "POST", "PUT", "DELETE"]))
    names = draw(st.lists(SNAKE, max_size=4, unique=True))
    placeholders = names[: draw(st.integers(0, min(2, len(names))))]
    path = "/" + "/".join(draw(SNAKE) + f"/{{{p}}}" for p in placeholders) if placeholders else "/x"
    others = "query" if method in ("GET", "DELETE") else "body"
    params = [draw(param(n, named, "path" if n in placeholders else others)) for n in names]
    result: dict[str, Any] = {
        "name": name,
        "summary": draw(SAFE_TEXT),
        "description": draw(SAFE_TEXT),
        "access": draw(st.sampled_from(["read", "write", "destructive"])),
        "http": {"method": method, "path": path},
        "params": params,
    }
    if draw(st.booleans()):
        result["returns"] = {"type": draw(type_expr(named)), "description": draw(SAFE_TEXT)}
        if result["returns"]["type"].endswith("[]") and draw(st.booleans()):
            result["pagination"] = {"style": draw(st.sampled_from(["cursor", "link"]))}
    if draw(st.booleans()):
        required = [p for p in params if p.get("required") or p["in"] == "path"]
        keys = ", ".join(f'{p["name"]} = "v"' for p in required)
        comment = draw(SAFE_TEXT).replace("\n", " ")
        result["example"] = (
            f"-- {comment}\nlocal s = [==[\n```\n]==]\n"
            f"local r = app.integrations.{namespace}.{name}({{ {keys} }})\nprint(r, s)\n"
        )
    return result


@st.composite
def valid_specs(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A random spec that aims to be valid (random names may still hit a reserved word)."""
    provider_id = "-".join(draw(st.lists(WORD, min_size=1, max_size=2)))
    namespace = provider_id.replace("-", "_")
    declared = draw(types())
    named = list(declared)
    tool_names = draw(st.lists(SNAKE, min_size=1, max_size=4, unique=True))
    spec: dict[str, Any] = {
        "provider": {
            "id": provider_id,
            "name": draw(SAFE_TEXT) or "P",
            "namespace": namespace,
            "category": draw(SAFE_TEXT) or "C",
            "description": draw(SAFE_TEXT),
            "docs_url": "https://example.com/" + draw(SNAKE),
        },
        "api": {"base_url": "https://api.example.com/" + draw(SNAKE)},
        "types": declared,
        "tools": [draw(tool(name, namespace, named)) for name in tool_names],
    }
    if draw(st.booleans()):
        spec["credentials"] = {"api_token": {"description": draw(SAFE_TEXT), "secret": True}}
        spec["api"]["auth"] = {"kind": "bearer", "credential": "api_token"}
    if draw(st.booleans()):
        spec["notes"] = [{"title": draw(SAFE_TEXT) or "T", "body": draw(SAFE_TEXT)}]
    return provider_id, spec


@functools.cache
def bundled(provider_id: str) -> dict[str, Any]:
    text = (ROOT / "specs" / f"{provider_id}.yaml").read_text(encoding="utf-8")
    return dict(to_plain(_parse(text)))


def _paths(value: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path to a value below `value` (keys and indexes)."""
    found = [at]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*at, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*at, index))
    return found


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for step in path[:-1]:
        data = data[step]
    return data


ANY_VALUE = st.one_of(
    TEXT, st.integers(), st.booleans(), st.none(), st.floats(), st.lists(TEXT, max_size=2),
    st.dictionaries(TEXT, TEXT, max_size=2),
)  # fmt: skip


@st.composite
def mutated_specs(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    """A bundled spec cut to a few tools, with one to three random edits."""
    provider_id = draw(st.sampled_from(BUNDLED))
    spec = copy.deepcopy(bundled(provider_id))
    tools = spec["tools"]
    start = draw(st.integers(0, len(tools) - 1))
    spec["tools"] = tools[start : start + draw(st.integers(1, 2))]
    spec.pop("notes", None)  # their Lua calls and the deviations name tools cut away
    spec.pop("deviations", None)
    spec["types"] = _reachable(spec.get("types") or {}, json_text(spec["tools"]))
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(spec) if p]
        path = draw(st.sampled_from(paths))
        parent, last = _parent(spec, path), path[-1]
        edit = draw(st.sampled_from(["text", "value", "delete", "rename", "duplicate"]))
        if edit == "text" or (edit == "value" and isinstance(parent[last], str)):
            parent[last] = draw(TEXT) if edit == "text" else draw(ANY_VALUE)
        elif edit == "value":
            parent[last] = draw(ANY_VALUE)
        elif edit == "delete":
            del parent[last]
        elif edit == "rename" and isinstance(parent, dict):
            parent[draw(TEXT)] = parent.pop(last)
        elif edit == "duplicate" and isinstance(parent, list):
            parent.insert(last, copy.deepcopy(parent[last]))
    return provider_id, spec


def json_text(value: Any) -> str:
    return json.dumps(value)


def _reachable(types: dict[str, Any], used: str) -> dict[str, Any]:
    """The types a text names, and the types those name, transitively (a cheaper spec)."""
    keep: dict[str, Any] = {}
    pending = [name for name in types if f'"{name}' in used]
    while pending:
        name = pending.pop()
        if name not in keep:
            keep[name] = types[name]
            text = json_text(types[name])
            pending += [other for other in types if f'"{other}' in text]
    return {name: types[name] for name in types if name in keep}
