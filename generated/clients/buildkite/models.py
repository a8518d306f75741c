# generated from specs/buildkite.yaml; do not edit
"""Buildkite models: frozen attrs classes with lossless `from_dict`/`to_dict`.

Fields the spec does not list are kept in `additional_properties`; enum-like
fields are plain strings, so a value added by the provider never fails.
"""

from __future__ import annotations

from typing import Any

import attrs as _attrs

from generator.runtime import model as _m


@_attrs.frozen(kw_only=True)
class User(_m.Model):
    """A Buildkite user account.

    Attributes:
        id: UUID of the user.
        graphql_id: ID of the user in the GraphQL API.
        avatar_url: Gravatar image URL.
        created_at: ISO 8601 time the account was created.
    """

    id: str
    graphql_id: str | _m.Unset = _m.UNSET
    name: str
    email: str
    avatar_url: str | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Organization(_m.Model):
    """An organization that owns pipelines, agents and teams.

    Attributes:
        id: UUID of the organization.
        url: API URL of the organization.
        web_url: Dashboard URL of the organization.
        slug: Identifier used in API paths (`acme-inc`).
        pipelines_url: API URL of the organization's pipelines.
        agents_url: API URL of the organization's agents.
        emojis_url: API URL of the organization's custom emojis.
        created_at: ISO 8601 creation time.
    """

    id: str
    graphql_id: str | _m.Unset = _m.UNSET
    url: str
    web_url: str
    name: str
    slug: str
    pipelines_url: str | _m.Unset = _m.UNSET
    agents_url: str | _m.Unset = _m.UNSET
    emojis_url: str | _m.Unset = _m.UNSET
    created_at: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class PipelineProvider(_m.Model):
    """The source control provider a pipeline builds from.

    Attributes:
        id: Provider kind: `github`, `gitlab`, `bitbucket`, `git` and others.
        webhook_url: Webhook address; an empty string unless the token has `write_pipelines` and the user may edit the pipeline.
        settings: Provider-specific build settings.
    """

    id: str
    webhook_url: str | _m.Unset = _m.UNSET
    settings: dict[str, Any] | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Pipeline(_m.Model):
    """A pipeline: a repository plus the steps Buildkite runs for it. Builds embed a shorter copy of this object.

    Attributes:
        id: UUID of the pipeline.
        url: API URL of the pipeline.
        web_url: Dashboard URL of the pipeline.
        slug: Identifier used in API paths (`deploy`).
        repository: Repository URL.
        cluster_id: UUID of the cluster whose agents run the builds.
        default_branch: Branch offered by default for new builds.
        branch_configuration: Branch filter pattern limiting which pushes build (`main feature/*`).
        skip_queued_branch_builds: A new build on a branch skips that branch's queued builds.
        skip_queued_branch_builds_filter: Branches the skipping applies to.
        cancel_running_branch_builds: A new build on a branch cancels that branch's running builds.
        cancel_running_branch_builds_filter: Branches the canceling applies to.
        allow_rebuilds: Whether `rebuild_build` is allowed.
        builds_url: API URL of the pipeline's builds.
        badge_url: URL of the build status badge image.
        created_at: Creation time: ISO 8601, or `2013-09-03 13:24:38 UTC` for older pipelines.
        archived_at: Set while the pipeline is archived.
        visibility: One of: `private`, `public`.
        configuration: YAML steps of a YAML pipeline.
        steps: Steps of a visual-step pipeline.
        scheduled_builds_count: Builds waiting to start.
        waiting_jobs_count: Jobs waiting for an agent.
    """

    id: str
    graphql_id: str | _m.Unset = _m.UNSET
    url: str
    web_url: str | _m.Unset = _m.UNSET
    name: str
    slug: str
    description: str | None | _m.Unset = _m.UNSET
    repository: str
    cluster_id: str | None | _m.Unset = _m.UNSET
    default_branch: str | None | _m.Unset = _m.UNSET
    branch_configuration: str | None | _m.Unset = _m.UNSET
    provider: PipelineProvider | _m.Unset = _m.UNSET
    skip_queued_branch_builds: bool | _m.Unset = _m.UNSET
    skip_queued_branch_builds_filter: str | None | _m.Unset = _m.UNSET
    cancel_running_branch_builds: bool | _m.Unset = _m.UNSET
    cancel_running_branch_builds_filter: str | None | _m.Unset = _m.UNSET
    allow_rebuilds: bool | _m.Unset = _m.UNSET
    builds_url: str | _m.Unset = _m.UNSET
    badge_url: str | _m.Unset = _m.UNSET
    created_by: User | None | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    archived_at: str | None | _m.Unset = _m.UNSET
    visibility: str | _m.Unset = _m.UNSET
    configuration: str | _m.Unset = _m.UNSET
    steps: list[dict[str, Any]] | _m.Unset = _m.UNSET
    env: dict[str, Any] | None | _m.Unset = _m.UNSET
    tags: list[str] | None | _m.Unset = _m.UNSET
    scheduled_builds_count: int | _m.Unset = _m.UNSET
    running_builds_count: int | _m.Unset = _m.UNSET
    scheduled_jobs_count: int | _m.Unset = _m.UNSET
    running_jobs_count: int | _m.Unset = _m.UNSET
    waiting_jobs_count: int | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class BuildRef(_m.Model):
    """A short reference to another build."""

    id: str
    number: int
    url: str | _m.Unset = _m.UNSET
    web_url: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Agent(_m.Model):
    """The agent that ran a job."""

    id: str
    name: str | _m.Unset = _m.UNSET
    url: str | _m.Unset = _m.UNSET
    web_url: str | _m.Unset = _m.UNSET
    hostname: str | _m.Unset = _m.UNSET
    connection_state: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Job(_m.Model):
    """One unit of work in a build. Waiter and block jobs carry only a few of these fields.

    Attributes:
        id: UUID of the job: the `job_id` of the log and environment tools.
        type: One of: `script`, `waiter`, `manual`, `trigger`.
        name: Step label; absent for waiter jobs.
        step_key: `key` of the step in the pipeline YAML.
        group_key: `key` of the group step the job belongs to.
        state: One of: `pending`, `waiting`, `waiting_failed`, `blocked`, `blocked_failed`, `unblocked`, `unblocked_failed`, `scheduled`, `assigned`, `accepted`, `running`, `passed`, `failed`, `timed_out`, `timing_out`, `canceled`, `canceling`, `skipped`, `broken`, `expired`, `limited`.
        web_url: Dashboard URL of the job.
        log_url: API URL of the log (see `get_job_log`).
        raw_log_url: API URL of the log as plain text.
        command: Command of a script job.
        soft_failed: Failed without failing the build.
        exit_status: Exit code of the command once finished.
        signal: Signal that ended the process (`SIGTERM`).
        signal_reason: Why it was signalled: `cancel`, `agent_stop`, ...
        artifact_paths: Glob patterns of uploaded artifacts.
        agent_query_rules: Agent tags the job targets (`queue=default`).
        agent: The agent running or that ran the job; `null` before one is assigned.
        retried: A newer job replaced this one.
        retried_in_job_id: UUID of the job that replaced this one.
        retry_type: `manual` or `automatic`.
        is_async: Trigger jobs only; the triggered build runs without waiting.
        triggered_build: Trigger jobs only.
    """

    id: str
    graphql_id: str | _m.Unset = _m.UNSET
    type: str
    name: str | None | _m.Unset = _m.UNSET
    step_key: str | None | _m.Unset = _m.UNSET
    group_key: str | None | _m.Unset = _m.UNSET
    state: str
    web_url: str | _m.Unset = _m.UNSET
    log_url: str | _m.Unset = _m.UNSET
    raw_log_url: str | _m.Unset = _m.UNSET
    command: str | None | _m.Unset = _m.UNSET
    soft_failed: bool | _m.Unset = _m.UNSET
    exit_status: int | None | _m.Unset = _m.UNSET
    signal: str | None | _m.Unset = _m.UNSET
    signal_reason: str | None | _m.Unset = _m.UNSET
    artifact_paths: str | None | _m.Unset = _m.UNSET
    agent_query_rules: list[str] | _m.Unset = _m.UNSET
    agent: Agent | None | _m.Unset = _m.UNSET
    created_at: str | _m.Unset = _m.UNSET
    scheduled_at: str | None | _m.Unset = _m.UNSET
    runnable_at: str | None | _m.Unset = _m.UNSET
    started_at: str | None | _m.Unset = _m.UNSET
    finished_at: str | None | _m.Unset = _m.UNSET
    retried: bool | _m.Unset = _m.UNSET
    retried_in_job_id: str | None | _m.Unset = _m.UNSET
    retries_count: int | None | _m.Unset = _m.UNSET
    retry_type: str | None | _m.Unset = _m.UNSET
    parallel_group_index: int | None | _m.Unset = _m.UNSET
    parallel_group_total: int | None | _m.Unset = _m.UNSET
    cluster_id: str | None | _m.Unset = _m.UNSET
    cluster_queue_id: str | None | _m.Unset = _m.UNSET
    is_async: bool | _m.Unset = _m.UNSET
    triggered_build: BuildRef | None | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class JobStateCounts(_m.Model):
    """How many jobs of a build are in each state.

    Attributes:
        states: State name → job count.
    """

    total: int
    states: dict[str, Any]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class Build(_m.Model):
    """One run of a pipeline.

    Attributes:
        id: UUID of the build (not accepted in build paths).
        number: Build number within the pipeline.
        state: One of: `creating`, `scheduled`, `running`, `passed`, `failing`, `failed`, `blocked`, `canceling`, `canceled`, `skipped`, `not_run`, `waiting`, `waiting_failed`.
        blocked: Waiting on a block step; `state` keeps its last value.
        message: Commit message or the message given at creation.
        commit: Commit SHA, or the ref it was created with (`HEAD`).
        env: Environment variables given to the build.
        source: What started the build. One of: `webhook`, `api`, `ui`, `trigger_job`, `schedule`.
        creator: The user who started it; `null` for webhook builds without a matching user.
        jobs: Absent when `exclude_jobs` is set.
        job_state_counts: Sent by `get_build` only.
        meta_data: Build meta-data key/value pairs.
        pull_request: `id`, `base` and `repository` of a pull request build.
        rebuilt_from: The build this one repeats.
        pipeline: Absent when `exclude_pipeline` is set.
        retried_jobs_count: Sent by `retry_failed_jobs` only.
    """

    id: str
    graphql_id: str | _m.Unset = _m.UNSET
    url: str
    web_url: str
    number: int
    state: str
    blocked: bool
    cancel_reason: str | None | _m.Unset = _m.UNSET
    message: str | None | _m.Unset = _m.UNSET
    commit: str
    branch: str
    env: dict[str, Any] | _m.Unset = _m.UNSET
    source: str | _m.Unset = _m.UNSET
    creator: User | None | _m.Unset = _m.UNSET
    jobs: list[Job] | _m.Unset = _m.UNSET
    job_state_counts: JobStateCounts | _m.Unset = _m.UNSET
    created_at: str
    scheduled_at: str | None | _m.Unset = _m.UNSET
    started_at: str | None | _m.Unset = _m.UNSET
    failing_at: str | None | _m.Unset = _m.UNSET
    finished_at: str | None | _m.Unset = _m.UNSET
    meta_data: dict[str, Any] | _m.Unset = _m.UNSET
    pull_request: dict[str, Any] | None | _m.Unset = _m.UNSET
    merge_queue: dict[str, Any] | None | _m.Unset = _m.UNSET
    rebuilt_from: BuildRef | None | _m.Unset = _m.UNSET
    pipeline: Pipeline | _m.Unset = _m.UNSET
    retried_jobs_count: int | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class JobLog(_m.Model):
    """A job's log output.

    Attributes:
        content: Log text, with terminal escape codes.
        size: Size in bytes.
        header_times: Timestamps (ns) of the log's section headers.
    """

    url: str
    content: str
    size: int
    header_times: list[int] | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class JobEnvironment(_m.Model):
    """The environment variables a job ran with.

    Attributes:
        env: Variable name → value. May contain secrets.
    """

    env: dict[str, Any]
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class BuildAuthor(_m.Model):
    """Who the build is attributed to."""

    name: str
    email: str
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class CreateBuildPayload(_m.Model):
    """Request body of `create_build`.

    Attributes:
        commit: Ref, SHA or tag to build (`HEAD`).
        branch: Branch the commit belongs to; branch filters apply to it.
        author: Defaults to the token's user.
        env: Extra environment variables for the build.
        meta_data: Build meta-data key/value pairs.
        clean_checkout: Make agents delete the checkout and clone afresh.
    """

    commit: str
    branch: str
    message: str | _m.Unset = _m.UNSET
    author: BuildAuthor | _m.Unset = _m.UNSET
    env: dict[str, Any] | _m.Unset = _m.UNSET
    meta_data: dict[str, Any] | _m.Unset = _m.UNSET
    clean_checkout: bool | _m.Unset = _m.UNSET
    ignore_pipeline_branch_filters: bool | _m.Unset = _m.UNSET
    pull_request_id: int | _m.Unset = _m.UNSET
    pull_request_base_branch: str | _m.Unset = _m.UNSET
    pull_request_repository: str | _m.Unset = _m.UNSET
    pull_request_labels: list[str] | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class CreatePipelinePayload(_m.Model):
    """Request body of `create_pipeline`. Give `configuration` (YAML steps), or `steps` for a visual-step pipeline, unless `pipeline_template_uuid` supplies the steps.

    Attributes:
        repository: Repository URL.
        cluster_id: Cluster the pipeline runs in.
        configuration: Pipeline YAML, for example `steps:\\n - command: make test`.
        steps: Visual steps (legacy alternative to `configuration`).
        env: Visual-step pipelines only.
        slug: Defaults to a slug derived from `name`.
        visibility: One of: `private`, `public`.
        teams: Team UUID → access level (`read_only`, `build_and_read`, `manage_build_and_read`).
        default_command_step_timeout: Minutes.
        maximum_command_step_timeout: Minutes.
    """

    name: str
    repository: str
    cluster_id: str
    configuration: str | _m.Unset = _m.UNSET
    steps: list[dict[str, Any]] | _m.Unset = _m.UNSET
    env: dict[str, Any] | _m.Unset = _m.UNSET
    slug: str | _m.Unset = _m.UNSET
    description: str | _m.Unset = _m.UNSET
    default_branch: str | _m.Unset = _m.UNSET
    branch_configuration: str | _m.Unset = _m.UNSET
    emoji: str | _m.Unset = _m.UNSET
    color: str | _m.Unset = _m.UNSET
    visibility: str | _m.Unset = _m.UNSET
    tags: list[str] | _m.Unset = _m.UNSET
    teams: dict[str, Any] | _m.Unset = _m.UNSET
    provider_settings: dict[str, Any] | _m.Unset = _m.UNSET
    skip_queued_branch_builds: bool | _m.Unset = _m.UNSET
    skip_queued_branch_builds_filter: str | _m.Unset = _m.UNSET
    cancel_running_branch_builds: bool | _m.Unset = _m.UNSET
    cancel_running_branch_builds_filter: str | _m.Unset = _m.UNSET
    allow_rebuilds: bool | _m.Unset = _m.UNSET
    default_command_step_timeout: int | _m.Unset = _m.UNSET
    maximum_command_step_timeout: int | _m.Unset = _m.UNSET
    pipeline_template_uuid: str | None | _m.Unset = _m.UNSET
    clone_mirror_url: str | None | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class UpdatePipelinePayload(_m.Model):
    """Request body of `update_pipeline`; send only the fields to change. `configuration` replaces the whole YAML. For YAML pipelines `env` is ignored and `steps` is ignored when `configuration` is present.

    Attributes:
        cluster_id: `null` removes the pipeline from its cluster.
        visibility: One of: `private`, `public`.
    """

    name: str | _m.Unset = _m.UNSET
    repository: str | _m.Unset = _m.UNSET
    cluster_id: str | None | _m.Unset = _m.UNSET
    configuration: str | _m.Unset = _m.UNSET
    steps: list[dict[str, Any]] | _m.Unset = _m.UNSET
    env: dict[str, Any] | _m.Unset = _m.UNSET
    slug: str | _m.Unset = _m.UNSET
    description: str | _m.Unset = _m.UNSET
    default_branch: str | _m.Unset = _m.UNSET
    branch_configuration: str | None | _m.Unset = _m.UNSET
    emoji: str | _m.Unset = _m.UNSET
    color: str | _m.Unset = _m.UNSET
    visibility: str | _m.Unset = _m.UNSET
    tags: list[str] | _m.Unset = _m.UNSET
    provider_settings: dict[str, Any] | _m.Unset = _m.UNSET
    skip_queued_branch_builds: bool | _m.Unset = _m.UNSET
    skip_queued_branch_builds_filter: str | None | _m.Unset = _m.UNSET
    cancel_running_branch_builds: bool | _m.Unset = _m.UNSET
    cancel_running_branch_builds_filter: str | None | _m.Unset = _m.UNSET
    allow_rebuilds: bool | _m.Unset = _m.UNSET
    default_command_step_timeout: int | _m.Unset = _m.UNSET
    maximum_command_step_timeout: int | _m.Unset = _m.UNSET
    pipeline_template_uuid: str | None | _m.Unset = _m.UNSET
    clone_mirror_url: str | None | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


@_attrs.frozen(kw_only=True)
class RetryFailedJobsPayload(_m.Model):
    """Request body of `retry_failed_jobs`.

    Attributes:
        states: One comma-separated string (not a list) of the failure kinds to retry: `canceled`, `expired`, `failed`, `soft_failed`, `timed_out`, for example `\"failed,soft_failed\"`. Empty or absent: every retryable failed job.
    """

    states: str | _m.Unset = _m.UNSET
    additional_properties: dict[str, Any] = _attrs.field(factory=dict[str, Any])


_m.define(
    User,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("graphql_id", "graphql_id", _m.string),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("email", "email", _m.string, required=True),
    _m.FieldSpec("avatar_url", "avatar_url", _m.string),
    _m.FieldSpec("created_at", "created_at", _m.string),
)

_m.define(
    Organization,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("graphql_id", "graphql_id", _m.string),
    _m.FieldSpec("url", "url", _m.string, required=True),
    _m.FieldSpec("web_url", "web_url", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("slug", "slug", _m.string, required=True),
    _m.FieldSpec("pipelines_url", "pipelines_url", _m.string),
    _m.FieldSpec("agents_url", "agents_url", _m.string),
    _m.FieldSpec("emojis_url", "emojis_url", _m.string),
    _m.FieldSpec("created_at", "created_at", _m.string, required=True),
)

_m.define(
    PipelineProvider,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("webhook_url", "webhook_url", _m.string),
    _m.FieldSpec("settings", "settings", _m.json_object),
)

_m.define(
    Pipeline,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("graphql_id", "graphql_id", _m.string),
    _m.FieldSpec("url", "url", _m.string, required=True),
    _m.FieldSpec("web_url", "web_url", _m.string),
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("slug", "slug", _m.string, required=True),
    _m.FieldSpec("description", "description", _m.nullable(_m.string)),
    _m.FieldSpec("repository", "repository", _m.string, required=True),
    _m.FieldSpec("cluster_id", "cluster_id", _m.nullable(_m.string)),
    _m.FieldSpec("default_branch", "default_branch", _m.nullable(_m.string)),
    _m.FieldSpec("branch_configuration", "branch_configuration", _m.nullable(_m.string)),
    _m.FieldSpec("provider", "provider", PipelineProvider.from_dict),
    _m.FieldSpec("skip_queued_branch_builds", "skip_queued_branch_builds", _m.boolean),
    _m.FieldSpec(
        "skip_queued_branch_builds_filter",
        "skip_queued_branch_builds_filter",
        _m.nullable(_m.string),
    ),
    _m.FieldSpec("cancel_running_branch_builds", "cancel_running_branch_builds", _m.boolean),
    _m.FieldSpec(
        "cancel_running_branch_builds_filter",
        "cancel_running_branch_builds_filter",
        _m.nullable(_m.string),
    ),
    _m.FieldSpec("allow_rebuilds", "allow_rebuilds", _m.boolean),
    _m.FieldSpec("builds_url", "builds_url", _m.string),
    _m.FieldSpec("badge_url", "badge_url", _m.string),
    _m.FieldSpec("created_by", "created_by", _m.nullable(User.from_dict)),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("archived_at", "archived_at", _m.nullable(_m.string)),
    _m.FieldSpec("visibility", "visibility", _m.string),
    _m.FieldSpec("configuration", "configuration", _m.string),
    _m.FieldSpec("steps", "steps", _m.list_of(_m.json_object)),
    _m.FieldSpec("env", "env", _m.nullable(_m.json_object)),
    _m.FieldSpec("tags", "tags", _m.nullable(_m.list_of(_m.string))),
    _m.FieldSpec("scheduled_builds_count", "scheduled_builds_count", _m.integer),
    _m.FieldSpec("running_builds_count", "running_builds_count", _m.integer),
    _m.FieldSpec("scheduled_jobs_count", "scheduled_jobs_count", _m.integer),
    _m.FieldSpec("running_jobs_count", "running_jobs_count", _m.integer),
    _m.FieldSpec("waiting_jobs_count", "waiting_jobs_count", _m.integer),
)

_m.define(
    BuildRef,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("number", "number", _m.integer, required=True),
    _m.FieldSpec("url", "url", _m.string),
    _m.FieldSpec("web_url", "web_url", _m.string),
)

_m.define(
    Agent,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("url", "url", _m.string),
    _m.FieldSpec("web_url", "web_url", _m.string),
    _m.FieldSpec("hostname", "hostname", _m.string),
    _m.FieldSpec("connection_state", "connection_state", _m.string),
)

_m.define(
    Job,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("graphql_id", "graphql_id", _m.string),
    _m.FieldSpec("type", "type", _m.string, required=True),
    _m.FieldSpec("name", "name", _m.nullable(_m.string)),
    _m.FieldSpec("step_key", "step_key", _m.nullable(_m.string)),
    _m.FieldSpec("group_key", "group_key", _m.nullable(_m.string)),
    _m.FieldSpec("state", "state", _m.string, required=True),
    _m.FieldSpec("web_url", "web_url", _m.string),
    _m.FieldSpec("log_url", "log_url", _m.string),
    _m.FieldSpec("raw_log_url", "raw_log_url", _m.string),
    _m.FieldSpec("command", "command", _m.nullable(_m.string)),
    _m.FieldSpec("soft_failed", "soft_failed", _m.boolean),
    _m.FieldSpec("exit_status", "exit_status", _m.nullable(_m.integer)),
    _m.FieldSpec("signal", "signal", _m.nullable(_m.string)),
    _m.FieldSpec("signal_reason", "signal_reason", _m.nullable(_m.string)),
    _m.FieldSpec("artifact_paths", "artifact_paths", _m.nullable(_m.string)),
    _m.FieldSpec("agent_query_rules", "agent_query_rules", _m.list_of(_m.string)),
    _m.FieldSpec("agent", "agent", _m.nullable(Agent.from_dict)),
    _m.FieldSpec("created_at", "created_at", _m.string),
    _m.FieldSpec("scheduled_at", "scheduled_at", _m.nullable(_m.string)),
    _m.FieldSpec("runnable_at", "runnable_at", _m.nullable(_m.string)),
    _m.FieldSpec("started_at", "started_at", _m.nullable(_m.string)),
    _m.FieldSpec("finished_at", "finished_at", _m.nullable(_m.string)),
    _m.FieldSpec("retried", "retried", _m.boolean),
    _m.FieldSpec("retried_in_job_id", "retried_in_job_id", _m.nullable(_m.string)),
    _m.FieldSpec("retries_count", "retries_count", _m.nullable(_m.integer)),
    _m.FieldSpec("retry_type", "retry_type", _m.nullable(_m.string)),
    _m.FieldSpec("parallel_group_index", "parallel_group_index", _m.nullable(_m.integer)),
    _m.FieldSpec("parallel_group_total", "parallel_group_total", _m.nullable(_m.integer)),
    _m.FieldSpec("cluster_id", "cluster_id", _m.nullable(_m.string)),
    _m.FieldSpec("cluster_queue_id", "cluster_queue_id", _m.nullable(_m.string)),
    _m.FieldSpec("is_async", "async", _m.boolean),
    _m.FieldSpec("triggered_build", "triggered_build", _m.nullable(BuildRef.from_dict)),
)

_m.define(
    JobStateCounts,
    _m.FieldSpec("total", "total", _m.integer, required=True),
    _m.FieldSpec("states", "states", _m.json_object, required=True),
)

_m.define(
    Build,
    _m.FieldSpec("id", "id", _m.string, required=True),
    _m.FieldSpec("graphql_id", "graphql_id", _m.string),
    _m.FieldSpec("url", "url", _m.string, required=True),
    _m.FieldSpec("web_url", "web_url", _m.string, required=True),
    _m.FieldSpec("number", "number", _m.integer, required=True),
    _m.FieldSpec("state", "state", _m.string, required=True),
    _m.FieldSpec("blocked", "blocked", _m.boolean, required=True),
    _m.FieldSpec("cancel_reason", "cancel_reason", _m.nullable(_m.string)),
    _m.FieldSpec("message", "message", _m.nullable(_m.string)),
    _m.FieldSpec("commit", "commit", _m.string, required=True),
    _m.FieldSpec("branch", "branch", _m.string, required=True),
    _m.FieldSpec("env", "env", _m.json_object),
    _m.FieldSpec("source", "source", _m.string),
    _m.FieldSpec("creator", "creator", _m.nullable(User.from_dict)),
    _m.FieldSpec("jobs", "jobs", _m.list_of(Job.from_dict)),
    _m.FieldSpec("job_state_counts", "job_state_counts", JobStateCounts.from_dict),
    _m.FieldSpec("created_at", "created_at", _m.string, required=True),
    _m.FieldSpec("scheduled_at", "scheduled_at", _m.nullable(_m.string)),
    _m.FieldSpec("started_at", "started_at", _m.nullable(_m.string)),
    _m.FieldSpec("failing_at", "failing_at", _m.nullable(_m.string)),
    _m.FieldSpec("finished_at", "finished_at", _m.nullable(_m.string)),
    _m.FieldSpec("meta_data", "meta_data", _m.json_object),
    _m.FieldSpec("pull_request", "pull_request", _m.nullable(_m.json_object)),
    _m.FieldSpec("merge_queue", "merge_queue", _m.nullable(_m.json_object)),
    _m.FieldSpec("rebuilt_from", "rebuilt_from", _m.nullable(BuildRef.from_dict)),
    _m.FieldSpec("pipeline", "pipeline", Pipeline.from_dict),
    _m.FieldSpec("retried_jobs_count", "retried_jobs_count", _m.integer),
)

_m.define(
    JobLog,
    _m.FieldSpec("url", "url", _m.string, required=True),
    _m.FieldSpec("content", "content", _m.string, required=True),
    _m.FieldSpec("size", "size", _m.integer, required=True),
    _m.FieldSpec("header_times", "header_times", _m.list_of(_m.integer)),
)

_m.define(JobEnvironment, _m.FieldSpec("env", "env", _m.json_object, required=True))

_m.define(
    BuildAuthor,
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("email", "email", _m.string, required=True),
)

_m.define(
    CreateBuildPayload,
    _m.FieldSpec("commit", "commit", _m.string, required=True),
    _m.FieldSpec("branch", "branch", _m.string, required=True),
    _m.FieldSpec("message", "message", _m.string),
    _m.FieldSpec("author", "author", BuildAuthor.from_dict),
    _m.FieldSpec("env", "env", _m.json_object),
    _m.FieldSpec("meta_data", "meta_data", _m.json_object),
    _m.FieldSpec("clean_checkout", "clean_checkout", _m.boolean),
    _m.FieldSpec("ignore_pipeline_branch_filters", "ignore_pipeline_branch_filters", _m.boolean),
    _m.FieldSpec("pull_request_id", "pull_request_id", _m.integer),
    _m.FieldSpec("pull_request_base_branch", "pull_request_base_branch", _m.string),
    _m.FieldSpec("pull_request_repository", "pull_request_repository", _m.string),
    _m.FieldSpec("pull_request_labels", "pull_request_labels", _m.list_of(_m.string)),
)

_m.define(
    CreatePipelinePayload,
    _m.FieldSpec("name", "name", _m.string, required=True),
    _m.FieldSpec("repository", "repository", _m.string, required=True),
    _m.FieldSpec("cluster_id", "cluster_id", _m.string, required=True),
    _m.FieldSpec("configuration", "configuration", _m.string),
    _m.FieldSpec("steps", "steps", _m.list_of(_m.json_object)),
    _m.FieldSpec("env", "env", _m.json_object),
    _m.FieldSpec("slug", "slug", _m.string),
    _m.FieldSpec("description", "description", _m.string),
    _m.FieldSpec("default_branch", "default_branch", _m.string),
    _m.FieldSpec("branch_configuration", "branch_configuration", _m.string),
    _m.FieldSpec("emoji", "emoji", _m.string),
    _m.FieldSpec("color", "color", _m.string),
    _m.FieldSpec("visibility", "visibility", _m.string),
    _m.FieldSpec("tags", "tags", _m.list_of(_m.string)),
    _m.FieldSpec("teams", "teams", _m.json_object),
    _m.FieldSpec("provider_settings", "provider_settings", _m.json_object),
    _m.FieldSpec("skip_queued_branch_builds", "skip_queued_branch_builds", _m.boolean),
    _m.FieldSpec("skip_queued_branch_builds_filter", "skip_queued_branch_builds_filter", _m.string),
    _m.FieldSpec("cancel_running_branch_builds", "cancel_running_branch_builds", _m.boolean),
    _m.FieldSpec(
        "cancel_running_branch_builds_filter",
        "cancel_running_branch_builds_filter",
        _m.string,
    ),
    _m.FieldSpec("allow_rebuilds", "allow_rebuilds", _m.boolean),
    _m.FieldSpec("default_command_step_timeout", "default_command_step_timeout", _m.integer),
    _m.FieldSpec("maximum_command_step_timeout", "maximum_command_step_timeout", _m.integer),
    _m.FieldSpec("pipeline_template_uuid", "pipeline_template_uuid", _m.nullable(_m.string)),
    _m.FieldSpec("clone_mirror_url", "clone_mirror_url", _m.nullable(_m.string)),
)

_m.define(
    UpdatePipelinePayload,
    _m.FieldSpec("name", "name", _m.string),
    _m.FieldSpec("repository", "repository", _m.string),
    _m.FieldSpec("cluster_id", "cluster_id", _m.nullable(_m.string)),
    _m.FieldSpec("configuration", "configuration", _m.string),
    _m.FieldSpec("steps", "steps", _m.list_of(_m.json_object)),
    _m.FieldSpec("env", "env", _m.json_object),
    _m.FieldSpec("slug", "slug", _m.string),
    _m.FieldSpec("description", "description", _m.string),
    _m.FieldSpec("default_branch", "default_branch", _m.string),
    _m.FieldSpec("branch_configuration", "branch_configuration", _m.nullable(_m.string)),
    _m.FieldSpec("emoji", "emoji", _m.string),
    _m.FieldSpec("color", "color", _m.string),
    _m.FieldSpec("visibility", "visibility", _m.string),
    _m.FieldSpec("tags", "tags", _m.list_of(_m.string)),
    _m.FieldSpec("provider_settings", "provider_settings", _m.json_object),
    _m.FieldSpec("skip_queued_branch_builds", "skip_queued_branch_builds", _m.boolean),
    _m.FieldSpec(
        "skip_queued_branch_builds_filter",
        "skip_queued_branch_builds_filter",
        _m.nullable(_m.string),
    ),
    _m.FieldSpec("cancel_running_branch_builds", "cancel_running_branch_builds", _m.boolean),
    _m.FieldSpec(
        "cancel_running_branch_builds_filter",
        "cancel_running_branch_builds_filter",
        _m.nullable(_m.string),
    ),
    _m.FieldSpec("allow_rebuilds", "allow_rebuilds", _m.boolean),
    _m.FieldSpec("default_command_step_timeout", "default_command_step_timeout", _m.integer),
    _m.FieldSpec("maximum_command_step_timeout", "maximum_command_step_timeout", _m.integer),
    _m.FieldSpec("pipeline_template_uuid", "pipeline_template_uuid", _m.nullable(_m.string)),
    _m.FieldSpec("clone_mirror_url", "clone_mirror_url", _m.nullable(_m.string)),
)

_m.define(RetryFailedJobsPayload, _m.FieldSpec("states", "states", _m.string))
