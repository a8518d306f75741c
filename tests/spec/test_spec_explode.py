"""`explode: false` on list query params, and the located error anywhere else."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec import load_provider
from generator.spec.model import Provider

ACME = Path(__file__).parent / "specs" / "acme.yaml"
LIMIT = "      - name: limit\n        type: integer\n"
TAGS = "      - name: tags\n        type: string[]\n"


def load_with(tmp_path: Path, old: str, new: str) -> tuple[Provider | None, list[str]]:
    text = ACME.read_text()
    assert old in text
    (tmp_path / "specs").mkdir()
    path = tmp_path / "specs" / "acme.yaml"
    path.write_text(text.replace(old, new, 1))
    provider, diagnostics = load_provider(path, tmp_path)
    return provider, [str(d) for d in diagnostics]


def test_list_query_param_may_be_comma_joined(tmp_path: Path) -> None:
    provider, diagnostics = load_with(tmp_path, LIMIT, TAGS + "        explode: false\n" + LIMIT)
    assert diagnostics == [] and provider is not None
    tags, limit = provider.tools[0].params[1:]
    assert (tags.name, tags.explode) == ("tags", False)
    assert limit.explode is True  # the default


def test_explode_on_a_scalar_query_param_is_an_error(tmp_path: Path) -> None:
    provider, diagnostics = load_with(tmp_path, LIMIT, LIMIT + "        explode: false\n")
    assert provider is None
    assert diagnostics == [
        (
            "specs/acme.yaml:55:9: error[invalid-value]: explode applies to list-typed query params"
            " only, not to query param 'limit' of type integer"
        )
    ]


def test_explode_on_a_path_param_is_an_error(tmp_path: Path) -> None:
    old = "        credential: org_slug\n"
    provider, diagnostics = load_with(tmp_path, old, old + "        explode: true\n")
    assert provider is None
    assert diagnostics == [
        (
            "specs/acme.yaml:53:9: error[invalid-value]: explode applies to list-typed query params"
            " only, not to path param 'org_slug' of type string"
        )
    ]


@pytest.mark.parametrize("value", ['"no"', "0"])
def test_explode_must_be_a_boolean(tmp_path: Path, value: str) -> None:
    provider, diagnostics = load_with(tmp_path, LIMIT, TAGS + f"        explode: {value}\n" + LIMIT)
    assert provider is None
    assert len(diagnostics) == 1 and "error[wrong-type]" in diagnostics[0]
    assert "expected a boolean" in diagnostics[0]
