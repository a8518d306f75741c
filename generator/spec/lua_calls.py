"""Find `app.integrations…(…)` calls in Lua that compiles, from its tokens.

A call's function is a chain of names, `.name` and `["string"]` segments; a
name at its root that a simple assignment (`local shop = app.integrations.shop`)
made an alias of such a chain stands for that chain. For a call whose first
argument is a table constructor, the keys of that table's own fields are listed.
"""

from __future__ import annotations

from attrs import frozen

from generator.spec.lua_tokens import Token, tokenize

ROOT = ("app", "integrations")
_OPENERS = {"(": ")", "[": "]", "{": "}"}
_BLOCK_OPENERS = frozenset({"function", "if", "do", "repeat"})  # closed by `end` / `until`
_CLOSERS = frozenset({")", "]", "}", "end", "until"})
# After a chain, these make it part of a larger expression.
_BINARY = frozenset(
    {"+", "-", "*", "/", "//", "%", "^", "..", "==", "~=", "<", "<=", ">", ">=", "&", "|", "~"}
    | {"<<", ">>", "and", "or"}
)


@frozen
class Key:
    name: str
    line: int
    col: int


@frozen
class Call:
    """`path`: the function's segments, aliases expanded; `keys`: None unless a table is passed."""

    path: tuple[str, ...]
    line: int  # of the function's last segment
    col: int
    keys: tuple[Key, ...] | None


def integration_calls(code: str) -> list[Call]:
    """Calls whose function path starts with `app.integrations`, in source order."""
    return _Scan(tokenize(code)).calls()


class _Scan:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.closer: dict[int, int] = {}  # opener index -> closer index
        self.inside: list[str] = []  # per token: the innermost open bracket ("" at block level)
        self._match_brackets()
        self.aliases: dict[str, tuple[str, ...]] = {}

    def _match_brackets(self) -> None:
        stack: list[tuple[int, str]] = []
        for index, token in enumerate(self.tokens):
            self.inside.append(stack[-1][1] if stack else "")
            if token.kind in ("symbol", "keyword") and token.text in _CLOSERS and stack:
                self.closer[stack.pop()[0]] = index
            if token.is_symbol(*_OPENERS):
                stack.append((index, token.text))
            elif token.kind == "keyword" and token.text in _BLOCK_OPENERS:
                stack.append((index, ""))

    def _token(self, index: int) -> Token | None:
        return self.tokens[index] if 0 <= index < len(self.tokens) else None

    def _is(self, index: int, *texts: str) -> bool:
        token = self._token(index)
        return token is not None and token.kind in ("symbol", "keyword") and token.text in texts

    def calls(self) -> list[Call]:
        found = []
        for index, token in enumerate(self.tokens):
            if token.kind == "keyword" and token.text == "local":
                self._assignment(index + 1)
            elif token.kind == "name" and not self._is(index - 1, ".", ":", "::", "function"):
                if self.inside[index] not in ("{", "(", "[") and not self._is(index - 1, ","):
                    self._assignment(index)
                call = self._call(index)
                if call is not None and call.path[:2] == ROOT:
                    found.append(call)
        return found

    def _chain(self, index: int) -> tuple[tuple[str, ...], int, int] | None:
        """Segments of the chain starting at a name (alias expanded), its last token, the next index."""
        token = self._token(index)
        if token is None or token.kind != "name" or self._is(index - 1, ".", ":"):
            return None
        segments, last = [*self.aliases.get(token.text, (token.text,))], index
        while True:
            after = self._token(last + 1)
            if self._is(last + 1, ".") and (name := self._token(last + 2)) and name.kind == "name":
                segments.append(name.text)
                last += 2
            elif (
                after is not None
                and after.is_symbol("[")
                and (key := self._token(last + 2)) is not None
                and key.kind == "string"
                and self._is(last + 3, "]")
            ):
                segments.append(key.value)
                last += 3
            else:
                return tuple(segments), last, last + 1

    def _assignment(self, index: int) -> None:
        """`[local] a, b <const> = value, value`: record the values that are integration chains."""
        targets = []
        while (token := self._token(index)) is not None and token.kind == "name":
            targets.append(token.text)
            index += 1
            if self._is(index, "<") and self._is(index + 2, ">"):
                index += 3  # an attribute: <const>, <close>
            if not self._is(index, ","):
                break
            index += 1
        if not targets or not self._is(index, "="):
            return
        index += 1
        for target in targets:
            chain = self._chain(index)
            if chain is None or not self._ends_expression(chain[2]):
                return
            path, _last, index = chain
            if path[:2] == ROOT:
                self.aliases[target] = path
            if not self._is(index, ","):
                return
            index += 1

    def _ends_expression(self, index: int) -> bool:
        token = self._token(index)
        if token is None:
            return True
        if token.kind == "string" or token.is_symbol("(", "{", "[", ".", ":"):
            return False
        return token.kind not in ("symbol", "keyword") or token.text not in _BINARY

    def _call(self, index: int) -> Call | None:
        chain = self._chain(index)
        if chain is None:
            return None
        path, last, after = chain
        token = self._token(after)
        if token is None:
            return None
        keys: tuple[Key, ...] | None
        if token.is_symbol("{"):
            keys = self._table_keys(after)
        elif token.is_symbol("("):
            keys = self._argument_keys(after)
        elif token.kind == "string":
            keys = None
        else:
            return None
        where = self.tokens[last]
        return Call(path, where.line, where.col, keys)

    def _argument_keys(self, paren: int) -> tuple[Key, ...] | None:
        """Keys of `(`'s first argument when it is a table constructor; () without arguments."""
        if self._is(paren + 1, ")"):
            return ()
        if not self._is(paren + 1, "{"):
            return None
        table_end = self.closer.get(paren + 1)
        if table_end is None or not self._is(table_end + 1, ",", ")"):
            return None  # `{…}.field` or `{…} .. x`: not the table itself
        return self._table_keys(paren + 1)

    def _table_keys(self, brace: int) -> tuple[Key, ...]:
        keys = []
        end = self.closer.get(brace, len(self.tokens))
        index = brace + 1
        while index < end:
            key = self._field_key(index)
            if key is not None:
                keys.append(key)
            while index < end and not self._is(index, ",", ";"):
                index = self.closer.get(index, index) + 1
            index += 1
        return tuple(keys)

    def _field_key(self, index: int) -> Key | None:
        """`name = …` and `["name"] = …` have a key; `[expr] = …` and `value` have none."""
        token = self.tokens[index]
        if token.kind == "name" and self._is(index + 1, "="):
            return Key(token.text, token.line, token.col)
        key = self._token(index + 1)
        if (
            token.is_symbol("[")
            and key is not None
            and key.kind == "string"
            and self._is(index + 2, "]")
            and self._is(index + 3, "=")
        ):
            return Key(key.value, token.line, token.col)
        return None
