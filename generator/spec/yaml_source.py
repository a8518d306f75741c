"""Reading a spec file with ruamel and mapping its nodes back to 1-based positions."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from attrs import frozen
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedBase, CommentedMap, CommentedSeq
from ruamel.yaml.constructor import DuplicateKeyError, RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import CollectionEndEvent, CollectionStartEvent
from ruamel.yaml.main import CParser  # type: ignore[attr-defined]  # None without the clib
from ruamel.yaml.reader import ReaderError
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from generator.spec.diagnostics import Report
from generator.spec.model import Loc

# Caps far beyond any real spec (the bundled ones: under 80 kB, 10 levels, 2,200 values; the
# largest imported one, DigitalOcean's 659 operations: 1.3 MB, 66,000 values), each checked
# before the step it protects, so a hostile file is refused in milliseconds.
MAX_BYTES = 16_000_000  # file size, checked before parsing
MAX_DEPTH = 50  # nesting of mappings and sequences, checked on parser events before composing
MAX_NODES = 2_000_000  # values once every alias is expanded: stops alias bombs

# Where libyaml and ruamel's own parser build different values from a text that both
# accept: tabs (ruamel rejects more), `%YAML` directives (libyaml's are not passed on) and
# explicit tags (`!!str 1`). Such texts take the pure-Python parser.
PURE_ONLY_RE = re.compile(r"\t|^%|(?:^|[\s\[{,])!", re.MULTILINE)


@frozen
class Source:
    """One spec file: its display path (`specs/fly-io.yaml`) and its text lines."""

    file: str
    lines: tuple[str, ...]

    def at(self, line0: int, col0: int) -> Loc:
        """The Loc of a 0-based ruamel position."""
        return Loc(self.file, line0 + 1, col0 + 1)

    def node_loc(self, node: Any, fallback: Loc) -> Loc:
        if isinstance(node, CommentedBase):
            return self.at(node.lc.line, node.lc.col)
        return fallback

    def key_loc(self, mapping: CommentedMap, key: Any) -> Loc:
        line, col = mapping.lc.key(key)
        return self.at(line, col)

    def value_loc(self, mapping: CommentedMap, key: Any) -> Loc:
        line, col = mapping.lc.value(key)
        return self.at(line, col)

    def item_loc(self, seq: CommentedSeq, index: int) -> Loc:
        line, col = seq.lc.item(index)
        return self.at(line, col)

    def text_start(self, value: str, value_loc: Loc) -> tuple[int, int]:
        """1-based line and 0-based indent where a scalar's text begins in the file.

        Block scalars (`|`, `>`) start on the next non-blank line; plain and
        quoted scalars start at the value (after the quote).
        """
        if isinstance(value, LiteralScalarString | FoldedScalarString):
            for index in range(value_loc.line, len(self.lines)):
                text = self.lines[index]
                if text.strip():
                    return index + 1, len(text) - len(text.lstrip(" "))
            return value_loc.line + 1, 0
        line_text = self.lines[value_loc.line - 1] if value_loc.line <= len(self.lines) else ""
        quoted = line_text[value_loc.col - 1 : value_loc.col] in ("'", '"')
        return value_loc.line, value_loc.col - 1 + int(quoted)


def read_yaml(path: Path, file: str, report: Report) -> tuple[Any, Source] | None:
    """Parse `path`; on a syntax error, duplicate key or alias bomb report it and return None."""
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)  # never more, whatever the file's size
        if len(raw) > MAX_BYTES:
            message = f"the file is larger than {MAX_BYTES:,} bytes"
            report.error(Loc(file, 1, 1), "too-large", message)
            return None
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        report.error(Loc(file, 1, 1), "unreadable", f"cannot read file: {exc}")
        return None
    source = Source(file, tuple(text.splitlines()))
    deep = _too_deep(text)
    if deep is not None:
        message = f"mappings and lists are nested more than {MAX_DEPTH} levels deep"
        report.error(source.at(*deep), "too-deep", message)
        return None
    try:
        data = _parse(text)
    except DuplicateKeyError as exc:
        mark = exc.problem_mark
        loc = source.at(mark.line, mark.column) if mark else Loc(file, 1, 1)
        report.error(loc, "duplicate-key", _duplicate_message(exc))
        return None
    except MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        loc = source.at(mark.line, mark.column) if mark else Loc(file, 1, 1)
        context = f" ({exc.context})" if exc.context else ""
        problem = " ".join(f"{exc.problem or 'invalid YAML'}{context}".split())
        report.error(loc, "yaml-syntax", problem)
        return None
    except ReaderError as exc:  # a character YAML does not allow in a stream
        line = text.count("\n", 0, exc.position)
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1)
        message = f"character U+{exc.character:04X} is not allowed in YAML text"
        report.error(source.at(line, col), "yaml-syntax", message)
        return None
    except (YAMLError, RecursionError) as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        report.error(Loc(file, 1, 1), "yaml-syntax", f"cannot parse: {detail}")
        return None
    if _expanded_size(data, {}) > MAX_NODES:
        message = f"the document expands to more than {MAX_NODES:,} values through aliases"
        report.error(Loc(file, 1, 1), "too-large", message)
        return None
    return data, source


def _too_deep(text: str) -> tuple[int, int] | None:
    """The 0-based position where nesting first exceeds MAX_DEPTH, from parser events.

    The parsers keep their state on a heap stack; composing nodes recurses (in C for
    libyaml, where a deep document overflows the stack), so depth is checked first.
    A text neither parser reads is left to `_parse`, which reports its syntax error.
    """
    parsers = ([_c_yaml()] if CParser is not None and not PURE_ONLY_RE.search(text) else []) + [
        _yaml()
    ]
    for yaml in parsers:
        depth = 0
        try:
            for event in yaml.parse(text):
                if isinstance(event, CollectionStartEvent):
                    depth += 1
                    if depth > MAX_DEPTH:
                        return event.start_mark.line, event.start_mark.column
                elif isinstance(event, CollectionEndEvent):
                    depth -= 1
            return None
        except Exception:  # noqa: BLE001, S112 (the other parser, or `_parse`, decides)
            continue
    return None


class _CRoundTripConstructor(RoundTripConstructor):
    """The round-trip constructor, fed by libyaml's parser (which keeps no comments)."""

    comment_handling = None


class _Yaml12Resolver(VersionedResolver):
    """YAML 1.2 rules without looking up the version per scalar: texts with a `%YAML`
    directive never take the C parser."""

    processing_version = (1, 2)


def _parse(text: str) -> Any:
    """Round-trip data of `text`: CommentedMap/Seq with `.lc` positions and scalar styles.

    libyaml's C parser builds the same nodes as ruamel's pure-Python one, about five
    times faster. It rejects some valid YAML 1.2 (`{url: https://x}`) and words its
    errors differently, so on any failure the pure parser decides, and its errors are
    the ones reported.
    """
    if CParser is not None and not PURE_ONLY_RE.search(text):
        try:
            return _c_yaml().load(text)
        except Exception:  # noqa: BLE001, S110 (the pure parser below gives the diagnostic)
            pass
    return _yaml().load(text)


def _c_yaml() -> YAML:
    fast = _yaml()
    fast.Parser, fast.Reader, fast.Scanner = CParser, None, None
    fast.Constructor, fast.Resolver = _CRoundTripConstructor, _Yaml12Resolver
    return fast


def _yaml() -> YAML:
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    return yaml


def _expanded_size(value: Any, memo: dict[int, int]) -> int:
    """How many values `value` holds once every alias is expanded (shared nodes counted once each)."""
    if not isinstance(value, dict | list):
        return 1
    if id(value) not in memo:
        children = value.values() if isinstance(value, dict) else value
        memo[id(value)] = 0  # guards against a node that contains itself
        memo[id(value)] = 1 + sum(_expanded_size(child, memo) for child in children)
    return memo[id(value)]


def _duplicate_message(exc: DuplicateKeyError) -> str:
    problem = exc.problem or ""
    # ruamel: 'found duplicate key "c" with value "3" (original value: "2")'
    key = problem.split('"')[1] if problem.count('"') >= 2 else "?"
    first = exc.context_mark
    where = f" in the mapping that starts on line {first.line + 1}" if first else ""
    return f"duplicate key '{key}'{where}"


def describe(value: Any) -> str:
    """`a string`, `a list`, ... for wrong-type messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int):
        return "an integer"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def to_plain(value: Any) -> Any:
    """Deep-convert ruamel values to plain JSON-like Python types."""
    if isinstance(value, dict):
        return {
            str(k) if isinstance(k, str) else to_plain(k): to_plain(v) for k, v in value.items()
        }
    if isinstance(value, list):
        return [to_plain(v) for v in value]
    if value is None or isinstance(value, bool):
        return None if value is None else bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value
