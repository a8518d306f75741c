"""Return types are true to what the providers publish (../shared/upstream)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest

from generator.spec.model import Catalog, Field, Provider, TypeRef
from generator.upstream import Upstream, load_upstream
from tests.needs import require_files

from .response_audit import response_problems

UPSTREAM = Path(__file__).resolve().parents[2].parent / "shared" / "upstream"
DOCUMENTS = {
    "fly-io": UPSTREAM / "fly" / "machines-openapi3.json",
    "heroku": UPSTREAM / "heroku" / "platform-api-schema.json",
    "render": UPSTREAM / "render" / "render-public-api-1.json",
}
BUILDKITE_DOCS = UPSTREAM / "buildkite-docs"


@pytest.fixture(scope="module")
def upstreams() -> dict[str, Upstream]:
    require_files(*DOCUMENTS.values())
    return {provider: load_upstream(path) for provider, path in DOCUMENTS.items()}


def provider(catalog: Catalog, provider_id: str) -> Provider:
    found = catalog.provider(provider_id)
    assert found is not None
    return found


@pytest.mark.parametrize("provider_id", sorted(DOCUMENTS))
def test_return_types_match_the_published_responses(
    catalog: Catalog, upstreams: dict[str, Upstream], provider_id: str
) -> None:
    assert list(response_problems(provider(catalog, provider_id), upstreams[provider_id])) == []


def with_field(spec: Provider, type_name: str, change: dict[str, Any]) -> Provider:
    """The spec with one field of one type changed (or a new field when `name` is new)."""
    typedef = spec.type(type_name)
    assert typedef is not None
    if isinstance(change.get("type"), str):
        change = {**change, "type": TypeRef.parse(change["type"])}
    name = change["name"]
    fields = [attrs.evolve(f, **change) if f.name == name else f for f in typedef.fields]
    if not any(f.name == name for f in typedef.fields):
        fields.append(Field(**change))
    types = [attrs.evolve(t, fields=tuple(fields)) if t is typedef else t for t in spec.types]
    return attrs.evolve(spec, types=tuple(types))


@pytest.mark.parametrize(
    ("provider_id", "type_name", "change", "problem"),
    [
        ("heroku", "Dyno", {"name": "colour", "type": "string"}, ".colour: not in upstream's Dyno"),
        ("heroku", "App", {"name": "web_url", "nullable": False}, ".web_url: nullable upstream"),
        ("heroku", "Collaborator", {"name": "role", "enum": ("root",)}, "['root'] are not"),
        ("heroku", "AddOn", {"name": "state", "required": False}, "required False here, True"),
        ("render", "Deploy", {"name": "status", "required": True}, "required True here, False"),
        ("render", "Job", {"name": "id", "type": "integer"}, "[].id: integer here, string"),
    ],
)
def test_a_doctored_return_type_is_caught(
    catalog: Catalog,
    upstreams: dict[str, Upstream],
    provider_id: str,
    type_name: str,
    change: dict[str, Any],
    problem: str,
) -> None:
    doctored = with_field(provider(catalog, provider_id), type_name, change)
    problems = list(response_problems(doctored, upstreams[provider_id]))
    assert problems and all(problem in p for p in problems), problems


def test_buildkite_fields_are_documented(catalog: Catalog) -> None:
    """Buildkite publishes no schema: every field a tool returns appears in its REST docs."""
    require_files(BUILDKITE_DOCS)
    docs = "\n".join(path.read_text() for path in sorted(BUILDKITE_DOCS.glob("*.md")))
    documented = set(re.findall(r'"(\w+)":', docs)) | set(re.findall(r"<code>(\w+)</code>", docs))
    spec = provider(catalog, "buildkite")
    returned = {t.returns.type.base.name for t in spec.tools if t.returns.type is not None}
    undocumented = [
        f"{typedef.name}.{f.key}"
        for typedef in spec.types
        if typedef.name in reachable(spec, returned)
        for f in typedef.fields
        if f.key not in documented
    ]
    assert undocumented == []


def reachable(spec: Provider, roots: set[str]) -> set[str]:
    seen: set[str] = set()
    todo = [name for name in roots if spec.type(name) is not None]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        typedef = spec.type(name)
        assert typedef is not None
        todo += [f.type.base.name for f in typedef.fields if spec.type(f.type.base.name)]
    return seen
