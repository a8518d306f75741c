# generated from specs/render.yaml; do not edit
"""Render models: frozen attrs classes with lossless `from_dict`/`to_dict`.

Fields the spec does not list are kept in `additional_properties`; enum-like
fields are plain strings, so a value added by the provider never fails.
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from generator.runtime import model as _m


@_attrs.frozen(kw_only=True)
class ServiceDetails(_m.Model):
    """Settings that depend on the service type. Web, private and worker
    services share most fields; static sites have `publish_path`, cron jobs
    have `schedule`. Fields a type does not have are absent.


    Attributes:
        url: Public URL (web services and static sites).
        region: One of: `frankfurt`, `oregon`, `ohio`, `singapore`, `virginia`.
        plan: Instance type. One of: `starter`, `starter_plus`, `standard`, `standard_plus`, `pro`, `pro_plus`, `pro_max`, `pro_ultra`, `free`, `custom`.
        runtime: One of: `docker`, `elixir`, `go`, `node`, `python`, `ruby`, `rust`, `image`.
        build_command: Build command of a static site.
        publish_path: Directory a static site serves.
        schedule: Cron expression of a cron job.
        build_plan: One of: `starter`, `performance`.
        env_specific_details: Build and start commands (native runtimes) or Docker settings.
    """

    url: str | _m.Unset = _m.UNSET
    region: str | _m.Unset = _m.UNSET
    plan: str | _m.Unset = _m.UNSET
    runtime: str | _m.Unset = _m.UNSET
    num_instances: int | _m.Unset = _m.UNSET
    health_check_path: str | _m.Unset = _m.UNSET
    build_command: str | _m.Unset = _m.UNSET
    publish_path: str | _m.Unset = _m.UNSET
    schedule: str | _m.Unset = _m.UNSET
    last_successful_run_at: str | _m.Unset = _m.UNSET
    build_plan: str | _m.Unset = _m.UNSET
    env_specific_details: dict[str, Any] | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Service(_m.Model):
    """A Render service.

    Attributes:
        id: Service id, `srv-…`.
        owner_id: Workspace the service belongs to.
        type: One of: `static_site`, `web_service`, `private_service`, `background_worker`, `cron_job`.
        repo: Git repository URL.
        image_path: Docker image of an image-backed service.
        auto_deploy: One of: `yes`, `no`.
        suspended: One of: `suspended`, `not_suspended`.
        suspenders: Why the service is suspended (`user`, `billing`, …); empty when it runs. One of: `admin`, `billing`, `user`, `parent_service`, `stuck_crashlooping`, `hipaa_enablement`, `unknown`.
        notify_on_fail: One of: `default`, `notify`, `ignore`.
    """

    id: str
    name: str
    owner_id: str
    type: str
    slug: str
    repo: str | _m.Unset = _m.UNSET
    branch: str | _m.Unset = _m.UNSET
    root_dir: str
    image_path: str | _m.Unset = _m.UNSET
    auto_deploy: str
    suspended: str
    suspenders: list[str]
    notify_on_fail: str
    environment_id: str | _m.Unset = _m.UNSET
    dashboard_url: str
    service_details: ServiceDetails
    created_at: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class ServiceAndDeploy(_m.Model):
    """A newly created service and its first deploy.

    Attributes:
        deploy_id: Id (`dep-…`) of the first deploy.
    """

    service: Service | _m.Unset = _m.UNSET
    deploy_id: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class DeployCommit(_m.Model):
    """The Git commit a deploy built.

    Attributes:
        id: Commit SHA.
    """

    id: str | _m.Unset = _m.UNSET
    message: str | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class DeployImage(_m.Model):
    """The image an image-backed deploy pulled.

    Attributes:
        ref: Image reference as given.
        sha: Digest the reference resolved to.
    """

    ref: str | _m.Unset = _m.UNSET
    sha: str | _m.Unset = _m.UNSET
    registry_credential: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Deploy(_m.Model):
    """One build-and-release of a service.

    Attributes:
        id: Deploy id, `dep-…`.
        status: One of: `created`, `queued`, `build_in_progress`, `update_in_progress`, `live`, `deactivated`, `build_failed`, `update_failed`, `canceled`, `pre_deploy_in_progress`, `pre_deploy_failed`.
        trigger: One of: `api`, `blueprint_sync`, `deploy_hook`, `deployed_by_render`, `manual`, `other`, `new_commit`, `rollback`, `service_resumed`, `service_updated`.
        commit: Absent for image-backed deploys.
        image: Absent for Git-backed deploys.
    """

    id: str
    status: str | _m.Unset = _m.UNSET
    trigger: str | _m.Unset = _m.UNSET
    commit: DeployCommit | _m.Unset = _m.UNSET
    image: DeployImage | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    updated_at: str | _m.Unset = _m.UNSET
    started_at: str | _m.Unset = _m.UNSET
    finished_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Job(_m.Model):
    """A one-off command run with a service's build and environment.

    Attributes:
        id: Job id, `job-…`.
        status: One of: `pending`, `running`, `succeeded`, `failed`, `canceled`.
    """

    id: str
    service_id: str
    start_command: str
    plan_id: str
    status: str | _m.Unset = _m.UNSET
    created_at: str
    started_at: str | _m.Unset = _m.UNSET
    finished_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class User(_m.Model):
    """The person the API key belongs to."""

    email: str
    name: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class EnvVarInput(_m.Model):
    """An environment variable for a new service; give `value` or set `generate_value`.

    Attributes:
        generate_value: Let Render generate a random value.
    """

    key: str
    value: str | _m.Unset = _m.UNSET
    generate_value: bool | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


_m.define(
    ServiceDetails,
    _m.FieldSpec("url", "url", _m.string),
    _m.FieldSpec("region", "region", _m.string),
    _m.FieldSpec("plan", "plan", _m.string),
    _m.FieldSpec("runtime", "runtime", _m.string),
    _m.FieldSpec("num_instances", "numInstances", _m.integer),
    _m.FieldSpec("health_check_path", "healthCheckPath", _m.string),
    _m.FieldSpec("build_command", "buildCommand", _m.string),
    _m.FieldSpec("publish_path", "publishPath", _m.string),
    _m.FieldSpec("schedule", "schedule", _m.string),
    _m.FieldSpec("last_successful_run_at", "lastSuccessfulRunAt", _m.string),
    _m.FieldSpec("build_plan", "buildPlan", _m.string),
    _m.FieldSpec("env_specific_details", "envSpecificDetails", _m.json_object),
)

_m.define(
    Service,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("owner_id", "ownerId", _m.string, required=True),
    _m.FieldSpec("type", "type", _m.string, required=True),
    _m.FieldSpec("slug", "slug", _m.string, required=True),
    _m.FieldSpec("repo", "repo", _m.string),
    _m.FieldSpec("branch", "branch", _m.string),
    _m.FieldSpec("root_dir", "rootDir", _m.string, required=True),
    _m.FieldSpec("image_path", "imagePath", _m.string),
    _m.FieldSpec("auto_deploy", "autoDeploy", _m.string, required=True),
    _m.FieldSpec("suspended", "suspended", _m.string, required=True),
    _m.FieldSpec("suspenders", "suspenders", _m.list_of(_m.string), required=True),
    _m.FieldSpec("notify_on_fail", "notifyOnFail", _m.string, required=True),
    _m.FieldSpec("environment_id", "environmentId", _m.string),
    _m.FieldSpec("dashboard_url", "dashboardUrl", _m.string, required=True),
    _m.FieldSpec("service_details", "serviceDetails", ServiceDetails.from_dict, required=True),
    _m.FieldSpec("created_at", "createdAt", _m.string, required=True),
    _m.FieldSpec("updated_at", "updatedAt", _m.string, required=True),
)

_m.define(
    ServiceAndDeploy,
    _m.FieldSpec("service", "service", Service.from_dict),
    _m.FieldSpec("deploy_id", "deployId", _m.string),
)

_m.define(
    DeployCommit,
    _m.FieldSpec("id", "id", _m.string),
    _m.FieldSpec("message", "message", _m.string),
    _m.FieldSpec("created_at", "createdAt", _m.string),
)

_m.define(
    DeployImage,
    _m.FieldSpec("ref", "ref", _m.string),
    _m.FieldSpec("sha", "sha", _m.string),
    _m.FieldSpec("registry_credential", "registryCredential", _m.string),
)

_m.define(
    Deploy,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("status", "status", _m.string),
    _m.FieldSpec("trigger", "trigger", _m.string),
    _m.FieldSpec("commit", "commit", DeployCommit.from_dict),
    _m.FieldSpec("image", "image", DeployImage.from_dict),
    _m.FieldSpec("created_at", "createdAt", _m.string),
    _m.FieldSpec("updated_at", "updatedAt", _m.string),
    _m.FieldSpec("started_at", "startedAt", _m.string),
    _m.FieldSpec("finished_at", "finishedAt", _m.string),
)

_m.define(
    Job,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("service_id", "serviceId", _m.string, required=True),
    _m.FieldSpec("start_command", "startCommand", _m.string, required=True),
    _m.FieldSpec("plan_id", "planId", _m.string, required=True),
    _m.FieldSpec("status", "status", _m.string),
    _m.FieldSpec("created_at", "createdAt", _m.string, required=True),
    _m.FieldSpec("started_at", "startedAt", _m.string),
    _m.FieldSpec("finished_at", "finishedAt", _m.string),
)

_m.define(
    User,
    _m.FieldSpec("email", "email", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
)

_m.define(
    EnvVarInput,
    _m.FieldSpec("key", "key", _m.string, required=True),
    _m.FieldSpec("value", "value", _m.string),
    _m.FieldSpec("generate_value", "generateValue", _m.boolean),
)
