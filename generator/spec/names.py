"""Checks on spec names: provider ids, namespaces, tools, params, types, fields."""

from __future__ import annotations

import keyword
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal

from generator import naming
from generator.spec.diagnostics import Report, one_line
from generator.spec.fields import Fields, items
from generator.spec.model import Loc
from generator.spec.yaml_source import describe

if TYPE_CHECKING:
    from generator.spec.context import Context

Rule = Literal["kebab", "snake", "pascal", "ident"]

_PATTERNS = {
    "kebab": (naming.KEBAB_RE, "kebab-case"),
    "snake": (naming.SNAKE_RE, "snake_case"),
    "pascal": (naming.PASCAL_RE, "PascalCase"),
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
    if not pattern.fullmatch(name):
        problem = "is empty" if not name else f"is not {label}"
        if not name.isprintable():
            problem += " (it contains a control or invisible character)"
        report.error(loc, "invalid-name", f"{what} '{shown(name)}' {problem}{hint}")
        return False
    if rule != "kebab" and reserved(name):
        report.error(
            loc,
            "reserved-name",
            f"{what} '{name}' is a reserved word in Python, Lua or the generated client{hint}",
        )
        return False
    return True


def shown(text: str) -> str:
    """`text` for a message: control and invisible characters as escapes (`\\n`, `\\x00`)."""
    return one_line(text)


def is_hard_keyword(name: str) -> bool:
    """Keywords that can never be an attribute name in Python or a field name in Lua."""
    return keyword.iskeyword(name) or name in naming.LUA_KEYWORDS


def is_reserved_param(name: str) -> bool:
    return naming.is_reserved_word(name) or name in naming.RESERVED_PARAMS


def is_reserved_tool(name: str) -> bool:
    return naming.is_reserved_word(name) or name in naming.CLIENT_MEMBERS


def is_reserved_field(name: str) -> bool:
    return is_hard_keyword(name) or name in naming.MODEL_MEMBERS


def param_aliases(ctx: Context, param: Fields) -> tuple[str, ...]:
    """`aliases:` of a param: snake_case names callers may use instead of its name."""
    aliases = []
    for alias, loc in items(ctx.source, param.raw("aliases")):
        text = alias if isinstance(alias, str) else ""
        if not isinstance(alias, str):
            ctx.report.error(
                loc, "wrong-type", f"param alias: expected a string, got {describe(alias)}"
            )
        elif check_name(ctx.report, loc, text, "snake", "param alias", reserved=is_reserved_param):
            aliases.append(text)
    return tuple(aliases)
