"""`regex.*` from Lua: each function, captures, named groups, errors and time bounds."""

from __future__ import annotations

import time

import pytest

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.lua.regex_api import DEFAULT_BOUND, RegexApi, _compiled
from generator.hosts.registry import Registry

from .conftest import FAST


def ok(host: LuaHost, code: str) -> object:
    result = host.run(code)
    assert result.error is None, result.error
    return result.result


def failure(host: LuaHost, code: str) -> str:
    result = host.run(code)
    assert not result.ok and result.error is not None
    return str(result.error["message"])


def test_match_returns_positions_groups_and_named_groups(host: LuaHost) -> None:
    found = ok(host, r'return regex.match("due 2024-01-15!", [[(?<year>\d{4})-(\d\d)-(\d\d)]])')
    assert found == {
        "match": "2024-01-15",
        "start": 5,
        "finish": 14,
        "groups": ["2024", "01", "15"],
        "named": {"year": "2024"},
    }
    assert ok(host, 'return regex.match("abc", "x")') is None


def test_positions_are_lua_byte_positions_in_utf8_text(host: LuaHost) -> None:
    script = r"""local s = "héllo wörld"
    local m = regex.match(s, [[w\w+]])
    return {m.match, s:sub(m.start, m.finish)}"""
    assert ok(host, script) == ["wörld", "wörld"]


def test_optional_groups_that_did_not_take_part_are_nil(host: LuaHost) -> None:
    script = r"""local m = regex.match("ac", "(a)(b)?(c)")
    return {m.groups[1], m.groups[2] == nil, m.groups[3]}"""
    assert ok(host, script) == ["a", True, "c"]


def test_test_and_flags(host: LuaHost) -> None:
    assert ok(
        host, 'return {regex.test("Hello", "^hello$", "i"), regex.test("Hello", "^hello$")}'
    ) == [
        True,
        False,
    ]
    assert ok(host, 'return regex.test("a\\nb", "^b$", "m")') is True
    assert "unknown flag 'q'" in failure(host, 'return regex.test("a", "a", "q")')


def test_find_all_returns_every_match_and_honours_a_limit(host: LuaHost) -> None:
    script = r"""local all = regex.find_all("k1=v1; k2=v2; k3=v3", [[(?<key>\w+)=(\w+)]])
    local keys = {}
    for _, m in ipairs(all) do keys[#keys + 1] = m.named.key .. ":" .. m.groups[2] end
    return {#all, table.concat(keys, ","), #regex.find_all("aaaa", "a", nil, 2)}"""
    assert ok(host, script) == [3, "k1:v1,k2:v2,k3:v3", 2]
    assert ok(host, 'return #regex.find_all("abc", "x")') == 0


def test_gsub_with_a_template_a_function_and_a_table(host: LuaHost) -> None:
    script = r"""local a, n = regex.gsub("2024-01-15", [[(\d+)-(\d+)-(\d+)]], [[\3/\2/\g<1>]])
    local b, m = regex.gsub("a1b22c333", [[\d+]], function(x) return "<" .. #x.match .. ">" end)
    local c = regex.gsub("cat dog cow", [[\w+]], { cat = "CAT", cow = false })
    local d = regex.gsub("aaa", "a", "b", 2)
    local e = regex.gsub("keep", "e", function() return nil end)
    return {a, n, b, m, c, d, e}"""
    assert ok(host, script) == ["15/01/2024", 1, "a<1>b<2>c<3>", 3, "CAT dog cow", "bba", "keep"]
    assert "bad replacement" in failure(host, r'return regex.gsub("a", "a", [[\9]])')
    assert "returned a table value" in failure(
        host, 'return regex.gsub("a", "a", function() return {} end)'
    )


def test_split_includes_captured_separators_like_python(host: LuaHost) -> None:
    assert ok(host, r'return regex.split("a, b,c", [[,\s*]])') == ["a", "b", "c"]
    assert ok(host, r'return regex.split("a1b2c", [[(\d)]])') == ["a", "1", "b", "2", "c"]
    assert ok(host, r'return regex.split("a,b,c", ",", 1)') == ["a", "b,c"]


def test_bad_patterns_and_arguments_are_located_lua_errors(host: LuaHost) -> None:
    message = failure(host, "local x = 1\nlocal m = regex.match('abc', '(unclosed')")
    assert message.startswith("script:2: regex.match: bad pattern:")
    tail_call = failure(host, "return regex.match('abc', '(unclosed')")
    assert tail_call.startswith("script: regex.match: bad pattern:")  # no caller line left
    assert "expects (subject string, pattern string)" in failure(host, "return regex.match(1, 'a')")
    caught = ok(host, "local ok, err = pcall(regex.test, 'a', '[') return {ok, tostring(err)}")
    assert caught[0] is False and "regex.test: bad pattern" in caught[1]  # type: ignore[index]


def test_pathological_pattern_fails_within_its_bound(fly_registry: Registry) -> None:
    host = LuaHost(fly_registry, limits=Limits(timeout=20.0))
    started = time.monotonic()
    result = host.run('return regex.test(string.rep("a", 5000) .. "!", "(a|aa)+$")')
    elapsed = time.monotonic() - started
    assert result.error is not None
    assert "regex.test: gave up after 0.5s" in result.error["message"]
    # The package checks its clock coarsely, and more so on a loaded machine.
    assert elapsed < 8 * DEFAULT_BOUND + 2, elapsed


def test_a_caught_regex_timeout_lets_the_script_go_on(host: LuaHost) -> None:
    script = """local ok, err = pcall(regex.match, string.rep("a", 5000) .. "!", "(a|aa)+$")
    return {ok, regex.test("still", "^st")}"""
    assert ok(host, script) == [False, True]


def test_compiled_patterns_are_cached_and_bounded() -> None:
    _compiled.cache_clear()
    api = RegexApi(lambda: 10.0, 100)
    for _ in range(3):
        api.test("abc", "b+")
    assert _compiled.cache_info().hits == 2
    for n in range(400):
        api.test("abc", f"a{{{n}}}")
    assert _compiled.cache_info().currsize <= _compiled.cache_info().maxsize == 256


@pytest.mark.parametrize("code", ["regex.match = nil", "regex.x = 1", 'rawset(regex, "x", 1)'])
def test_the_namespace_is_read_only(fly_registry: Registry, code: str) -> None:
    result = LuaHost(fly_registry, limits=FAST).run(code)
    assert result.error is not None
    assert "read-only" in result.error["message"] or "host table" in result.error["message"]


def test_escape_makes_text_match_literally(host: LuaHost) -> None:
    script = r"""local needle = "a.b*(c)?"
    return {regex.escape(needle), regex.test("xa.b*(c)?y", regex.escape(needle)),
      regex.test("xaXbbcy", regex.escape(needle))}"""
    assert ok(host, script) == [r"a\.b\*\(c\)\?", True, False]
