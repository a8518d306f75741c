"""One fixture per diagnostic code: each reports exactly that problem at its line and column."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec import load_provider

BAD_SPECS = Path(__file__).parent.parent / "fixtures" / "bad_specs"

# code -> the exact diagnostic line, after "shop.yaml:" and before ": error[code]: "
EXPECTED = {
    "yaml-syntax": (
        "15:5",
        "expected ',' or '}', but got '<scalar>' (while parsing a flow mapping)",
    ),
    "duplicate-key": ("14:5", "duplicate key 'access' in the mapping that starts on line 11"),
    "unknown-key": ("12:5", "unknown key 'sumary' in tool 'get_item' (did you mean 'summary'?)"),
    "wrong-type": ("12:14", "'summary' of tool 'get_item': expected a string, got a list"),
    "missing-field": ("11:5", "tool 'get_item' is missing required key 'summary'"),
    "invalid-value": (
        "13:13",
        "invalid access 'reed' (expected one of: read, write, destructive) (did you mean 'read'?)",
    ),
    "duplicate-tool": ("17:5", "tool 'get_item' is already defined on line 11"),
    "duplicate-param": ("17:9", "param 'item_id' is already defined on line 16"),
    "duplicate-alias": ("18:5", "alias 'get_item' is already defined on line 11"),
    "invalid-name": ("11:11", "tool name 'getItem' is not snake_case"),
    "reserved-name": (
        "17:16",
        "param name 'end' is a reserved word in Python, Lua or the generated client",
    ),
    "path-placeholder": (
        "14:31",
        "placeholder '{variant}' in '/items/{item_id}/{variant}' has no 'in: path' param",
    ),
    "unused-path-param": ("17:9", "path param 'shelf' is not in '/items/{item_id}'"),
    "unknown-type": ("16:31", "unknown type 'strng' (did you mean 'string'?)"),
    "type-cycle": ("11:3", "type 'Item' always contains itself: Item.shelf -> Shelf.item -> Item"),
    "id-mismatch": ("2:7", "provider id 'shopp' does not match the file name 'shop.yaml'"),
    "unknown-credential": (
        "10:36",
        "api auth refers to unknown credential 'api_tokn' (did you mean 'api_token'?)",
    ),
    "mcp-name-too-long": (
        "11:5",
        (
            "MCP name 'shop__get_item_with_a_very_long_name_that_goes_on_and_on_and_on_and_on'"
            " is 70 characters (at most 64)"
        ),
    ),
    "example-unknown-function": (
        "18:42",
        "shop has no function 'get_itme' (did you mean 'get_item'?)",
    ),
    "example-unknown-param": ("19:44", "'get_item' has no param 'colour'"),
    "example-missing-param": ("19:56", "call of 'get_item' lacks required param(s): item_id"),
    "example-syntax": ("18:20", "Lua does not parse: unexpected symbol near '='"),
    "missing-implementation": (
        "11:5",
        "tool 'get_item' has neither http, implementation nor compose",
    ),
    "too-large": ("1:1", "the document expands to more than 2,000,000 values through aliases"),
    "unreadable": (
        "1:1",
        (
            "cannot read file: 'utf-8' codec can't decode byte 0xff in position 100: invalid start"
            " byte"
        ),
    ),
    "unknown-reference": (
        "18:5",
        "deviation names unknown tool 'get_itme' (did you mean 'get_item'?)",
    ),
}


def load(directory: Path) -> tuple[object, list[str]]:
    provider, diagnostics = load_provider(directory / "shop.yaml", directory)
    return provider, [str(d) for d in diagnostics]


def test_every_fixture_is_covered() -> None:
    assert {p.name for p in BAD_SPECS.iterdir()} == {*EXPECTED, "valid"}


def test_the_base_fixture_is_valid() -> None:
    provider, lines = load(BAD_SPECS / "valid")
    assert lines == []
    assert provider is not None


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_bad_spec_reports_its_code_at_its_location(code: str) -> None:
    provider, lines = load(BAD_SPECS / code)
    where, message = EXPECTED[code]
    assert f"shop.yaml:{where}: error[{code}]: {message}" in lines
    assert provider is None


@pytest.mark.parametrize("word", ["function", "class", "return", "nil", "lambda"])
def test_every_python_or_lua_keyword_is_a_reserved_name(word: str, tmp_path: Path) -> None:
    text = (BAD_SPECS / "reserved-name" / "shop.yaml").read_text(encoding="utf-8")
    (tmp_path / "shop.yaml").write_text(
        text.replace("{name: end,", f"{{name: {word},"), encoding="utf-8"
    )
    _, lines = load(tmp_path)
    message = f"param name '{word}' is a reserved word in Python, Lua or the generated client"
    assert lines == [f"shop.yaml:17:16: error[reserved-name]: {message}"]


@pytest.mark.parametrize(
    ("edit", "where", "message"),
    [
        (("name: get_item", "name: from_account"), "11:11", "tool name 'from_account'"),
        (("name: get_item", "name: close"), "11:11", "tool name 'close'"),
        (
            ("tools:", "types:\n  Item:\n    fields:\n      to_dict: {type: string}\ntools:"),
            "13:7",
            "type 'Item' field 'to_dict'",
        ),
    ],
)
def test_names_the_generated_client_uses_are_reserved(
    edit: tuple[str, str], where: str, message: str, tmp_path: Path
) -> None:
    text = (BAD_SPECS / "valid" / "shop.yaml").read_text(encoding="utf-8")
    (tmp_path / "shop.yaml").write_text(text.replace(*edit), encoding="utf-8")
    _, lines = load(tmp_path)
    [line] = lines
    assert line.startswith(f"shop.yaml:{where}: error[reserved-name]: {message} is a reserved word")
