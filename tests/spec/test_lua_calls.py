"""The Lua example checks: compile errors located by the real Lua compiler, calls found by tokens."""

from __future__ import annotations

import pytest

from generator.spec.examples import compile_error
from generator.spec.lua_calls import Call, Key, integration_calls
from generator.spec.lua_tokens import tokenize


def test_tokens_skip_comments_and_decode_strings() -> None:
    code = '--[==[ app.x() ]==] a = "\\x61\\z\n  b" -- c\nb = [[\nlong]] .. 0x1p4'
    tokens = [(t.kind, t.value, t.line, t.col) for t in tokenize(code)]
    assert tokens == [
        ("name", "a", 1, 20),
        ("symbol", "=", 1, 22),
        ("string", "ab", 1, 24),
        ("name", "b", 3, 0),
        ("symbol", "=", 3, 2),
        ("string", "long", 3, 4),
        ("symbol", "..", 4, 7),
        ("number", "0x1p4", 4, 10),
    ]


def test_a_direct_call_with_its_table_keys() -> None:
    code = 'local r = app.integrations.shop.get_item({ item_id = "1", ["colour"] = 2, [k] = 3, 4 })'
    assert integration_calls(code) == [
        Call(
            ("app", "integrations", "shop", "get_item"),
            1,
            32,
            (Key("item_id", 1, 43), Key("colour", 1, 58)),
        )
    ]


def test_aliases_accounts_and_bracket_segments() -> None:
    code = (
        "local shop, other = app.integrations.shop, app.integrations['other']\n"
        'local prod = shop["production"]\n'
        "print(prod.get_item{ id = 1 })\n"
        'other.list_items "x"\n'
        "shop.list_items()\n"
    )
    calls = integration_calls(code)
    assert [(call.path, call.line, call.col, call.keys) for call in calls] == [
        (("app", "integrations", "shop", "production", "get_item"), 3, 11, (Key("id", 3, 21),)),
        (("app", "integrations", "other", "list_items"), 4, 6, None),
        (("app", "integrations", "shop", "list_items"), 5, 5, ()),
    ]


@pytest.mark.parametrize(
    "code",
    [
        'local s = "app.integrations.shop.get_item({})"',  # in a string
        "-- app.integrations.shop.get_item({})",  # in a comment
        "local x = app.integrations.shop .. 'y'\nx.get_item({})",  # not an alias
        "local t = { x = app.integrations.shop }\nx.get_item({})",  # a table field
        "function app.integrations.shop.get_item(args) end",  # a definition
        "app.integrations.shop:get_item({})",  # a method call
    ],
)
def test_what_is_not_a_call_of_an_integration(code: str) -> None:
    assert integration_calls(code) == []


def test_only_the_first_argument_tables_own_keys_count() -> None:
    code = (
        "app.integrations.shop.create({\n"
        "  nested = { inner = 1 },\n"
        "  cb = function(a, b) local c, d = 1, 2; return c end,\n"
        "  last = 1;\n"
        "}, { second = 1 })\n"
    )
    [call] = integration_calls(code)
    assert [key.name for key in call.keys or ()] == ["nested", "cb", "last"]


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("local x = 1", None),
        ("local item = = app.f()", (1, 13, "unexpected symbol near '='")),
        ("local x = 1\nfor i = 1 do end", (2, 10, "',' expected near 'do'")),
        ('x = "abc\ny = 1', (1, 4, "unfinished string near '\"abc'")),
        ("local t = {", (1, 11, "unexpected symbol near <eof>")),
        ("os.exit(3)", None),  # compiled, never run: running it would end pytest
    ],
)
def test_compile_errors_are_located_without_running_the_code(
    code: str, expected: tuple[int, int, str] | None
) -> None:
    assert compile_error(code) == expected
