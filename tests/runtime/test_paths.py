"""Dotted and list paths of composed tools (generator/runtime/paths.py)."""

from __future__ import annotations

from typing import Any

import pytest

from generator.runtime.errors import ArgumentError
from generator.runtime.paths import delete_path, get_path, parse_path, set_path


def test_parse() -> None:
    assert parse_path("config.mounts[0].volume") == ["config", "mounts", 0, "volume"]
    assert parse_path("config.services[*].autostop") == ["config", "services", "*", "autostop"]
    for bad in ("config..x", "config.mounts[x]", "a[0", ""):
        with pytest.raises(ValueError):
            parse_path(bad)


def test_a_list_element_is_created_when_missing() -> None:
    root: dict[str, Any] = {"config": {"image": "i"}}
    set_path(root, "config.mounts[0].volume", "vol_1", merge=False, what="volume_id")
    set_path(root, "config.mounts[0].path", "/data", merge=False, what="volume_path")
    assert root == {"config": {"image": "i", "mounts": [{"volume": "vol_1", "path": "/data"}]}}


def test_every_element_is_set_and_an_empty_list_is_an_error() -> None:
    root: dict[str, Any] = {"config": {"services": [{"port": 1}, {"port": 2}]}}
    set_path(root, "config.services[*].autostop", "off", merge=False, what="auto_stop")
    assert [s["autostop"] for s in root["config"]["services"]] == ["off", "off"]
    with pytest.raises(ArgumentError, match="auto_stop: there is nothing at"):
        set_path(
            {"config": {}}, "config.services[*].autostop", "off", merge=False, what="auto_stop"
        )


def test_merge_keeps_the_other_keys_and_values_are_copied() -> None:
    env = {"B": "2"}
    root: dict[str, Any] = {"config": {"env": {"A": "1", "B": "1"}}}
    set_path(root, "config.env", env, merge=True, what="env")
    assert root["config"]["env"] == {"A": "1", "B": "2"}
    set_path(root, "config.env", env, merge=False, what="env")
    assert root["config"]["env"] == {"B": "2"} and root["config"]["env"] is not env


def test_get_and_delete() -> None:
    root = {"config": {"mounts": [{"volume": "v"}]}}
    assert get_path(root, "config.mounts[0].volume") == "v"
    assert get_path(root, "config.mounts[3].volume") is None
    delete_path(root, "config.mounts")
    assert root == {"config": {}}
