"""The fast writer of fresh imports reads back as the data it was given, with every parser."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from generator.importer.document import spec_data
from generator.importer.emit import dump
from generator.importer.merge import plain
from generator.importer.report import ImportReport
from generator.importer.roundtrip import literal_blocks
from generator.upstream import load_upstream

UPSTREAM = Path(__file__).resolve().parents[2].parent / "shared" / "upstream"
TRICKY: dict[str, Any] = {
    "strings": [
        "yes",
        "No",
        "null",
        "~",
        "1.0",
        "0x1F",
        "2021-01-01",
        "-dash",
        "? q",
        "a: b",
        "a #b",
        "trailing ",
        " leading",
        "tab\there",
        "colon:",
        "quote'd",
        '"dq"',
        "[x]",
        "{y}",
        "&a",
        "*b",
        "!tag",
        "%p",
        "@at",
        "`bt",
        "|pipe",
        ">gt",
        "uni\u2028line",
        "ctl\x07",
        "",
        "multi\nline\n",
        "multi\n  indented\n\nblank\n",
        "  lead\nblock",
        "cr\r\nlf",
        "ok text, fine?",
    ],
    "fields": {"id": {"type": "string[]", "required": True}, "x": {"type": "a: b"}},
    "numbers": [0, -1, 2.5, True, False, None],
    "empty": {"m": {}, "l": []},
}


def _load(text: str, pure: bool) -> Any:
    return YAML(typ="safe", pure=pure).load(text)


@pytest.mark.parametrize("pure", [True, False], ids=["ruamel", "libyaml"])
def test_tricky_values_round_trip(pure: bool) -> None:
    assert _load(dump(TRICKY), pure) == plain(literal_blocks(TRICKY))


@pytest.mark.parametrize(
    "document",
    ["fly/machines-openapi3.json", "netlify/swagger.yml", "pagerduty/openapiv3.json.gz"],
)
def test_real_imports_round_trip(document: str) -> None:
    upstream = load_upstream(UPSTREAM / document)
    data = spec_data(upstream, "x", list(upstream.operations), ImportReport())
    assert _load(dump(data), pure=False) == plain(literal_blocks(data))
