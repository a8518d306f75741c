"""Generated models round-trip losslessly and reject what does not match the spec."""

from __future__ import annotations

import pytest

from generated.clients.fly_io.models import App, Machine
from generated.clients.render2.models import ServiceAndDeploy
from generator.runtime.errors import InvalidResponse
from generator.runtime.model import UNSET, Unset

APP = {
    "id": "app-1",
    "name": "web",
    "status": "hibernating",  # not a documented value: kept as is
    "organization": {"slug": "personal", "brand_new": {"nested": [1, 2]}},
    "machine_count": 2,
    "future_field": ["kept"],
}


def test_round_trip_keeps_unknown_fields_and_values() -> None:
    app = App.from_dict(APP)
    assert app.status == "hibernating"
    assert app.additional_properties == {"future_field": ["kept"]}
    assert not isinstance(app.organization, Unset) and app.organization.slug == "personal"
    assert app.to_dict() == APP


def test_absent_optional_fields_stay_absent() -> None:
    app = App.from_dict({"id": "a", "name": "b"})
    assert app.status is UNSET and not app.status
    assert app.to_dict() == {"id": "a", "name": "b"}


def test_wire_names_map_to_snake_case() -> None:
    data = {"deployId": "dep-1", "extra": 1}
    created = ServiceAndDeploy.from_dict(data)
    assert created.deploy_id == "dep-1"
    assert created.to_dict() == data


def test_lists_of_nested_models() -> None:
    data = {
        "id": "m1",
        "name": "m",
        "state": "started",
        "region": "fra",
        "events": [{"type": "launch", "extra": True}],
        "config": {"image": "nginx"},
    }
    machine = Machine.from_dict(data)
    assert machine.to_dict() == data


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        ({"name": "b"}, "App: required field 'id' is missing"),
        ({"id": 3, "name": "b"}, "App.id: expected a string, got int"),
        ({"id": "a", "name": "b", "machine_count": True}, "App.machine_count: expected an integer"),
        ([], "App: expected an object, got list"),
    ],
)
def test_mismatches_are_invalid_responses(data: object, problem: str) -> None:
    with pytest.raises(InvalidResponse) as caught:
        App.from_dict(data)
    assert problem in str(caught.value)
