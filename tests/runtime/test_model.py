"""The runtime's decoders and the `Model` base, on a hand-made model (no generated code).

Each case pins the exact value or message a surviving mutant changed (docs/testing.md).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from attrs import field, frozen

from generator.runtime import model
from generator.runtime.errors import InvalidResponse
from generator.runtime.model import UNSET, FieldSpec, Model, Unset


@frozen
class Point(Model):
    x: int
    label: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = field(factory=dict)


model.define(
    Point,
    FieldSpec("x", "x", model.integer, required=True),
    FieldSpec("label", "Label", model.nullable(model.string)),
    FieldSpec("tags", "tags", model.list_of(model.string)),
)


@pytest.mark.parametrize(
    ("decoder", "good", "bad", "expected"),
    [
        (model.string, "s", 1, "a string, got int"),
        (model.integer, 3, True, "an integer, got bool"),
        (model.integer, -1, 1.5, "an integer, got float"),
        (model.number, 1.5, False, "a number, got bool"),
        (model.number, 2, "2", "a number, got str"),
        (model.boolean, False, 0, "a boolean, got int"),
        (model.json_object, {"a": 1}, [], "an object, got list"),
        (model.list_of(model.integer), [1, 2], {"a": 1}, "a list, got dict"),
    ],
)
def test_decoders_accept_their_type_and_name_what_they_got(
    decoder: model.Decoder[Any], good: Any, bad: Any, expected: str
) -> None:
    assert decoder(good, "here") == good
    with pytest.raises(InvalidResponse, match=f"^here: expected {re.escape(expected)}$"):
        decoder(bad, "here")


def test_list_items_are_located_by_index() -> None:
    with pytest.raises(InvalidResponse, match=r"^tags\[1\]: expected a string, got int$"):
        model.list_of(model.string)(["a", 2], "tags")


def test_nullable_passes_none_and_checks_the_rest() -> None:
    decode = model.nullable(model.integer)
    assert decode(None, "n") is None
    assert decode(0, "n") == 0
    with pytest.raises(InvalidResponse, match="^n: expected an integer"):
        decode("0", "n")


def test_anything_and_nothing() -> None:
    marker = object()
    assert model.anything(marker, "w") is marker
    assert model.nothing({"a": 1}, "w") is None


def test_from_dict_maps_wire_keys_and_keeps_extras() -> None:
    point = Point.from_dict({"x": 1, "Label": None, "tags": ["a"], "z": [1]})
    assert (point.x, point.label, point.tags) == (1, None, ["a"])
    assert point.additional_properties == {"z": [1]}
    assert point.to_dict() == {"x": 1, "Label": None, "tags": ["a"], "z": [1]}


def test_absent_fields_stay_unset_and_are_not_written() -> None:
    point = Point.from_dict({"x": 2})
    assert point.label is UNSET and point.tags is UNSET
    assert point.to_dict() == {"x": 2}


def test_from_dict_errors_name_the_model_and_the_key() -> None:
    with pytest.raises(InvalidResponse, match=r"^Point: expected an object, got list$"):
        Point.from_dict([])
    with pytest.raises(InvalidResponse, match=r"^Point: required field 'x' is missing$"):
        Point.from_dict({"Label": "a"})
    with pytest.raises(InvalidResponse, match=r"^Point\.tags\[0\]: expected a string, got int$"):
        Point.from_dict({"x": 1, "tags": [5]})
    with pytest.raises(InvalidResponse, match=r"^apps\[2\]\.Label: expected a string, got int$"):
        Point.from_dict({"x": 1, "Label": 7}, "apps[2]")


def test_encode_turns_models_and_containers_into_json_data() -> None:
    point = Point(x=1, label="p")
    assert model.encode(point) == {"x": 1, "Label": "p"}
    assert model.encode((point, [point])) == [{"x": 1, "Label": "p"}, [{"x": 1, "Label": "p"}]]
    assert model.encode({"a": point, "b": UNSET, "c": None}) == {
        "a": {"x": 1, "Label": "p"},
        "c": None,
    }
    assert model.encode("s") == "s"


def test_unset_is_falsy_and_named() -> None:
    assert not UNSET and bool(UNSET) is False
    assert repr(UNSET) == "UNSET"


def test_list_decoders_made_at_call_time_name_what_they_got() -> None:
    decode = model.list_of(model.integer)  # made here, not at import (mutmut forks after that)
    with pytest.raises(InvalidResponse, match=r"^here: expected a list, got dict$"):
        decode({"a": 1}, "here")
