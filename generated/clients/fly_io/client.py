# generated from specs/fly-io.yaml; do not edit
"""Fly.io clients. Every method is one tool of the spec."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Unpack

import httpx

from generator.runtime import model as _m
from generator.runtime.client import AsyncClient, SyncClient, Timeout
from generator.runtime.options import CallOptions
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy

from .models import (
    App,
    AppSecret,
    ExecResult,
    Machine,
    MachineOk,
    MachineStartResult,
    MachineWaitResult,
    ScaleResult,
    SecretDeleteResult,
    SecretsRollout,
    SecretsUnsetResult,
    SecretsUpdate,
    Volume,
)
from .tools import PROVIDER, TOOLS


class FlyIo(SyncClient):
    """Client of the Fly.io API.

    Manage Fly.io apps, Machines, volumes and secrets through the Machines API.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Fly.io API token (a macaroon starting with `fm2_`), sent as `Authorization: FlyV1 <token>`. Create one with `fly tokens create org` (or `fly tokens create deploy` for a single app). The CLI prints it as `FlyV1 fm2_...`; store it with or without that prefix, it is sent once. (`FLY_API_TOKEN`)
        org_slug: Organization used when a tool's `org_slug` is omitted, for example by `list_apps` and `create_app`. `personal` names your personal organization. (`FLY_ORG_SLUG`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        org_slug: str | None = None,
        account: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self._setup(
            {
                "api_token": api_token,
                "org_slug": org_slug,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    def list_apps(
        self,
        *,
        org_slug: str | _m.Unset = _m.UNSET,
        app_role: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[App]:
        """List the apps of an organization.

        Lists every app in one organization with its status and Machine and
        volume counts. Fly has no \"all my apps\" call: the organization defaults
        to the account's `org_slug` (`personal` unless configured).

        Args:
            org_slug: Organization slug, or `personal`. Defaults to the account's `org_slug` credential.
            app_role: Only list apps with this role.
        """
        return self._call(
            "list_apps",
            {
                "org_slug": org_slug,
                "app_role": app_role,
            },
            _m.list_of(App.from_dict),
            options,
        )

    def get_app(
        self,
        *,
        app_name: str,
        **options: Unpack[CallOptions],
    ) -> App:
        """Get one app by name.

        Returns the app's status, organization and Machine count. An app name
        that exists in an organization your token cannot see answers 403, not 404.

        Args:
            app_name: The app name.
        """
        return self._call(
            "get_app",
            {
                "app_name": app_name,
            },
            App.from_dict,
            options,
        )

    def create_app(
        self,
        *,
        app_name: str,
        org_slug: str | _m.Unset = _m.UNSET,
        network: str | _m.Unset = _m.UNSET,
        enable_subdomains: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Create an app.

        Creates an empty app; add Machines with `create_machine`. Fly answers
        `201 Created` without a body, so this returns nothing: read the new app
        with `get_app`. A name that is already taken fails with 422.

        Args:
            app_name: Name for the new app; globally unique, lowercase letters, digits and dashes.
            org_slug: Organization to create it in. Defaults to the account's `org_slug` credential.
            network: Private network (6PN) to join; apps on the same network reach each other. Omit for the organization's default.
            enable_subdomains: Turn on Fly's subdomains option for the app's Machines.
        """
        self._call(
            "create_app",
            {
                "app_name": app_name,
                "org_slug": org_slug,
                "network": network,
                "enable_subdomains": enable_subdomains,
            },
            _m.nothing,
            options,
        )

    def list_machines(
        self,
        *,
        app_name: str,
        include_deleted: bool | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        state: str | _m.Unset = _m.UNSET,
        summary: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[Machine]:
        """List the Machines of an app.

        Args:
            app_name: The app name.
            include_deleted: Also list destroyed Machines.
            region: Only Machines in this region, e.g. `fra`.
            state: Comma-separated states to keep: `created`, `started`, `stopped`, `suspended`.
            summary: Leave out `config`, `checks`, `events`, `host_status` and `nonce` for a smaller answer.
        """
        return self._call(
            "list_machines",
            {
                "app_name": app_name,
                "include_deleted": include_deleted,
                "region": region,
                "state": state,
                "summary": summary,
            },
            _m.list_of(Machine.from_dict),
            options,
        )

    def get_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Get one Machine with its configuration, events and checks.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
        """
        return self._call(
            "get_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
            },
            Machine.from_dict,
            options,
        )

    def create_machine(
        self,
        *,
        app_name: str,
        config: dict[str, Any],
        name: str | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        skip_launch: bool | _m.Unset = _m.UNSET,
        skip_service_registration: bool | _m.Unset = _m.UNSET,
        skip_secrets: bool | _m.Unset = _m.UNSET,
        lease_ttl: int | _m.Unset = _m.UNSET,
        min_secrets_version: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Create and start a Machine in an app.

        Creates a Machine from a full configuration and, unless `skip_launch` is
        set, starts it. `config.image` is required. To attach a volume, add it
        to `config.mounts` (`{ volume = \"vol_...\", path = \"/data\" }`), in the
        volume's region. To make the Fly proxy stop or suspend an idle Machine,
        set `autostop` (`off`, `stop` or `suspend`) and `autostart` on the
        entries of `config.services`. Agents should prefer `launch_machine`,
        which copies the app's configuration and takes the volume and auto-stop
        mode as small parameters.

        Args:
            app_name: The app name.
            config: The Machine configuration: `image` (required), `env`, `guest`, `services`, `mounts`, `restart`, `auto_destroy`, `checks`, `metadata`, ...
            name: Machine name, unique within the app; Fly generates one when omitted.
            region: Region to launch in, e.g. `fra`; Fly picks one near you when omitted.
            skip_launch: Create the Machine without starting it.
            skip_service_registration: Do not register the Machine's services with the Fly proxy.
            skip_secrets: Start without the app's secrets in the environment.
            lease_ttl: Take a lease on the new Machine for this many seconds; the lease nonce is returned in `nonce`.
            min_secrets_version: Fail unless the app's secrets are at least at this version.
        """
        return self._call(
            "create_machine",
            {
                "app_name": app_name,
                "config": config,
                "name": name,
                "region": region,
                "skip_launch": skip_launch,
                "skip_service_registration": skip_service_registration,
                "skip_secrets": skip_secrets,
                "lease_ttl": lease_ttl,
                "min_secrets_version": min_secrets_version,
            },
            Machine.from_dict,
            options,
        )

    def update_machine_config(
        self,
        *,
        app_name: str,
        machine_id: str,
        config: dict[str, Any],
        current_version: str | _m.Unset = _m.UNSET,
        skip_launch: bool | _m.Unset = _m.UNSET,
        skip_service_registration: bool | _m.Unset = _m.UNSET,
        skip_secrets: bool | _m.Unset = _m.UNSET,
        lease_ttl: int | _m.Unset = _m.UNSET,
        min_secrets_version: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Replace a Machine's configuration.

        Replaces the **whole** configuration and restarts the Machine with it;
        Fly does not accept partial updates, and a field left out is reset.
        Read the current configuration with `get_machine`, change what you
        need (for example `env`, `guest.cpus`, `guest.memory_mb` or
        `services[].autostop`) and send it back. The name and region cannot
        change. Agents should prefer `update_machine`, which does this
        read-change-write with a version guard for `env`, CPUs, memory and the
        auto-stop mode.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            config: The complete new configuration, as returned in `Machine.config`.
            current_version: Only update if the Machine is still at this version (its `instance_id`); guards against concurrent changes.
            skip_launch: Apply the configuration without starting the Machine.
            skip_service_registration: Do not register the Machine's services with the Fly proxy.
            skip_secrets: Restart without the app's secrets in the environment.
            lease_ttl: Take a lease for this many seconds.
            min_secrets_version: Fail unless the app's secrets are at least at this version: pass the `version` from `set_secrets` to roll new secrets out.
        """
        return self._call(
            "update_machine_config",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "config": config,
                "current_version": current_version,
                "skip_launch": skip_launch,
                "skip_service_registration": skip_service_registration,
                "skip_secrets": skip_secrets,
                "lease_ttl": lease_ttl,
                "min_secrets_version": min_secrets_version,
            },
            Machine.from_dict,
            options,
        )

    def launch_machine(
        self,
        *,
        app_name: str,
        name: str | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        image: str | _m.Unset = _m.UNSET,
        volume_id: str | _m.Unset = _m.UNSET,
        volume_path: str = "/data",
        auto_stop: str | _m.Unset = _m.UNSET,
        config: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Create a Machine like the app's others, with an optional volume and auto-stop mode.

        The safe form of `create_machine` for agents: starts from the
        configuration of the app's first Machine (its image, size, services and
        environment, without its volumes), so no full configuration is needed.
        `volume_id` mounts a volume at `volume_path`; `auto_stop` sets how the
        Fly proxy treats an idle Machine on every service: `suspend` (wakes in
        about a second, memory kept), `stop` (cold start) or `off` (always
        running). An app without Machines needs `config` (at least `image`).
        Use `create_machine` to send a whole configuration yourself.

        Args:
            app_name: The app name.
            name: Machine name, unique within the app; Fly generates one when omitted.
            region: Region to launch in, e.g. `fra`; must be the volume's region when `volume_id` is given.
            image: Container image to run instead of the copied one. Sets `config.image` of `create_machine`.
            volume_id: Volume to mount (`vol_...`), in the Machine's region. Sets `config.mounts[0].volume` of `create_machine`.
            volume_path: Where the volume is mounted. Sets `config.mounts[0].path` of `create_machine`. Only with `volume_id`.
            auto_stop: What the Fly proxy does with an idle Machine: `suspend`, `stop` or `off` (keep running). The configuration must have services. Sets `config.services[*].autostop` of `create_machine`. One of: `suspend`, `stop`, `off`.
            config: A whole configuration to start from instead of the first Machine's (needed when the app has no Machine).
        """
        return self._hook(
            "launch_machine",
            {
                "app_name": app_name,
                "name": name,
                "region": region,
                "image": image,
                "volume_id": volume_id,
                "volume_path": volume_path,
                "auto_stop": auto_stop,
                "config": config,
            },
            Machine.from_dict,
            options,
        )

    def update_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        env: dict[str, Any] | _m.Unset = _m.UNSET,
        cpus: int | _m.Unset = _m.UNSET,
        memory_mb: int | _m.Unset = _m.UNSET,
        auto_stop: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Change a Machine's environment, CPUs, memory or auto-stop mode, keeping the rest.

        The safe form of `update_machine_config` for agents: reads the
        Machine's current configuration, changes only the given settings and
        sends it back with the version it read (`current_version`), so a
        change made by someone else in between fails with an error instead of
        being overwritten. `env` is merged into the existing variables (to
        remove one, use `update_machine_config`). The Machine restarts with
        the new configuration.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            env: Environment variables to set or change, e.g. `{ LOG_LEVEL = \"info\" }`. Merged into `config.env` of `update_machine_config`.
            cpus: Number of CPUs. Sets `config.guest.cpus` of `update_machine_config`. One of: `1`, `2`, `4`, `8`, `16`.
            memory_mb: Memory in megabytes, a multiple of 256 (e.g. 512, 1024). Sets `config.guest.memory_mb` of `update_machine_config`.
            auto_stop: What the Fly proxy does with an idle Machine: `suspend`, `stop` or `off` (keep running). Sets `config.services[*].autostop` of `update_machine_config`. One of: `suspend`, `stop`, `off`.
        """
        return self._hook(
            "update_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "env": env,
                "cpus": cpus,
                "memory_mb": memory_mb,
                "auto_stop": auto_stop,
            },
            Machine.from_dict,
            options,
        )

    def delete_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        force: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Destroy a Machine permanently.

        Destroys the Machine; this cannot be undone. A running Machine is only
        destroyed with `force = true` (otherwise stop it first). Attached
        volumes are kept and become free to mount elsewhere.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            force: Kill the Machine if it is running.
        """
        return self._call(
            "delete_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "force": force,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    def start_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        **options: Unpack[CallOptions],
    ) -> MachineStartResult | None:
        """Start a stopped or suspended Machine.

        Starts the Machine and returns at once; use `wait_for_machine` with
        `state = \"started\"` to wait until it runs. A suspended Machine resumes
        from its saved memory.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
        """
        return self._call(
            "start_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
            },
            _m.nullable(MachineStartResult.from_dict),
            options,
        )

    def stop_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        signal: str | _m.Unset = _m.UNSET,
        stop_timeout: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Stop a running Machine.

        Sends the stop signal and, after the timeout, kills the Machine. The
        Machine keeps its configuration and volumes and can be started again;
        by default its root file system is rebuilt from the image on the next
        start.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            signal: Signal sent first (default: the Machine's `stop_config`, else `SIGINT`). One of: `SIGHUP`, `SIGINT`, `SIGQUIT`, `SIGKILL`, `SIGUSR1`, `SIGUSR2`, `SIGTERM`.
            stop_timeout: How long to wait for the process to exit before killing it, as a Go duration such as `\"30s\"`.
        """
        return self._call(
            "stop_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "signal": signal,
                "stop_timeout": stop_timeout,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    def restart_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        signal: str | _m.Unset = _m.UNSET,
        stop_timeout: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Restart a Machine in place.

        Stops the Machine's process and starts it again on the same host, keeping its configuration.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            signal: Signal used to stop the process. One of: `SIGHUP`, `SIGINT`, `SIGQUIT`, `SIGKILL`, `SIGUSR1`, `SIGUSR2`, `SIGTERM`.
            stop_timeout: How long to wait for the process to exit, as a Go duration (`\"10s\"`) or a number of seconds.
        """
        return self._call(
            "restart_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "signal": signal,
                "stop_timeout": stop_timeout,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    def suspend_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Suspend a running Machine, saving its memory for a fast resume.

        Snapshots the Machine's memory and stops it; `start_machine` resumes it
        much faster than a cold start. Fly refuses Machines it cannot suspend
        (for example large-memory or GPU Machines).

        Args:
            app_name: The app name.
            machine_id: The Machine id.
        """
        return self._call(
            "suspend_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    def wait_for_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        state: str | _m.Unset = _m.UNSET,
        timeout_seconds: int = 60,
        version: str | _m.Unset = _m.UNSET,
        from_event_id: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineWaitResult:
        """Wait until a Machine reaches a state.

        Blocks until the Machine reaches the state, or fails with 408 after the
        timeout. Pass `version` (the Machine's `instance_id` after an update) to
        wait for that version specifically.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            state: State to wait for; `settled` means any state that is not a transition. Fly waits for `started` when omitted. One of: `started`, `stopped`, `suspended`, `destroyed`, `failed`, `settled`.
            timeout_seconds: Seconds to wait at most.
            version: Wait for this Machine version (26-character `instance_id`).
            from_event_id: Only consider events after this event id.
        """
        return self._call(
            "wait_for_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "state": state,
                "timeout_seconds": timeout_seconds,
                "version": version,
                "from_event_id": from_event_id,
            },
            MachineWaitResult.from_dict,
            options,
        )

    def exec_command(
        self,
        *,
        app_name: str,
        machine_id: str,
        command: Sequence[str],
        timeout_seconds: int | _m.Unset = _m.UNSET,
        stdin: str | _m.Unset = _m.UNSET,
        container: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ExecResult:
        """Run a command inside a running Machine.

        Runs the command (an argument list, not a shell string) in the
        Machine's main container and returns its output and exit code. Wrap
        shell syntax explicitly: `{ \"sh\", \"-c\", \"ls /data | wc -l\" }`.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            command: The program and its arguments, e.g. `{ \"ls\", \"-la\", \"/data\" }`.
            timeout_seconds: Seconds the command may run before it is killed.
            stdin: Text passed to the command's standard input.
            container: Container to run in, for Machines with several containers.
        """
        return self._call(
            "exec_command",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "command": command,
                "timeout_seconds": timeout_seconds,
                "stdin": stdin,
                "container": container,
            },
            ExecResult.from_dict,
            options,
        )

    def scale_machines(
        self,
        *,
        app_name: str,
        count: int,
        region: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ScaleResult:
        """Scale an app without volumes to a number of Machines.

        Clones an existing Machine's configuration to add Machines, or destroys
        Machines to remove them, until the app has `count`. For apps whose
        Machines mount volumes use `scale_with_volumes`. Composite: runs
        several Machines API calls.

        Args:
            app_name: The app name.
            count: Number of Machines the app should have.
            region: Region for new Machines; defaults to the region of the Machine that is cloned.
        """
        return self._hook(
            "scale_machines",
            {
                "app_name": app_name,
                "count": count,
                "region": region,
            },
            ScaleResult.from_dict,
            options,
        )

    def scale_with_volumes(
        self,
        *,
        app_name: str,
        count: int,
        region: str | _m.Unset = _m.UNSET,
        volume_size_gb: int = 1,
        **options: Unpack[CallOptions],
    ) -> ScaleResult:
        """Scale an app whose Machines mount volumes, creating a volume per new Machine.

        Like `scale_machines`, but each new Machine gets its own new volume of
        `volume_size_gb`, created in the same region and mounted like the
        cloned Machine's. Volumes of destroyed Machines are kept (delete them
        with `delete_volume`). Composite: runs several Machines API calls.

        Args:
            app_name: The app name.
            count: Number of Machines the app should have.
            region: Region for new Machines and volumes; defaults to the region of the Machine that is cloned.
            volume_size_gb: Size of each new volume in gigabytes.
        """
        return self._hook(
            "scale_with_volumes",
            {
                "app_name": app_name,
                "count": count,
                "region": region,
                "volume_size_gb": volume_size_gb,
            },
            ScaleResult.from_dict,
            options,
        )

    def list_secrets(
        self,
        *,
        app_name: str,
        show_secrets: bool | _m.Unset = _m.UNSET,
        min_version: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[AppSecret]:
        """List an app's secrets (names and digests).

        Args:
            app_name: The app name.
            show_secrets: Include the plain values. Avoid unless the values are really needed.
            min_version: Wait for at least this secrets version (the `version` returned by `set_secrets`).
        """
        return self._call(
            "list_secrets",
            {
                "app_name": app_name,
                "show_secrets": show_secrets,
                "min_version": min_version,
            },
            _m.list_of(AppSecret.from_dict),
            options,
        )

    def set_secrets(
        self,
        *,
        app_name: str,
        secrets: dict[str, Any],
        restart_machines: bool = False,
        **options: Unpack[CallOptions],
    ) -> SecretsRollout:
        """Set one or more app secrets, and optionally restart the app's Machines.

        Creates or overwrites the given secrets in one call. Running Machines
        keep their old environment until they restart: with
        `restart_machines = true` every started Machine of the app is restarted
        after the secrets are saved, and `restarted` lists them.

        Args:
            app_name: The app name.
            secrets: Secret names and their string values, e.g. `{ DATABASE_URL = \"postgres://...\" }`.
            restart_machines: Restart the app's started Machines afterwards so they see the new values.
        """
        return self._hook(
            "set_secrets",
            {
                "app_name": app_name,
                "secrets": secrets,
                "restart_machines": restart_machines,
            },
            SecretsRollout.from_dict,
            options,
        )

    def update_secrets(
        self,
        *,
        app_name: str,
        secrets: dict[str, Any],
        **options: Unpack[CallOptions],
    ) -> SecretsUpdate:
        """Set one or more app secrets (one API call, no restart).

        The raw bulk update behind `set_secrets`: creates or overwrites the
        given secrets. Running Machines keep their old environment: roll the
        change out with `restart_machine` or `update_machine_config` (pass the
        returned `version` as `min_secrets_version`).

        Args:
            app_name: The app name.
            secrets: Secret names and their string values, e.g. `{ DATABASE_URL = \"postgres://...\" }`.
        """
        return self._call(
            "update_secrets",
            {
                "app_name": app_name,
                "secrets": secrets,
            },
            SecretsUpdate.from_dict,
            options,
        )

    def unset_secrets(
        self,
        *,
        app_name: str,
        secret_names: Sequence[str],
        restart_machines: bool = False,
        **options: Unpack[CallOptions],
    ) -> SecretsUnsetResult:
        """Remove several secrets from an app, and optionally restart its Machines.

        Removes each named secret (one API call per name, in order) and
        reports each. With `restart_machines = true` every started Machine of
        the app is restarted afterwards so the values disappear from their
        environment. A failure stops at that name with an error; the names
        before it are removed.

        Args:
            app_name: The app name.
            secret_names: Names of the secrets to remove.
            restart_machines: Restart the app's started Machines afterwards.
        """
        return self._hook(
            "unset_secrets",
            {
                "app_name": app_name,
                "secret_names": secret_names,
                "restart_machines": restart_machines,
            },
            SecretsUnsetResult.from_dict,
            options,
        )

    def unset_secret(
        self,
        *,
        app_name: str,
        secret_name: str,
        **options: Unpack[CallOptions],
    ) -> SecretDeleteResult:
        """Remove one secret from an app.

        The raw per-name removal behind `unset_secrets`. Running Machines keep
        the old value until they are restarted or updated.

        Args:
            app_name: The app name.
            secret_name: Name of the secret to remove.
        """
        return self._call(
            "unset_secret",
            {
                "app_name": app_name,
                "secret_name": secret_name,
            },
            SecretDeleteResult.from_dict,
            options,
        )

    def list_volumes(
        self,
        *,
        app_name: str,
        summary: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[Volume]:
        """List an app's volumes.

        Args:
            app_name: The app name.
            summary: Leave out block and byte usage for a smaller answer.
        """
        return self._call(
            "list_volumes",
            {
                "app_name": app_name,
                "summary": summary,
            },
            _m.list_of(Volume.from_dict),
            options,
        )

    def create_volume(
        self,
        *,
        app_name: str,
        name: str,
        region: str,
        size_gb: int = 1,
        encrypted: bool | _m.Unset = _m.UNSET,
        require_unique_zone: bool | _m.Unset = _m.UNSET,
        snapshot_id: str | _m.Unset = _m.UNSET,
        source_volume_id: str | _m.Unset = _m.UNSET,
        snapshot_retention: int | _m.Unset = _m.UNSET,
        auto_backup_enabled: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Volume:
        """Create a volume in a region.

        Creates a volume that a Machine in the same region (and zone) can mount
        through `config.mounts`. A volume belongs to one host: create one per
        Machine. With `snapshot_id` or `source_volume_id` the new volume starts
        from that data.

        Args:
            app_name: The app name.
            name: Volume name (letters, digits and underscores), e.g. `data`.
            region: Region code; must match the Machine that will mount it.
            size_gb: Size in gigabytes.
            encrypted: Encrypt at rest (Fly's default is encrypted).
            require_unique_zone: Place it in a zone with no other volume of the same name, so Machines land on different hosts.
            snapshot_id: Restore the data of this snapshot.
            source_volume_id: Fork this existing volume.
            snapshot_retention: Days to keep daily snapshots.
            auto_backup_enabled: Take daily snapshots (Fly's default is on).
        """
        return self._call(
            "create_volume",
            {
                "app_name": app_name,
                "name": name,
                "region": region,
                "size_gb": size_gb,
                "encrypted": encrypted,
                "require_unique_zone": require_unique_zone,
                "snapshot_id": snapshot_id,
                "source_volume_id": source_volume_id,
                "snapshot_retention": snapshot_retention,
                "auto_backup_enabled": auto_backup_enabled,
            },
            Volume.from_dict,
            options,
        )

    def delete_volume(
        self,
        *,
        app_name: str,
        volume_id: str,
        **options: Unpack[CallOptions],
    ) -> Volume:
        """Destroy a volume and its data.

        Destroys the volume and all data on it; this cannot be undone. A volume
        still mounted by a Machine cannot be deleted: destroy the Machine first.
        Returns the volume in its new state.

        Args:
            app_name: The app name.
            volume_id: The volume id (`vol_...`).
        """
        return self._call(
            "delete_volume",
            {
                "app_name": app_name,
                "volume_id": volume_id,
            },
            Volume.from_dict,
            options,
        )


class AsyncFlyIo(AsyncClient):
    """Async client of the Fly.io API.

    Manage Fly.io apps, Machines, volumes and secrets through the Machines API.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Fly.io API token (a macaroon starting with `fm2_`), sent as `Authorization: FlyV1 <token>`. Create one with `fly tokens create org` (or `fly tokens create deploy` for a single app). The CLI prints it as `FlyV1 fm2_...`; store it with or without that prefix, it is sent once. (`FLY_API_TOKEN`)
        org_slug: Organization used when a tool's `org_slug` is omitted, for example by `list_apps` and `create_app`. `personal` names your personal organization. (`FLY_ORG_SLUG`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        org_slug: str | None = None,
        account: str | None = None,
        base_url: str | None = None,
        timeout: Timeout = DEFAULT_TIMEOUT,
        retry: RetryPolicy | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self._setup(
            {
                "api_token": api_token,
                "org_slug": org_slug,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    async def list_apps(
        self,
        *,
        org_slug: str | _m.Unset = _m.UNSET,
        app_role: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[App]:
        """List the apps of an organization.

        Lists every app in one organization with its status and Machine and
        volume counts. Fly has no \"all my apps\" call: the organization defaults
        to the account's `org_slug` (`personal` unless configured).

        Args:
            org_slug: Organization slug, or `personal`. Defaults to the account's `org_slug` credential.
            app_role: Only list apps with this role.
        """
        return await self._call(
            "list_apps",
            {
                "org_slug": org_slug,
                "app_role": app_role,
            },
            _m.list_of(App.from_dict),
            options,
        )

    async def get_app(
        self,
        *,
        app_name: str,
        **options: Unpack[CallOptions],
    ) -> App:
        """Get one app by name.

        Returns the app's status, organization and Machine count. An app name
        that exists in an organization your token cannot see answers 403, not 404.

        Args:
            app_name: The app name.
        """
        return await self._call(
            "get_app",
            {
                "app_name": app_name,
            },
            App.from_dict,
            options,
        )

    async def create_app(
        self,
        *,
        app_name: str,
        org_slug: str | _m.Unset = _m.UNSET,
        network: str | _m.Unset = _m.UNSET,
        enable_subdomains: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> None:
        """Create an app.

        Creates an empty app; add Machines with `create_machine`. Fly answers
        `201 Created` without a body, so this returns nothing: read the new app
        with `get_app`. A name that is already taken fails with 422.

        Args:
            app_name: Name for the new app; globally unique, lowercase letters, digits and dashes.
            org_slug: Organization to create it in. Defaults to the account's `org_slug` credential.
            network: Private network (6PN) to join; apps on the same network reach each other. Omit for the organization's default.
            enable_subdomains: Turn on Fly's subdomains option for the app's Machines.
        """
        await self._call(
            "create_app",
            {
                "app_name": app_name,
                "org_slug": org_slug,
                "network": network,
                "enable_subdomains": enable_subdomains,
            },
            _m.nothing,
            options,
        )

    async def list_machines(
        self,
        *,
        app_name: str,
        include_deleted: bool | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        state: str | _m.Unset = _m.UNSET,
        summary: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[Machine]:
        """List the Machines of an app.

        Args:
            app_name: The app name.
            include_deleted: Also list destroyed Machines.
            region: Only Machines in this region, e.g. `fra`.
            state: Comma-separated states to keep: `created`, `started`, `stopped`, `suspended`.
            summary: Leave out `config`, `checks`, `events`, `host_status` and `nonce` for a smaller answer.
        """
        return await self._call(
            "list_machines",
            {
                "app_name": app_name,
                "include_deleted": include_deleted,
                "region": region,
                "state": state,
                "summary": summary,
            },
            _m.list_of(Machine.from_dict),
            options,
        )

    async def get_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Get one Machine with its configuration, events and checks.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
        """
        return await self._call(
            "get_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
            },
            Machine.from_dict,
            options,
        )

    async def create_machine(
        self,
        *,
        app_name: str,
        config: dict[str, Any],
        name: str | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        skip_launch: bool | _m.Unset = _m.UNSET,
        skip_service_registration: bool | _m.Unset = _m.UNSET,
        skip_secrets: bool | _m.Unset = _m.UNSET,
        lease_ttl: int | _m.Unset = _m.UNSET,
        min_secrets_version: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Create and start a Machine in an app.

        Creates a Machine from a full configuration and, unless `skip_launch` is
        set, starts it. `config.image` is required. To attach a volume, add it
        to `config.mounts` (`{ volume = \"vol_...\", path = \"/data\" }`), in the
        volume's region. To make the Fly proxy stop or suspend an idle Machine,
        set `autostop` (`off`, `stop` or `suspend`) and `autostart` on the
        entries of `config.services`. Agents should prefer `launch_machine`,
        which copies the app's configuration and takes the volume and auto-stop
        mode as small parameters.

        Args:
            app_name: The app name.
            config: The Machine configuration: `image` (required), `env`, `guest`, `services`, `mounts`, `restart`, `auto_destroy`, `checks`, `metadata`, ...
            name: Machine name, unique within the app; Fly generates one when omitted.
            region: Region to launch in, e.g. `fra`; Fly picks one near you when omitted.
            skip_launch: Create the Machine without starting it.
            skip_service_registration: Do not register the Machine's services with the Fly proxy.
            skip_secrets: Start without the app's secrets in the environment.
            lease_ttl: Take a lease on the new Machine for this many seconds; the lease nonce is returned in `nonce`.
            min_secrets_version: Fail unless the app's secrets are at least at this version.
        """
        return await self._call(
            "create_machine",
            {
                "app_name": app_name,
                "config": config,
                "name": name,
                "region": region,
                "skip_launch": skip_launch,
                "skip_service_registration": skip_service_registration,
                "skip_secrets": skip_secrets,
                "lease_ttl": lease_ttl,
                "min_secrets_version": min_secrets_version,
            },
            Machine.from_dict,
            options,
        )

    async def update_machine_config(
        self,
        *,
        app_name: str,
        machine_id: str,
        config: dict[str, Any],
        current_version: str | _m.Unset = _m.UNSET,
        skip_launch: bool | _m.Unset = _m.UNSET,
        skip_service_registration: bool | _m.Unset = _m.UNSET,
        skip_secrets: bool | _m.Unset = _m.UNSET,
        lease_ttl: int | _m.Unset = _m.UNSET,
        min_secrets_version: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Replace a Machine's configuration.

        Replaces the **whole** configuration and restarts the Machine with it;
        Fly does not accept partial updates, and a field left out is reset.
        Read the current configuration with `get_machine`, change what you
        need (for example `env`, `guest.cpus`, `guest.memory_mb` or
        `services[].autostop`) and send it back. The name and region cannot
        change. Agents should prefer `update_machine`, which does this
        read-change-write with a version guard for `env`, CPUs, memory and the
        auto-stop mode.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            config: The complete new configuration, as returned in `Machine.config`.
            current_version: Only update if the Machine is still at this version (its `instance_id`); guards against concurrent changes.
            skip_launch: Apply the configuration without starting the Machine.
            skip_service_registration: Do not register the Machine's services with the Fly proxy.
            skip_secrets: Restart without the app's secrets in the environment.
            lease_ttl: Take a lease for this many seconds.
            min_secrets_version: Fail unless the app's secrets are at least at this version: pass the `version` from `set_secrets` to roll new secrets out.
        """
        return await self._call(
            "update_machine_config",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "config": config,
                "current_version": current_version,
                "skip_launch": skip_launch,
                "skip_service_registration": skip_service_registration,
                "skip_secrets": skip_secrets,
                "lease_ttl": lease_ttl,
                "min_secrets_version": min_secrets_version,
            },
            Machine.from_dict,
            options,
        )

    async def launch_machine(
        self,
        *,
        app_name: str,
        name: str | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        image: str | _m.Unset = _m.UNSET,
        volume_id: str | _m.Unset = _m.UNSET,
        volume_path: str = "/data",
        auto_stop: str | _m.Unset = _m.UNSET,
        config: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Create a Machine like the app's others, with an optional volume and auto-stop mode.

        The safe form of `create_machine` for agents: starts from the
        configuration of the app's first Machine (its image, size, services and
        environment, without its volumes), so no full configuration is needed.
        `volume_id` mounts a volume at `volume_path`; `auto_stop` sets how the
        Fly proxy treats an idle Machine on every service: `suspend` (wakes in
        about a second, memory kept), `stop` (cold start) or `off` (always
        running). An app without Machines needs `config` (at least `image`).
        Use `create_machine` to send a whole configuration yourself.

        Args:
            app_name: The app name.
            name: Machine name, unique within the app; Fly generates one when omitted.
            region: Region to launch in, e.g. `fra`; must be the volume's region when `volume_id` is given.
            image: Container image to run instead of the copied one. Sets `config.image` of `create_machine`.
            volume_id: Volume to mount (`vol_...`), in the Machine's region. Sets `config.mounts[0].volume` of `create_machine`.
            volume_path: Where the volume is mounted. Sets `config.mounts[0].path` of `create_machine`. Only with `volume_id`.
            auto_stop: What the Fly proxy does with an idle Machine: `suspend`, `stop` or `off` (keep running). The configuration must have services. Sets `config.services[*].autostop` of `create_machine`. One of: `suspend`, `stop`, `off`.
            config: A whole configuration to start from instead of the first Machine's (needed when the app has no Machine).
        """
        return await self._hook(
            "launch_machine",
            {
                "app_name": app_name,
                "name": name,
                "region": region,
                "image": image,
                "volume_id": volume_id,
                "volume_path": volume_path,
                "auto_stop": auto_stop,
                "config": config,
            },
            Machine.from_dict,
            options,
        )

    async def update_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        env: dict[str, Any] | _m.Unset = _m.UNSET,
        cpus: int | _m.Unset = _m.UNSET,
        memory_mb: int | _m.Unset = _m.UNSET,
        auto_stop: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Machine:
        """Change a Machine's environment, CPUs, memory or auto-stop mode, keeping the rest.

        The safe form of `update_machine_config` for agents: reads the
        Machine's current configuration, changes only the given settings and
        sends it back with the version it read (`current_version`), so a
        change made by someone else in between fails with an error instead of
        being overwritten. `env` is merged into the existing variables (to
        remove one, use `update_machine_config`). The Machine restarts with
        the new configuration.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            env: Environment variables to set or change, e.g. `{ LOG_LEVEL = \"info\" }`. Merged into `config.env` of `update_machine_config`.
            cpus: Number of CPUs. Sets `config.guest.cpus` of `update_machine_config`. One of: `1`, `2`, `4`, `8`, `16`.
            memory_mb: Memory in megabytes, a multiple of 256 (e.g. 512, 1024). Sets `config.guest.memory_mb` of `update_machine_config`.
            auto_stop: What the Fly proxy does with an idle Machine: `suspend`, `stop` or `off` (keep running). Sets `config.services[*].autostop` of `update_machine_config`. One of: `suspend`, `stop`, `off`.
        """
        return await self._hook(
            "update_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "env": env,
                "cpus": cpus,
                "memory_mb": memory_mb,
                "auto_stop": auto_stop,
            },
            Machine.from_dict,
            options,
        )

    async def delete_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        force: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Destroy a Machine permanently.

        Destroys the Machine; this cannot be undone. A running Machine is only
        destroyed with `force = true` (otherwise stop it first). Attached
        volumes are kept and become free to mount elsewhere.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            force: Kill the Machine if it is running.
        """
        return await self._call(
            "delete_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "force": force,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    async def start_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        **options: Unpack[CallOptions],
    ) -> MachineStartResult | None:
        """Start a stopped or suspended Machine.

        Starts the Machine and returns at once; use `wait_for_machine` with
        `state = \"started\"` to wait until it runs. A suspended Machine resumes
        from its saved memory.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
        """
        return await self._call(
            "start_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
            },
            _m.nullable(MachineStartResult.from_dict),
            options,
        )

    async def stop_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        signal: str | _m.Unset = _m.UNSET,
        stop_timeout: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Stop a running Machine.

        Sends the stop signal and, after the timeout, kills the Machine. The
        Machine keeps its configuration and volumes and can be started again;
        by default its root file system is rebuilt from the image on the next
        start.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            signal: Signal sent first (default: the Machine's `stop_config`, else `SIGINT`). One of: `SIGHUP`, `SIGINT`, `SIGQUIT`, `SIGKILL`, `SIGUSR1`, `SIGUSR2`, `SIGTERM`.
            stop_timeout: How long to wait for the process to exit before killing it, as a Go duration such as `\"30s\"`.
        """
        return await self._call(
            "stop_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "signal": signal,
                "stop_timeout": stop_timeout,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    async def restart_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        signal: str | _m.Unset = _m.UNSET,
        stop_timeout: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Restart a Machine in place.

        Stops the Machine's process and starts it again on the same host, keeping its configuration.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            signal: Signal used to stop the process. One of: `SIGHUP`, `SIGINT`, `SIGQUIT`, `SIGKILL`, `SIGUSR1`, `SIGUSR2`, `SIGTERM`.
            stop_timeout: How long to wait for the process to exit, as a Go duration (`\"10s\"`) or a number of seconds.
        """
        return await self._call(
            "restart_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "signal": signal,
                "stop_timeout": stop_timeout,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    async def suspend_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        **options: Unpack[CallOptions],
    ) -> MachineOk | None:
        """Suspend a running Machine, saving its memory for a fast resume.

        Snapshots the Machine's memory and stops it; `start_machine` resumes it
        much faster than a cold start. Fly refuses Machines it cannot suspend
        (for example large-memory or GPU Machines).

        Args:
            app_name: The app name.
            machine_id: The Machine id.
        """
        return await self._call(
            "suspend_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
            },
            _m.nullable(MachineOk.from_dict),
            options,
        )

    async def wait_for_machine(
        self,
        *,
        app_name: str,
        machine_id: str,
        state: str | _m.Unset = _m.UNSET,
        timeout_seconds: int = 60,
        version: str | _m.Unset = _m.UNSET,
        from_event_id: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> MachineWaitResult:
        """Wait until a Machine reaches a state.

        Blocks until the Machine reaches the state, or fails with 408 after the
        timeout. Pass `version` (the Machine's `instance_id` after an update) to
        wait for that version specifically.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            state: State to wait for; `settled` means any state that is not a transition. Fly waits for `started` when omitted. One of: `started`, `stopped`, `suspended`, `destroyed`, `failed`, `settled`.
            timeout_seconds: Seconds to wait at most.
            version: Wait for this Machine version (26-character `instance_id`).
            from_event_id: Only consider events after this event id.
        """
        return await self._call(
            "wait_for_machine",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "state": state,
                "timeout_seconds": timeout_seconds,
                "version": version,
                "from_event_id": from_event_id,
            },
            MachineWaitResult.from_dict,
            options,
        )

    async def exec_command(
        self,
        *,
        app_name: str,
        machine_id: str,
        command: Sequence[str],
        timeout_seconds: int | _m.Unset = _m.UNSET,
        stdin: str | _m.Unset = _m.UNSET,
        container: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ExecResult:
        """Run a command inside a running Machine.

        Runs the command (an argument list, not a shell string) in the
        Machine's main container and returns its output and exit code. Wrap
        shell syntax explicitly: `{ \"sh\", \"-c\", \"ls /data | wc -l\" }`.

        Args:
            app_name: The app name.
            machine_id: The Machine id.
            command: The program and its arguments, e.g. `{ \"ls\", \"-la\", \"/data\" }`.
            timeout_seconds: Seconds the command may run before it is killed.
            stdin: Text passed to the command's standard input.
            container: Container to run in, for Machines with several containers.
        """
        return await self._call(
            "exec_command",
            {
                "app_name": app_name,
                "machine_id": machine_id,
                "command": command,
                "timeout_seconds": timeout_seconds,
                "stdin": stdin,
                "container": container,
            },
            ExecResult.from_dict,
            options,
        )

    async def scale_machines(
        self,
        *,
        app_name: str,
        count: int,
        region: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ScaleResult:
        """Scale an app without volumes to a number of Machines.

        Clones an existing Machine's configuration to add Machines, or destroys
        Machines to remove them, until the app has `count`. For apps whose
        Machines mount volumes use `scale_with_volumes`. Composite: runs
        several Machines API calls.

        Args:
            app_name: The app name.
            count: Number of Machines the app should have.
            region: Region for new Machines; defaults to the region of the Machine that is cloned.
        """
        return await self._hook(
            "scale_machines",
            {
                "app_name": app_name,
                "count": count,
                "region": region,
            },
            ScaleResult.from_dict,
            options,
        )

    async def scale_with_volumes(
        self,
        *,
        app_name: str,
        count: int,
        region: str | _m.Unset = _m.UNSET,
        volume_size_gb: int = 1,
        **options: Unpack[CallOptions],
    ) -> ScaleResult:
        """Scale an app whose Machines mount volumes, creating a volume per new Machine.

        Like `scale_machines`, but each new Machine gets its own new volume of
        `volume_size_gb`, created in the same region and mounted like the
        cloned Machine's. Volumes of destroyed Machines are kept (delete them
        with `delete_volume`). Composite: runs several Machines API calls.

        Args:
            app_name: The app name.
            count: Number of Machines the app should have.
            region: Region for new Machines and volumes; defaults to the region of the Machine that is cloned.
            volume_size_gb: Size of each new volume in gigabytes.
        """
        return await self._hook(
            "scale_with_volumes",
            {
                "app_name": app_name,
                "count": count,
                "region": region,
                "volume_size_gb": volume_size_gb,
            },
            ScaleResult.from_dict,
            options,
        )

    async def list_secrets(
        self,
        *,
        app_name: str,
        show_secrets: bool | _m.Unset = _m.UNSET,
        min_version: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[AppSecret]:
        """List an app's secrets (names and digests).

        Args:
            app_name: The app name.
            show_secrets: Include the plain values. Avoid unless the values are really needed.
            min_version: Wait for at least this secrets version (the `version` returned by `set_secrets`).
        """
        return await self._call(
            "list_secrets",
            {
                "app_name": app_name,
                "show_secrets": show_secrets,
                "min_version": min_version,
            },
            _m.list_of(AppSecret.from_dict),
            options,
        )

    async def set_secrets(
        self,
        *,
        app_name: str,
        secrets: dict[str, Any],
        restart_machines: bool = False,
        **options: Unpack[CallOptions],
    ) -> SecretsRollout:
        """Set one or more app secrets, and optionally restart the app's Machines.

        Creates or overwrites the given secrets in one call. Running Machines
        keep their old environment until they restart: with
        `restart_machines = true` every started Machine of the app is restarted
        after the secrets are saved, and `restarted` lists them.

        Args:
            app_name: The app name.
            secrets: Secret names and their string values, e.g. `{ DATABASE_URL = \"postgres://...\" }`.
            restart_machines: Restart the app's started Machines afterwards so they see the new values.
        """
        return await self._hook(
            "set_secrets",
            {
                "app_name": app_name,
                "secrets": secrets,
                "restart_machines": restart_machines,
            },
            SecretsRollout.from_dict,
            options,
        )

    async def update_secrets(
        self,
        *,
        app_name: str,
        secrets: dict[str, Any],
        **options: Unpack[CallOptions],
    ) -> SecretsUpdate:
        """Set one or more app secrets (one API call, no restart).

        The raw bulk update behind `set_secrets`: creates or overwrites the
        given secrets. Running Machines keep their old environment: roll the
        change out with `restart_machine` or `update_machine_config` (pass the
        returned `version` as `min_secrets_version`).

        Args:
            app_name: The app name.
            secrets: Secret names and their string values, e.g. `{ DATABASE_URL = \"postgres://...\" }`.
        """
        return await self._call(
            "update_secrets",
            {
                "app_name": app_name,
                "secrets": secrets,
            },
            SecretsUpdate.from_dict,
            options,
        )

    async def unset_secrets(
        self,
        *,
        app_name: str,
        secret_names: Sequence[str],
        restart_machines: bool = False,
        **options: Unpack[CallOptions],
    ) -> SecretsUnsetResult:
        """Remove several secrets from an app, and optionally restart its Machines.

        Removes each named secret (one API call per name, in order) and
        reports each. With `restart_machines = true` every started Machine of
        the app is restarted afterwards so the values disappear from their
        environment. A failure stops at that name with an error; the names
        before it are removed.

        Args:
            app_name: The app name.
            secret_names: Names of the secrets to remove.
            restart_machines: Restart the app's started Machines afterwards.
        """
        return await self._hook(
            "unset_secrets",
            {
                "app_name": app_name,
                "secret_names": secret_names,
                "restart_machines": restart_machines,
            },
            SecretsUnsetResult.from_dict,
            options,
        )

    async def unset_secret(
        self,
        *,
        app_name: str,
        secret_name: str,
        **options: Unpack[CallOptions],
    ) -> SecretDeleteResult:
        """Remove one secret from an app.

        The raw per-name removal behind `unset_secrets`. Running Machines keep
        the old value until they are restarted or updated.

        Args:
            app_name: The app name.
            secret_name: Name of the secret to remove.
        """
        return await self._call(
            "unset_secret",
            {
                "app_name": app_name,
                "secret_name": secret_name,
            },
            SecretDeleteResult.from_dict,
            options,
        )

    async def list_volumes(
        self,
        *,
        app_name: str,
        summary: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> list[Volume]:
        """List an app's volumes.

        Args:
            app_name: The app name.
            summary: Leave out block and byte usage for a smaller answer.
        """
        return await self._call(
            "list_volumes",
            {
                "app_name": app_name,
                "summary": summary,
            },
            _m.list_of(Volume.from_dict),
            options,
        )

    async def create_volume(
        self,
        *,
        app_name: str,
        name: str,
        region: str,
        size_gb: int = 1,
        encrypted: bool | _m.Unset = _m.UNSET,
        require_unique_zone: bool | _m.Unset = _m.UNSET,
        snapshot_id: str | _m.Unset = _m.UNSET,
        source_volume_id: str | _m.Unset = _m.UNSET,
        snapshot_retention: int | _m.Unset = _m.UNSET,
        auto_backup_enabled: bool | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Volume:
        """Create a volume in a region.

        Creates a volume that a Machine in the same region (and zone) can mount
        through `config.mounts`. A volume belongs to one host: create one per
        Machine. With `snapshot_id` or `source_volume_id` the new volume starts
        from that data.

        Args:
            app_name: The app name.
            name: Volume name (letters, digits and underscores), e.g. `data`.
            region: Region code; must match the Machine that will mount it.
            size_gb: Size in gigabytes.
            encrypted: Encrypt at rest (Fly's default is encrypted).
            require_unique_zone: Place it in a zone with no other volume of the same name, so Machines land on different hosts.
            snapshot_id: Restore the data of this snapshot.
            source_volume_id: Fork this existing volume.
            snapshot_retention: Days to keep daily snapshots.
            auto_backup_enabled: Take daily snapshots (Fly's default is on).
        """
        return await self._call(
            "create_volume",
            {
                "app_name": app_name,
                "name": name,
                "region": region,
                "size_gb": size_gb,
                "encrypted": encrypted,
                "require_unique_zone": require_unique_zone,
                "snapshot_id": snapshot_id,
                "source_volume_id": source_volume_id,
                "snapshot_retention": snapshot_retention,
                "auto_backup_enabled": auto_backup_enabled,
            },
            Volume.from_dict,
            options,
        )

    async def delete_volume(
        self,
        *,
        app_name: str,
        volume_id: str,
        **options: Unpack[CallOptions],
    ) -> Volume:
        """Destroy a volume and its data.

        Destroys the volume and all data on it; this cannot be undone. A volume
        still mounted by a Machine cannot be deleted: destroy the Machine first.
        Returns the volume in its new state.

        Args:
            app_name: The app name.
            volume_id: The volume id (`vol_...`).
        """
        return await self._call(
            "delete_volume",
            {
                "app_name": app_name,
                "volume_id": volume_id,
            },
            Volume.from_dict,
            options,
        )
