"""Names agents learned from the seed pages resolve to our descriptively named tools."""

from __future__ import annotations

import pytest

from generator.hosts.registry import Registry, UnknownTool

FLY_TOOLS = [
    "list_apps", "get_app", "create_app", "list_machines", "get_machine", "create_machine",
    "update_machine_config", "delete_machine", "start_machine", "stop_machine",
    "restart_machine", "suspend_machine", "wait_for_machine", "exec_command", "scale_machines",
    "scale_with_volumes", "list_secrets", "set_secrets", "unset_secrets", "list_volumes",
    "create_volume", "delete_volume",
]  # fmt: skip
HEROKU_TOOLS = [
    "list_apps", "get_app", "list_dynos", "list_add_ons", "list_domains", "list_collaborators",
    "get_current_user",
]  # fmt: skip
RENDER_TOOLS = [
    "list_services", "get_service", "create_service", "list_deploys", "get_deploy", "list_jobs",
    "get_current_user",
]  # fmt: skip
BUILDKITE_SHORT = {
    "list": "list_builds",
    "get": "get_build",
    "create": "create_build",
    "cancel": "cancel_build",
    "rebuild": "rebuild_build",
}


def fly_camel(tool: str) -> str:
    """`update_machine_config` -> `flyUpdateMachineConfig`, as the seed names Fly's functions."""
    return "fly" + "".join(part.title() for part in tool.split("_"))


# The Agent Hub actions whose parameters are intent-level (issue 20) name the safe tool.
FLY_INTENT = {"create_machine": "launch_machine", "update_machine_config": "update_machine"}

SEED_NAMES: list[tuple[str, str]] = [
    *((fly_camel(t), f"fly-io.{FLY_INTENT.get(t, t)}") for t in FLY_TOOLS),
    *((f"fly_io_{t}", f"fly-io.{t}") for t in FLY_TOOLS),
    ("list_addons", "heroku.list_add_ons"),
    ("heroku_list_addons", "heroku.list_add_ons"),
    *((f"heroku_{t}", f"heroku.{t}") for t in HEROKU_TOOLS if t != "list_add_ons"),
    *((f"render_{t}", f"render.{t}") for t in RENDER_TOOLS),
    *((short, f"buildkite.{tool}") for short, tool in BUILDKITE_SHORT.items()),
    *((f"buildkite_{t}", f"buildkite.{t}") for t in BUILDKITE_SHORT.values()),
]

NAMESPACES = {"fly-io": "fly_io", "heroku": "heroku", "render": "render2", "buildkite": "buildkite"}


def qualified(seed_name: str, full_name: str) -> list[tuple[str, str]]:
    """The seed's "full name" spellings of an alias: provider id or namespace, a dot, the alias."""
    provider = full_name.split(".")[0]
    return [
        (f"{provider}.{seed_name}", full_name),
        (f"{NAMESPACES[provider]}.{seed_name}", full_name),
    ]


QUALIFIED_SEED_NAMES = [pair for seed in SEED_NAMES for pair in qualified(*seed)]


@pytest.fixture(scope="module")
def registry() -> Registry:
    return Registry.load()


def test_camel_case_names_look_like_the_seed() -> None:
    assert SEED_NAMES[0] == ("flyListApps", "fly-io.list_apps")
    assert ("flyUpdateMachineConfig", "fly-io.update_machine") in SEED_NAMES


@pytest.mark.parametrize(("seed_name", "full_name"), SEED_NAMES)
def test_seed_name_resolves(registry: Registry, seed_name: str, full_name: str) -> None:
    assert registry.resolve(seed_name).full_name == full_name


def test_a_name_no_seed_used_does_not_resolve(registry: Registry) -> None:
    with pytest.raises(UnknownTool):
        registry.resolve("render_list_owners")


@pytest.mark.parametrize(
    ("seed_name", "full_name"),
    [
        ("heroku.heroku_list_addons", "heroku.list_add_ons"),
        ("buildkite.buildkite_list_builds", "buildkite.list_builds"),
        ("render2.render_list_services", "render.list_services"),
        ("render.render_list_services", "render.list_services"),
        ("fly-io.fly_io_list_apps", "fly-io.list_apps"),
        *QUALIFIED_SEED_NAMES,
    ],
)
def test_qualified_seed_name_resolves(registry: Registry, seed_name: str, full_name: str) -> None:
    assert registry.resolve(seed_name).full_name == full_name


@pytest.mark.parametrize("name", ["heroku.render_list_services", "render2.heroku_list_addons"])
def test_an_alias_qualified_by_another_provider_does_not_resolve(
    registry: Registry, name: str
) -> None:
    with pytest.raises(UnknownTool):
        registry.resolve(name)
