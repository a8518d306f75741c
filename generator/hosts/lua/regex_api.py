"""`regex.*`: PCRE-like regular expressions for scripts (the `regex` package).

Every call is bounded in time (the package's own `timeout`), compiled patterns
are kept in a bounded LRU cache, and matches come back as plain values:
`{match=, start=, finish=, groups={...}, named={...}}` with 1-based byte
positions, so `string.sub(s, m.start, m.finish)` is the match.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import regex

MAX_PATTERN = 10_000  # characters of one pattern
CACHE_SIZE = 256  # compiled patterns kept
DEFAULT_BOUND = 0.5  # seconds one call may take (less when the script has less time left)
FLAGS = {"i": regex.IGNORECASE, "m": regex.MULTILINE, "s": regex.DOTALL, "x": regex.VERBOSE}


class RegexError(ValueError):
    """A bad pattern, a bad argument or a call over its time bound; names the function."""


@functools.lru_cache(maxsize=CACHE_SIZE)
def _compiled(pattern: str, flags: str) -> Any:
    bits = 0
    for letter in flags:
        if letter not in FLAGS:
            raise ValueError(f"unknown flag {letter!r} (use any of {''.join(FLAGS)})")
        bits |= FLAGS[letter]
    return regex.compile(pattern, bits | regex.VERSION1)


class ByteOffsets:
    """Character offsets of `text` as 1-based Lua byte positions."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.ascii = text.isascii()
        self._char, self._byte = 0, 0  # last conversion, reused when offsets grow

    def at(self, index: int) -> int:
        if self.ascii:
            return index + 1
        if index < self._char:
            self._char, self._byte = 0, 0
        self._byte += len(self.text[self._char : index].encode("utf-8"))
        self._char = index
        return self._byte + 1


class RegexApi:
    """The work behind each `regex.*` function; `time_left` is the script's remaining time."""

    def __init__(
        self, time_left: Callable[[], float], max_items: int, bound: float = DEFAULT_BOUND
    ):
        self.time_left = time_left
        self.max_items = max_items
        self.bound = bound

    def _pattern(self, name: str, subject: Any, pattern: Any, flags: Any) -> Any:
        if not isinstance(subject, str) or not isinstance(pattern, str):
            raise RegexError(f"regex.{name}: expects (subject string, pattern string)")
        if len(pattern) > MAX_PATTERN:
            raise RegexError(f"regex.{name}: pattern longer than {MAX_PATTERN} characters")
        if flags is not None and not isinstance(flags, str):
            raise RegexError(f'regex.{name}: flags are a string such as "im"')
        try:
            return _compiled(pattern, flags or "")
        except (regex.error, ValueError) as exc:
            raise RegexError(f"regex.{name}: bad pattern: {exc}") from None

    def _timeout(self) -> float:
        return max(0.001, min(self.bound, self.time_left()))

    def _bounded(self, name: str, work: Callable[[float], Any]) -> Any:
        timeout = self._timeout()
        try:
            return work(timeout)
        except TimeoutError:
            raise RegexError(
                f"regex.{name}: gave up after {timeout:g}s (the pattern backtracks too much "
                "on this input: simplify it or shorten the input)"
            ) from None

    def _match(self, found: Any, offsets: ByteOffsets) -> dict[str, Any]:
        start, end = found.span()
        return {
            "match": found.group(0),
            "start": offsets.at(start),
            "finish": offsets.at(end) - 1,
            "groups": list(found.groups()),
            "named": {k: v for k, v in found.groupdict().items() if v is not None},
        }

    def match(self, subject: Any, pattern: Any, flags: Any = None) -> dict[str, Any] | None:
        compiled = self._pattern("match", subject, pattern, flags)
        found = self._bounded("match", lambda t: compiled.search(subject, timeout=t))
        return None if found is None else self._match(found, ByteOffsets(subject))

    def test(self, subject: Any, pattern: Any, flags: Any = None) -> bool:
        compiled = self._pattern("test", subject, pattern, flags)
        return self._bounded("test", lambda t: compiled.search(subject, timeout=t)) is not None

    def find_all(
        self,
        subject: Any,
        pattern: Any,
        flags: Any = None,
        limit: Any = None,
        name: str = "find_all",
    ) -> list[dict[str, Any]]:
        compiled = self._pattern(name, subject, pattern, flags)
        most = self._count(name, limit)
        offsets = ByteOffsets(subject)

        def collect(timeout: float) -> list[dict[str, Any]]:
            found: list[dict[str, Any]] = []
            for item in compiled.finditer(subject, timeout=timeout):
                if len(found) == most:
                    if limit is None:
                        raise RegexError(f"regex.{name}: more than {most} matches")
                    break
                found.append(self._match(item, offsets))
            return found

        return list(self._bounded(name, collect))

    def gsub(
        self, subject: Any, pattern: Any, template: Any, limit: Any = None, flags: Any = None
    ) -> tuple[str, int]:
        compiled = self._pattern("gsub", subject, pattern, flags)
        if not isinstance(template, str):
            raise RegexError("regex.gsub: the replacement is a string, a table or a function")
        count = self._count("gsub", limit) if limit is not None else 0
        if limit is not None and count == 0:
            return subject, 0
        try:
            text, done = self._bounded(
                "gsub", lambda t: compiled.subn(template, subject, count=count, timeout=t)
            )
        except (regex.error, IndexError) as exc:
            raise RegexError(f"regex.gsub: bad replacement: {exc}") from None
        return str(text), int(done)

    def split(self, subject: Any, pattern: Any, limit: Any = None, flags: Any = None) -> list[str]:
        compiled = self._pattern("split", subject, pattern, flags)
        count = self._count("split", limit) if limit is not None else 0
        if limit is not None and count == 0:
            return [subject]
        parts = self._bounded("split", lambda t: compiled.split(subject, maxsplit=count, timeout=t))
        if len(parts) > self.max_items:
            raise RegexError(f"regex.split: more than {self.max_items} pieces")
        return [part for part in parts if part is not None]

    def escape(self, text: Any) -> str:
        """`text` with every special character escaped, to match it literally."""
        if not isinstance(text, str):
            raise RegexError("regex.escape: expects a string")
        return str(regex.escape(text, special_only=True))

    def _count(self, name: str, limit: Any) -> int:
        if limit is None:
            return self.max_items
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
            raise RegexError(f"regex.{name}: the limit is a whole number >= 0")
        return min(limit, self.max_items)
