"""Checks on the parsed YAML before it is built: merge keys, control characters, odd numbers.

Every string of the file (keys and values, names and text) is checked here once,
so no surface has to cope with characters no spec needs.
"""

from __future__ import annotations

import math
import re
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq, merge_attrib

from generator.spec.diagnostics import Report
from generator.spec.model import Loc
from generator.spec.names import shown
from generator.spec.yaml_source import Source

# C0 controls but TAB and LF, DEL, C1 controls, lone surrogates, and the Unicode line and
# paragraph separators (line breaks to some parsers, not to others).
REFUSED_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029]")

SURROGATE_PAIR_RE = re.compile(r"[\ud800-\udbff][\udc00-\udfff]")


def check_raw(data: Any, source: Source, report: Report) -> bool:
    """Report every problem found; False when the data cannot be built (a merge key).

    Locations are looked up only for the values that have a problem: that lookup
    costs more than the check itself.
    """
    buildable = True
    seen: set[int] = set()
    stack: list[tuple[Any, Any, Any]] = [(data, None, None)]  # (node, parent, key or index)
    while stack:
        node, parent, key = stack.pop()
        if isinstance(node, CommentedMap | CommentedSeq):
            if id(node) in seen:
                continue  # an alias of a node already checked
            seen.add(id(node))
        if isinstance(node, CommentedMap):
            if len(getattr(node, merge_attrib, ())):
                loc = source.node_loc(node, Loc(source.file, 1, 1))
                report.error(_merge_loc(source, loc), "merge-key", _MERGE_MESSAGE)
                buildable = False
                continue
            for name, value in node.items():
                if _problem(name):
                    _report(name, source.key_loc(node, name), report)
                stack.append((value, node, name))
        elif isinstance(node, CommentedSeq):
            stack.extend((item, node, index) for index, item in enumerate(node))
        elif isinstance(node, str) and SURROGATE_PAIR_RE.search(node) and parent is not None:
            node = parent[key] = _join_pairs(node)  # "\\ud83d\\ude00" in JSON style: one 🙂
            if _problem(node):
                _report(node, _value_loc(source, parent, key), report)
        elif _problem(node):
            _report(node, _value_loc(source, parent, key), report)
    return buildable


def _value_loc(source: Source, parent: Any, key: Any) -> Loc:
    if isinstance(parent, CommentedMap):
        return source.value_loc(parent, key)
    if isinstance(parent, CommentedSeq):
        return source.item_loc(parent, key)
    return Loc(source.file, 1, 1)


_MERGE_MESSAGE = "merge keys ('<<:') are not supported: write the keys out"


def _merge_loc(source: Source, start: Loc) -> Loc:
    """Where `<<` is written, searching from the mapping's start (else the mapping)."""
    for index in range(start.line - 1, min(start.line + 200, len(source.lines))):
        col = source.lines[index].find("<<")
        if col >= 0:
            return Loc(source.file, index + 1, col + 1)
    return start


def _problem(value: Any) -> bool:
    if isinstance(value, str):
        return REFUSED_RE.search(value) is not None
    return isinstance(value, float) and not math.isfinite(value)


def _report(value: Any, loc: Loc, report: Report) -> None:
    if isinstance(value, float):
        report.error(loc, "invalid-value", f"{value} is not a finite number")
        return
    match = REFUSED_RE.search(value)
    assert match is not None
    where = f"{shown(value[:40])}{'...' if len(value) > 40 else ''}"
    message = (
        f"'{where}' contains U+{ord(match.group()):04X}: spec text may not hold control"
        " characters (TAB and line feed aside), lone surrogates or line separators"
    )
    report.error(loc, "control-character", message)


def _join_pairs(text: str) -> str:
    """Surrogate pairs (YAML keeps `\\uD83D\\uDE00` as two code points) as the one they spell."""
    return SURROGATE_PAIR_RE.sub(
        lambda m: m.group().encode("utf-16-le", "surrogatepass").decode("utf-16-le"), text
    )
