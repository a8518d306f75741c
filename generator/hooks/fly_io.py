"""Fly.io composite tools: scale an app's Machines by cloning one of them."""

from __future__ import annotations

from typing import Any

from generator.runtime.errors import ArgumentError
from generator.runtime.hooks import Call, Steps

DEFAULT_MOUNT = {"path": "/data", "name": "data"}


def scale_machines(*, app_name: str, count: int, region: str | None = None) -> Steps:
    """Clone the oldest Machine or destroy the newest ones until the app has `count`."""
    return (yield from _scale("scale_machines", app_name, count, region, volume_size_gb=None))


def scale_with_volumes(
    *, app_name: str, count: int, region: str | None = None, volume_size_gb: int = 1
) -> Steps:
    """Like `scale_machines`, but each new Machine mounts a new volume of its own."""
    return (yield from _scale("scale_with_volumes", app_name, count, region, volume_size_gb))


def _scale(
    tool: str, app_name: str, count: int, region: str | None, volume_size_gb: int | None
) -> Steps:
    if count < 0:
        raise ArgumentError(
            f"{tool}: count must be 0 or more, got {count}", tool=tool, param="count"
        )
    listed = yield Call("list_machines", {"app_name": app_name})
    machines = sorted(listed, key=lambda m: (m.get("created_at") or "", m["id"]))
    created: list[str] = []
    destroyed: list[str] = []
    for machine in machines[count:]:
        args = {"app_name": app_name, "machine_id": machine["id"], "force": True}
        yield Call("delete_machine", args)
        destroyed.append(machine["id"])
    if len(machines) < count:
        if not machines:
            raise ArgumentError(
                f"{tool}: app {app_name!r} has no Machine to clone; create one with create_machine",
                tool=tool,
                param="app_name",
            )
        template = machines[0]
        target_region = region or template.get("region")
        for _ in range(count - len(machines)):
            config = dict(template.get("config") or {})
            if volume_size_gb is not None:
                config["mounts"] = [
                    (yield from _new_volume(app_name, config, target_region, volume_size_gb))
                ]
            args = {"app_name": app_name, "config": config}
            if target_region:
                args["region"] = target_region
            machine = yield Call("create_machine", args)
            created.append(machine["id"])
    total = len(machines) - len(destroyed) + len(created)
    return {"app_name": app_name, "count": total, "created": created, "destroyed": destroyed}


def _new_volume(app_name: str, config: dict[str, Any], region: str | None, size_gb: int) -> Steps:
    """Create a volume like the template's first mount; return the mount for it."""
    mounts = config.get("mounts") or [DEFAULT_MOUNT]
    mount = {key: value for key, value in mounts[0].items() if key != "volume"}
    name = mount.get("name") or DEFAULT_MOUNT["name"]
    args: dict[str, Any] = {"app_name": app_name, "name": name, "size_gb": size_gb}
    if region:
        args["region"] = region
    volume = yield Call("create_volume", args)
    return {**mount, "name": name, "volume": volume["id"]}
