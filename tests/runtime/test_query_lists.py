"""List query values: a repeated key per value, or one comma-joined value (`explode=False`)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.runtime.errors import ArgumentError
from generator.runtime.meta import ParamSpec, ToolSpec
from generator.runtime.transport import build

LIST_SERVICES = ToolSpec(
    name="list_services",
    full_name="render.list_services",
    mcp_name="render2__list_services",
    lua_path="app.integrations.render2.list_services",
    access="read",
    idempotent=True,
    method="GET",
    path="/services",
    params=(
        ParamSpec(name="type", type="string[]", explode=False),
        ParamSpec(name="branch", type="string[]", wire="branch[]"),
    ),
)


def query(**args: Any) -> tuple[tuple[str, str], ...]:
    return build(LIST_SERVICES, args).params


def test_non_exploded_list_is_one_comma_joined_value() -> None:
    assert query(type=["web_service", "cron_job"]) == (("type", "web_service,cron_job"),)


def test_exploded_list_repeats_its_key() -> None:
    assert query(branch=["main", "dev"]) == (("branch[]", "main"), ("branch[]", "dev"))


@pytest.mark.parametrize("value", [[], [None], None])
def test_empty_lists_send_nothing(value: Any) -> None:
    assert query(type=value) == ()


def test_a_single_value_is_sent_as_is() -> None:
    assert query(type="web_service") == (("type", "web_service"),)


@pytest.mark.parametrize("value", [["a,b"], "a,b", ["ok", "x,y"]])
def test_an_item_holding_the_separator_is_refused(value: Any) -> None:
    with pytest.raises(ArgumentError, match="comma-separated") as caught:
        query(type=value)
    assert (caught.value.tool, caught.value.param) == ("list_services", "type")


def test_commas_are_fine_in_exploded_lists() -> None:
    assert query(branch=["a,b"]) == (("branch[]", "a,b"),)
