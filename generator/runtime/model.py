"""Base of generated models: lossless `from_dict`/`to_dict` driven by field specs.

A model declares its attrs fields; `define()` (called at the end of the
generated `models.py`, so types may refer to each other) fills its `FIELDS`:
how each maps to the wire. Keys the spec does not know are kept in `additional_properties`
and written back, so `from_dict(d).to_dict() == d`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal, Self, TypeVar, cast

from attrs import frozen

from generator.runtime.errors import InvalidResponse
from generator.runtime.json_values import as_list, as_object

T = TypeVar("T")
Decoder = Callable[[Any, str], T]


class Unset:
    """The value of an argument or field that was not given (falsy)."""

    __slots__ = ()

    def __bool__(self) -> Literal[False]:  # so `if value:` narrows `str | Unset` to `str`
        return False

    def __repr__(self) -> str:
        return "UNSET"


UNSET: Final = Unset()


@frozen
class FieldSpec:
    name: str  # attribute name
    key: str  # JSON key on the wire
    decode: Decoder[Any]
    required: bool = False


class Model:
    __slots__ = ()
    FIELDS: ClassVar[dict[str, FieldSpec]] = {}  # by JSON key; upper case: no field's name
    additional_properties: dict[str, Any]

    if TYPE_CHECKING:

        def __init__(self, **fields: Any) -> None: ...

    @classmethod
    def from_dict(cls, data: Any, where: str = "") -> Self:
        where = where or cls.__name__
        data = json_object(data, where)
        values: dict[str, Any] = {}
        for key, spec in cls.FIELDS.items():
            if key in data:
                values[spec.name] = spec.decode(data[key], f"{where}.{key}")
            elif spec.required:
                raise InvalidResponse(f"{where}: required field {key!r} is missing")
        extra = {key: value for key, value in data.items() if key not in cls.FIELDS}
        return cls(**values, additional_properties=extra)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for key, spec in self.FIELDS.items():
            value = getattr(self, spec.name)
            if value is not UNSET:
                data[key] = encode(value)
        data.update(self.additional_properties)
        return data


def define(model: type[Model], *fields: FieldSpec) -> None:
    """Say how `model`'s fields map to JSON keys (the generated models' last lines)."""
    model.FIELDS = {spec.key: spec for spec in fields}


def encode(value: Any) -> Any:
    """Models, lists and dicts of them as plain JSON-able data."""
    if isinstance(value, Model):
        return value.to_dict()
    if isinstance(value, (list, tuple)):
        return [encode(item) for item in cast("Sequence[Any]", value)]
    if (data := as_object(value)) is not None:
        return {key: encode(item) for key, item in data.items() if item is not UNSET}
    return value


def _invalid(where: str, expected: str, value: Any) -> InvalidResponse:
    return InvalidResponse(f"{where}: expected {expected}, got {type(value).__name__}")


def string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise _invalid(where, "a string", value)
    return value


def integer(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _invalid(where, "an integer", value)
    return value


def number(value: Any, where: str) -> float:
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise _invalid(where, "a number", value)
    return value


def boolean(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise _invalid(where, "a boolean", value)
    return value


def json_object(value: Any, where: str) -> dict[str, Any]:
    data = as_object(value)
    if data is None:
        raise _invalid(where, "an object", value)
    return data


def anything(value: Any, where: str) -> Any:
    return value


def nothing(value: Any, where: str) -> None:
    """The result decoder of tools that return nothing: any body is dropped."""


def list_of(item: Decoder[T]) -> Decoder[list[T]]:
    def decode(value: Any, where: str) -> list[T]:
        elements = as_list(value)
        if elements is None:
            raise _invalid(where, "a list", value)
        return [item(element, f"{where}[{index}]") for index, element in enumerate(elements)]

    return decode


def nullable(inner: Decoder[T]) -> Decoder[T | None]:
    def decode(value: Any, where: str) -> T | None:
        return None if value is None else inner(value, where)

    return decode
