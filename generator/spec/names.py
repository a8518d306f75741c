"""Checks on spec names: provider ids, namespaces, tools, params, types, fields."""

from __future__ import annotations

import keyword
import re
from collections.abc import Callable
from typing import Literal

from generator import naming
from generator.spec.diagnostics import Report
from generator.spec.model import Loc

Rule = Literal["kebab", "snake", "pascal", "ident"]
PASCAL_RE = re.compile(r"^[A-Z][A-Za-z0-9]*$")

_PATTERNS = {
    "kebab": (naming.KEBAB_RE, "kebab-case"),
    "snake": (naming.SNAKE_RE, "snake_case"),
    "pascal": (PASCAL_RE, "PascalCase"),
    "ident": (naming.IDENT_RE, "an identifier"),
}


def check_name(
    report: Report,
    loc: Loc,
    name: str,
    rule: Rule,
    what: str,
    *,
    reserved: Callable[[str], bool] = naming.is_reserved_word,
    hint: str = "",
) -> bool:
    """Report `invalid-name` / `reserved-name`; True when the name is usable."""
    pattern, label = _PATTERNS[rule]
    if not pattern.match(name):
        report.error(loc, "invalid-name", f"{what} '{name}' is not {label}{hint}")
        return False
    if rule != "kebab" and reserved(name):
        report.error(
            loc,
            "reserved-name",
            f"{what} '{name}' is a reserved word in Python, Lua or the generated client{hint}",
        )
        return False
    return True


def is_hard_keyword(name: str) -> bool:
    """Keywords that can never be an attribute name in Python or a field name in Lua."""
    return keyword.iskeyword(name) or name in naming.LUA_KEYWORDS


def is_reserved_param(name: str) -> bool:
    return naming.is_reserved_word(name) or name in naming.RESERVED_PARAMS


def is_reserved_tool(name: str) -> bool:
    return naming.is_reserved_word(name) or name in naming.CLIENT_MEMBERS


def is_reserved_field(name: str) -> bool:
    return is_hard_keyword(name) or name in naming.MODEL_MEMBERS
