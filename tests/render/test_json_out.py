"""The fast indented JSON writer gives exactly what `json.dumps(indent=2)` gives."""

from __future__ import annotations

import json
from collections import OrderedDict
from pathlib import Path
from typing import Any

import pytest

from generator.render import json_out

ROOT = Path(__file__).resolve().parents[2]
DOCUMENTS = sorted((ROOT / "generated").glob("*/*.json"))


def reference(value: Any) -> str:
    return json.dumps(value, indent=2, ensure_ascii=False)


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_generated_documents_are_written_identically(path: Path) -> None:
    value = json.loads(path.read_text("utf-8"))
    assert json_out.dumps(value) == reference(value)


@pytest.mark.parametrize(
    "value",
    [
        {1: 2, 1.5: 3, False: 1, None: 2, "k": {}},
        [1.0, 1e16, -0.0, 2**70, 3.14159, float("inf"), (1, 2), [], [[]]],
        'é \u2028 \x00 \x7f " \\ \n \t',
        OrderedDict(a=[{"b": None}]),
        3,
        None,
        False,
    ],
)
def test_edge_values(value: Any) -> None:
    assert json_out.dumps(value) == reference(value)


def test_refuses_what_json_refuses() -> None:
    with pytest.raises(TypeError):
        json_out.dumps({"x": object()})
