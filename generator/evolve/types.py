"""Whether a type change widens or narrows what a value may be."""

from __future__ import annotations

from typing import Literal

from generator.spec.model import TypeRef

Direction = Literal["same", "wider", "narrower", "changed"]
# Each primitive accepts the values of those listed after it.
_WIDER_THAN: dict[str, frozenset[str]] = {
    "any": frozenset({"string", "integer", "number", "boolean", "object"}),
    "number": frozenset({"integer"}),
}


def direction(old: TypeRef, new: TypeRef) -> Direction:
    """`wider` when every old value is still a valid new value (integer -> number)."""
    if str(old) == str(new):
        return "same"
    if old.item is not None and new.item is not None:
        return direction(old.item, new.item)
    if new.name == "any" and new.item is None:
        return "wider"
    if old.name == "any" and old.item is None:
        return "narrower"
    if old.item is None and new.item is None:
        if old.name in _WIDER_THAN.get(new.name, frozenset()):
            return "wider"
        if new.name in _WIDER_THAN.get(old.name, frozenset()):
            return "narrower"
    return "changed"
