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


def check_raw(data: Any, source: Source, report: Report) -> bool:
    """Report every problem found; False when the data cannot be built (a merge key)."""
    buildable = True
    seen: set[int] = set()
    stack: list[tuple[Any, Loc]] = [(data, Loc(source.file, 1, 1))]
    while stack:
        node, loc = stack.pop()
        if isinstance(node, CommentedMap | CommentedSeq):
            if id(node) in seen:
                continue  # an alias of a node already checked
            seen.add(id(node))
            loc = source.node_loc(node, loc)
        if isinstance(node, CommentedMap):
            if len(getattr(node, merge_attrib, ())):
                report.error(_merge_loc(source, loc), "merge-key", _MERGE_MESSAGE)
                buildable = False
                continue
            for key, value in node.items():
                key_loc = source.key_loc(node, key)
                _check_scalar(key, key_loc, report)
                stack.append((value, source.value_loc(node, key)))
        elif isinstance(node, CommentedSeq):
            stack.extend((item, source.item_loc(node, i)) for i, item in enumerate(node))
        else:
            _check_scalar(node, loc, report)
    return buildable


_MERGE_MESSAGE = "merge keys ('<<:') are not supported: write the keys out"


def _merge_loc(source: Source, start: Loc) -> Loc:
    """Where `<<` is written, searching from the mapping's start (else the mapping)."""
    for index in range(start.line - 1, min(start.line + 200, len(source.lines))):
        col = source.lines[index].find("<<")
        if col >= 0:
            return Loc(source.file, index + 1, col + 1)
    return start


def _check_scalar(value: Any, loc: Loc, report: Report) -> None:
    if isinstance(value, str):
        match = REFUSED_RE.search(value)
        if match:
            where = f"{shown(value[:40])}{'...' if len(value) > 40 else ''}"
            message = (
                f"'{where}' contains the control character U+{ord(match.group()):04X};"
                " only TAB and line feed are allowed in spec text"
            )
            report.error(loc, "control-character", message)
    elif isinstance(value, float) and not math.isfinite(value):
        report.error(loc, "invalid-value", f"{value} is not a finite number")
