"""One fixture per diagnostic code: each reports exactly that problem at its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec import load_provider

BAD_SPECS = Path(__file__).parent.parent / "fixtures" / "bad_specs"

# code -> (expected prefix "file:line:col: error[code]: ", key phrase of the message)
EXPECTED = {
    "yaml-syntax": ("shop.yaml:15:5", "expected ',' or '}'"),
    "duplicate-key": (
        "shop.yaml:14:5",
        "duplicate key 'access' in the mapping that starts on line 11",
    ),
    "unknown-key": (
        "shop.yaml:12:5",
        "unknown key 'sumary' in tool 'get_item' (did you mean 'summary'?)",
    ),
    "wrong-type": (
        "shop.yaml:12:14",
        "'summary' of tool 'get_item': expected a string, got a list",
    ),
    "missing-field": ("shop.yaml:11:5", "tool 'get_item' is missing required key 'summary'"),
    "invalid-value": ("shop.yaml:13:13", "invalid access 'reed'"),
    "duplicate-tool": ("shop.yaml:17:5", "tool 'get_item' is already defined on line 11"),
    "duplicate-param": ("shop.yaml:17:9", "param 'item_id' is already defined on line 16"),
    "duplicate-alias": ("shop.yaml:18:5", "alias 'get_item' is already defined on line 11"),
    "invalid-name": ("shop.yaml:11:11", "tool name 'getItem' is not snake_case"),
    "reserved-name": ("shop.yaml:17:16", "param name 'end' is a reserved word"),
    "path-placeholder": ("shop.yaml:14:31", "placeholder '{variant}'"),
    "unused-path-param": ("shop.yaml:17:9", "path param 'shelf' is not in '/items/{item_id}'"),
    "unknown-type": ("shop.yaml:16:31", "unknown type 'strng' (did you mean 'string'?)"),
    "type-cycle": ("shop.yaml:11:3", "Item.shelf -> Shelf.item -> Item"),
    "id-mismatch": (
        "shop.yaml:2:7",
        "provider id 'shopp' does not match the file name 'shop.yaml'",
    ),
    "unknown-credential": (
        "shop.yaml:10:36",
        "unknown credential 'api_tokn' (did you mean 'api_token'?)",
    ),
    "mcp-name-too-long": ("shop.yaml:11:5", "is 70 characters (at most 64)"),
    "example-unknown-function": (
        "shop.yaml:18:42",
        "no function 'get_itme' (did you mean 'get_item'?)",
    ),
    "example-unknown-param": ("shop.yaml:19:44", "'get_item' has no param 'colour'"),
    "example-missing-param": ("shop.yaml:19:56", "lacks required param(s): item_id"),
    "example-syntax": ("shop.yaml:18:20", "Lua does not parse"),
    "missing-implementation": ("shop.yaml:11:5", "has neither http nor implementation"),
    "too-large": ("shop.yaml:1:1", "expands to more than 1,000,000 values through aliases"),
    "unreadable": ("shop.yaml:1:1", "cannot read file"),
    "unknown-reference": ("shop.yaml:18:5", "unknown tool 'get_itme' (did you mean 'get_item'?)"),
}


def load(name: str) -> tuple[object, list[str]]:
    directory = BAD_SPECS / name
    provider, diagnostics = load_provider(directory / "shop.yaml", directory)
    return provider, [str(d) for d in diagnostics]


def test_every_fixture_is_covered() -> None:
    assert {p.name for p in BAD_SPECS.iterdir()} == {*EXPECTED, "valid"}


def test_the_base_fixture_is_valid() -> None:
    provider, lines = load("valid")
    assert lines == []
    assert provider is not None


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_bad_spec_reports_its_code_at_its_location(code: str) -> None:
    provider, lines = load(code)
    where, phrase = EXPECTED[code]
    prefix = f"{where}: error[{code}]: "
    matching = [line for line in lines if line.startswith(prefix)]
    assert matching, f"no '{prefix}' in {lines}"
    assert phrase in matching[0]
    assert provider is None
