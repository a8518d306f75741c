# generated from specs/fly-io.yaml; do not edit
"""Fly.io models: frozen attrs classes with lossless `from_dict`/`to_dict`.

Fields the spec does not list are kept in `additional_properties`; enum-like
fields are plain strings, so a value added by the provider never fails.
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from generator.runtime import model as _m


@_attrs.frozen(kw_only=True)
class AppOrganization(_m.Model):
    """The organization that owns an app.

    Attributes:
        name: Display name of the organization.
        slug: Organization slug, e.g. `personal`.
        internal_numeric_id: Fly's internal numeric organization id.
    """

    name: str | _m.Unset = _m.UNSET
    slug: str
    internal_numeric_id: int | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class App(_m.Model):
    """A Fly.io app, the unit that groups Machines, volumes and secrets.

    Attributes:
        id: App id.
        name: Globally unique app name; the `app_name` of other tools.
        status: Lifecycle status reported by Fly, e.g. `pending`, `deployed` or `suspended`.
        organization: Owning organization.
        machine_count: Number of Machines in the app.
        volume_count: Number of volumes in the app.
        network: Name of the app's private network (6PN); `default` unless set at creation.
        internal_numeric_id: Fly's internal numeric app id.
    """

    id: str
    name: str
    status: str | _m.Unset = _m.UNSET
    organization: AppOrganization | _m.Unset = _m.UNSET
    machine_count: int | _m.Unset = _m.UNSET
    volume_count: int | _m.Unset = _m.UNSET
    network: str | _m.Unset = _m.UNSET
    internal_numeric_id: int | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class ImageRef(_m.Model):
    """The container image a Machine runs.

    Attributes:
        digest: Content digest (`sha256:...`).
        labels: Image labels (string to string).
    """

    registry: str | _m.Unset = _m.UNSET
    repository: str | _m.Unset = _m.UNSET
    tag: str | _m.Unset = _m.UNSET
    digest: str | _m.Unset = _m.UNSET
    labels: dict[str, Any] | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class MachineEvent(_m.Model):
    """One entry of a Machine's event log.

    Attributes:
        type: Event kind, e.g. `launch`, `start`, `stop`, `exit`.
        status: State the event led to.
        source: Who caused it: `user` or `flyd`.
        timestamp: Unix time in milliseconds.
        request: Event-specific details.
    """

    id: str | _m.Unset = _m.UNSET
    type: str | _m.Unset = _m.UNSET
    status: str | _m.Unset = _m.UNSET
    source: str | _m.Unset = _m.UNSET
    timestamp: int | _m.Unset = _m.UNSET
    request: dict[str, Any] | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class CheckStatus(_m.Model):
    """The latest result of one health check.

    Attributes:
        status: `passing`, `warning` or `critical`.
        updated_at: RFC 3339 time of the result.
    """

    name: str | _m.Unset = _m.UNSET
    status: str | _m.Unset = _m.UNSET
    output: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Machine(_m.Model):
    """A Fly Machine, a fast-launching VM that belongs to an app.

    Attributes:
        id: Machine id (14 hex characters).
        name: Machine name, unique within the app.
        state: Current state: `created`, `starting`, `started`, `stopping`, `stopped`, `suspending`, `suspended`, `replacing`, `destroying`, `destroyed` or `failed`.
        region: Region code, e.g. `fra`.
        instance_id: Id of the Machine's current version; it changes on every update.
        private_ip: The Machine's address on the app's private IPv6 network.
        config: The full Machine configuration (`image`, `env`, `guest`, `services`, `mounts`, `restart`, ...), as accepted by `create_machine`.
        incomplete_config: Present instead of `config` when Fly could not load the full configuration.
        image_ref: The image the Machine runs.
        created_at: RFC 3339 creation time.
        updated_at: RFC 3339 time of the last change.
        events: Recent events, newest first.
        checks: Health check results.
        host_status: Health of the host the Machine runs on. One of: `ok`, `unknown`, `unreachable`.
        nonce: Lease nonce; only returned on creation when a lease was requested.
    """

    id: str
    name: str
    state: str
    region: str
    instance_id: str | _m.Unset = _m.UNSET
    private_ip: str | _m.Unset = _m.UNSET
    config: dict[str, Any] | _m.Unset = _m.UNSET
    incomplete_config: dict[str, Any] | None | _m.Unset = _m.UNSET
    image_ref: ImageRef | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    events: list[MachineEvent] | _m.Unset = _m.UNSET
    checks: list[CheckStatus] | _m.Unset = _m.UNSET
    host_status: str | _m.Unset = _m.UNSET
    nonce: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class MachineOk(_m.Model):
    """Acknowledgement of a Machine action.

    Attributes:
        ok: `true` when Fly accepted the action.
    """

    ok: bool
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class MachineStartResult(_m.Model):
    """The outcome of starting a Machine.

    Attributes:
        previous_state: The state the Machine was in before the start.
        migrated: Whether the Machine moved to another host to start.
        new_host: The new host when it migrated, else empty.
    """

    previous_state: str
    migrated: bool | _m.Unset = _m.UNSET
    new_host: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class MachineWaitResult(_m.Model):
    """Returned once the Machine reached a requested state.

    Attributes:
        state: The state that was reached.
        version: The Machine version (instance id) that reached it.
        event_id: Id of the event that completed the wait.
    """

    ok: bool
    state: str
    version: str | _m.Unset = _m.UNSET
    event_id: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class ExecResult(_m.Model):
    """The output of a command run inside a Machine.

    Attributes:
        exit_code: The command's exit code.
        exit_signal: The signal number that ended the command, if any.
        stdout: Captured standard output.
        stderr: Captured standard error.
    """

    exit_code: int | _m.Unset = _m.UNSET
    exit_signal: int | _m.Unset = _m.UNSET
    stdout: str | _m.Unset = _m.UNSET
    stderr: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class AppSecret(_m.Model):
    """An app secret. Values are only returned when explicitly requested.

    Attributes:
        name: Secret name, exposed to Machines as an environment variable.
        digest: Digest of the value; compare digests to detect changes without reading values.
        created_at: RFC 3339 creation time.
        updated_at: RFC 3339 time of the last change.
        value: The plain value; only present with `show_secrets = true`.
    """

    name: str
    digest: str
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    value: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class SecretsUpdate(_m.Model):
    """The app's secrets after a bulk update.

    Attributes:
        secrets: Every secret of the app after the update.
        version: New secrets version; pass it as `min_secrets_version` when updating Machines.
    """

    secrets: list[AppSecret]
    version: int
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class SecretDeleteResult(_m.Model):
    """The app's secrets version after removing a secret.

    Attributes:
        version: New secrets version.
    """

    version: int
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Volume(_m.Model):
    """A persistent volume, a slice of NVMe disk on one host that one Machine can mount.

    Attributes:
        id: Volume id (`vol_...`).
        name: Volume name; several volumes may share one.
        state: State, e.g. `created`, `hydrating`, `pending_destroy` or `destroyed`.
        size_gb: Size in gigabytes.
        region: Region code, e.g. `fra`.
        zone: Hardware zone within the region; a Machine must run in it to mount the volume.
        encrypted: Whether the volume is encrypted at rest.
        attached_machine_id: The Machine that mounts it, or null.
        attached_alloc_id: The Machine version that mounts it, or null.
        created_at: RFC 3339 creation time.
        fstype: File system, e.g. `ext4`.
        auto_backup_enabled: Whether daily snapshots are taken.
        snapshot_retention: Days snapshots are kept.
        host_status: Health of the volume's host. One of: `ok`, `unknown`, `unreachable`.
        type: Volume kind. One of: `local`, `cache`.
        bytes_total: Capacity in bytes (omitted in summary listings).
        bytes_used: Bytes in use (omitted in summary listings).
    """

    id: str
    name: str
    state: str
    size_gb: int
    region: str
    zone: str | _m.Unset = _m.UNSET
    encrypted: bool | _m.Unset = _m.UNSET
    attached_machine_id: str | None | _m.Unset = _m.UNSET
    attached_alloc_id: str | None | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    fstype: str | _m.Unset = _m.UNSET
    auto_backup_enabled: bool | _m.Unset = _m.UNSET
    snapshot_retention: int | _m.Unset = _m.UNSET
    host_status: str | _m.Unset = _m.UNSET
    type: str | _m.Unset = _m.UNSET
    bytes_total: int | _m.Unset = _m.UNSET
    bytes_used: int | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class SecretsRollout(_m.Model):
    """The app's secrets after `set_secrets`, and the Machines restarted to pick them up.

    Attributes:
        secrets: Every secret of the app after the update.
        version: New secrets version.
        restarted: Ids of the Machines restarted (empty unless `restart_machines` was set).
    """

    secrets: list[AppSecret]
    version: int
    restarted: list[str]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class SecretUnset(_m.Model):
    """The outcome of removing one secret.

    Attributes:
        secret_name: The secret removed.
        result: The secrets version after removing it.
    """

    secret_name: str
    result: SecretDeleteResult
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class SecretsUnsetResult(_m.Model):
    """What `unset_secrets` removed, one entry per name, and the Machines restarted.

    Attributes:
        results: One entry per removed secret, in the order given.
        restarted: Ids of the Machines restarted (empty unless `restart_machines` was set).
    """

    results: list[SecretUnset]
    restarted: list[str]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class ScaleResult(_m.Model):
    """What a scaling operation changed.

    Attributes:
        app_name: The scaled app.
        count: Number of Machines the app has now.
        created: Ids of the Machines created.
        destroyed: Ids of the Machines destroyed.
    """

    app_name: str
    count: int
    created: list[str]
    destroyed: list[str]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


_m.define(
    AppOrganization,
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("slug", "slug", _m.string, required=True),
    _m.FieldSpec("internal_numeric_id", "internal_numeric_id", _m.integer),
)

_m.define(
    App,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("status", "status", _m.string),
    _m.FieldSpec("organization", "organization", AppOrganization.from_dict),
    _m.FieldSpec("machine_count", "machine_count", _m.integer),
    _m.FieldSpec("volume_count", "volume_count", _m.integer),
    _m.FieldSpec("network", "network", _m.string),
    _m.FieldSpec("internal_numeric_id", "internal_numeric_id", _m.integer),
)

_m.define(
    ImageRef,
    _m.FieldSpec("registry", "registry", _m.string),
    _m.FieldSpec("repository", "repository", _m.string),
    _m.FieldSpec("tag", "tag", _m.string),
    _m.FieldSpec("digest", "digest", _m.string),
    _m.FieldSpec("labels", "labels", _m.json_object),
)

_m.define(
    MachineEvent,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("type", "type", _m.string),
    _m.FieldSpec("status", "status", _m.string),
    _m.FieldSpec("source", "source", _m.string),
    _m.FieldSpec("timestamp", "timestamp", _m.integer),
    _m.FieldSpec("request", "request", _m.json_object),
)

_m.define(
    CheckStatus,
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("status", "status", _m.string),
    _m.FieldSpec("output", "output", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
)

_m.define(
    Machine,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("state", "state", _m.string, required=True),
    _m.FieldSpec("region", "region", _m.string, required=True),
    _m.FieldSpec("instance_id", "instance_id", _m.string),
    _m.FieldSpec("private_ip", "private_ip", _m.string),
    _m.FieldSpec("config", "config", _m.json_object),
    _m.FieldSpec("incomplete_config", "incomplete_config", _m.nullable(_m.json_object)),
    _m.FieldSpec("image_ref", "image_ref", ImageRef.from_dict),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
    _m.FieldSpec("events", "events", _m.list_of(MachineEvent.from_dict)),
    _m.FieldSpec("checks", "checks", _m.list_of(CheckStatus.from_dict)),
    _m.FieldSpec("host_status", "host_status", _m.string),
    _m.FieldSpec("nonce", "nonce", _m.string),
)

_m.define(MachineOk, _m.FieldSpec("ok", "ok", _m.boolean, required=True))

_m.define(
    MachineStartResult,
    _m.FieldSpec("previous_state", "previous_state", _m.string, required=True),
    _m.FieldSpec("migrated", "migrated", _m.boolean),
    _m.FieldSpec("new_host", "new_host", _m.string),
)

_m.define(
    MachineWaitResult,
    _m.FieldSpec("ok", "ok", _m.boolean, required=True),
    _m.FieldSpec("state", "state", _m.string, required=True),
    _m.FieldSpec("version", "version", _m.string),
    _m.FieldSpec("event_id", "event_id", _m.string),
)

_m.define(
    ExecResult,
    _m.FieldSpec("exit_code", "exit_code", _m.integer),
    _m.FieldSpec("exit_signal", "exit_signal", _m.integer),
    _m.FieldSpec("stdout", "stdout", _m.string),
    _m.FieldSpec("stderr", "stderr", _m.string),
)

_m.define(
    AppSecret,
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("digest", "digest", _m.string, required=True),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("updated_at", "updated_at", _m.string),
    _m.FieldSpec("value", "value", _m.string),
)

_m.define(
    SecretsUpdate,
    _m.FieldSpec("secrets", "secrets", _m.list_of(AppSecret.from_dict), required=True),
    _m.FieldSpec("version", "version", _m.integer, required=True),
)

_m.define(SecretDeleteResult, _m.FieldSpec("version", "version", _m.integer, required=True))

_m.define(
    Volume,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("state", "state", _m.string, required=True),
    _m.FieldSpec("size_gb", "size_gb", _m.integer, required=True),
    _m.FieldSpec("region", "region", _m.string, required=True),
    _m.FieldSpec("zone", "zone", _m.string),
    _m.FieldSpec("encrypted", "encrypted", _m.boolean),
    _m.FieldSpec("attached_machine_id", "attached_machine_id", _m.nullable(_m.string)),
    _m.FieldSpec("attached_alloc_id", "attached_alloc_id", _m.nullable(_m.string)),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("fstype", "fstype", _m.string),
    _m.FieldSpec("auto_backup_enabled", "auto_backup_enabled", _m.boolean),
    _m.FieldSpec("snapshot_retention", "snapshot_retention", _m.integer),
    _m.FieldSpec("host_status", "host_status", _m.string),
    _m.FieldSpec("type", "type", _m.string),
    _m.FieldSpec("bytes_total", "bytes_total", _m.integer),
    _m.FieldSpec("bytes_used", "bytes_used", _m.integer),
)

_m.define(
    SecretsRollout,
    _m.FieldSpec("secrets", "secrets", _m.list_of(AppSecret.from_dict), required=True),
    _m.FieldSpec("version", "version", _m.integer, required=True),
    _m.FieldSpec("restarted", "restarted", _m.list_of(_m.string), required=True),
)

_m.define(
    SecretUnset,
    _m.FieldSpec("secret_name", "secret_name", _m.string, required=True),
    _m.FieldSpec("result", "result", SecretDeleteResult.from_dict, required=True),
)

_m.define(
    SecretsUnsetResult,
    _m.FieldSpec("results", "results", _m.list_of(SecretUnset.from_dict), required=True),
    _m.FieldSpec("restarted", "restarted", _m.list_of(_m.string), required=True),
)

_m.define(
    ScaleResult,
    _m.FieldSpec("app_name", "app_name", _m.string, required=True),
    _m.FieldSpec("count", "count", _m.integer, required=True),
    _m.FieldSpec("created", "created", _m.list_of(_m.string), required=True),
    _m.FieldSpec("destroyed", "destroyed", _m.list_of(_m.string), required=True),
)
