# generated from specs/buildkite.yaml; do not edit
"""Buildkite clients. Every method is one tool of the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Unpack

import httpx

from generator.runtime import model as _m
from generator.runtime.client import AsyncClient, SyncClient, Timeout
from generator.runtime.options import CallOptions
from generator.runtime.pages import AsyncPage, SyncPage
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy

from .models import (
    Build,
    CreateBuildPayload,
    CreatePipelinePayload,
    JobEnvironment,
    JobLog,
    Organization,
    Pipeline,
    RetryFailedJobsPayload,
    UpdatePipelinePayload,
    User,
)
from .tools import PROVIDER, TOOLS


class Buildkite(SyncClient):
    """Client of the Buildkite API.

    Inspect Buildkite organizations, pipelines, builds and job output, and trigger, cancel, rebuild or retry builds.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Buildkite API access token (Personal settings → API Access Tokens). What it can do depends on its scopes: `read_user`, `read_organizations`, `read_pipelines`/`write_pipelines`, `read_builds`/`write_builds`, `read_build_logs` and `read_job_env`. (`BUILDKITE_API_TOKEN`)
        organization: Slug of the organization used when a call omits `organization` (the `acme-inc` in `buildkite.com/acme-inc`). (`BUILDKITE_ORGANIZATION`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        organization: str | None = None,
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
                "organization": organization,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    def get_current_user(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """Get the user that owns the API token."""
        return self._call(
            "get_current_user",
            {},
            User.from_dict,
            options,
        )

    def list_organizations(
        self,
        *,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Organization]:
        """List the organizations the token can access.

        Args:
            page: Page number (default 1).
            per_page: Results per page (default 30).

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_organizations",
            {
                "page": page,
                "per_page": per_page,
            },
            Organization.from_dict,
            options,
        )

    def iter_list_organizations(
        self,
        *,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Iterator[Organization]:
        """Every item of every page of `list_organizations`, fetched as the loop goes."""
        return self._iterate(
            "list_organizations",
            {
                "page": page,
                "per_page": per_page,
            },
            Organization.from_dict,
            options,
        )

    def get_organization(
        self,
        *,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Organization:
        """Get one organization by slug.

        Args:
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "get_organization",
            {
                "organization": organization,
            },
            Organization.from_dict,
            options,
        )

    def list_pipelines(
        self,
        *,
        organization: str | _m.Unset = _m.UNSET,
        name: str | _m.Unset = _m.UNSET,
        repository: str | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Pipeline]:
        """List the pipelines of an organization.

        Lists pipelines, optionally filtered by name or repository (both match part of the value, ignoring case). Needs the `read_pipelines` scope.

        Args:
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            name: Only pipelines whose name contains this text.
            repository: Only pipelines whose repository URL contains this text.
            page: Page number (default 1).
            per_page: Results per page (default 30).

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_pipelines",
            {
                "organization": organization,
                "name": name,
                "repository": repository,
                "page": page,
                "per_page": per_page,
            },
            Pipeline.from_dict,
            options,
        )

    def iter_list_pipelines(
        self,
        *,
        organization: str | _m.Unset = _m.UNSET,
        name: str | _m.Unset = _m.UNSET,
        repository: str | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Iterator[Pipeline]:
        """Every item of every page of `list_pipelines`, fetched as the loop goes."""
        return self._iterate(
            "list_pipelines",
            {
                "organization": organization,
                "name": name,
                "repository": repository,
                "page": page,
                "per_page": per_page,
            },
            Pipeline.from_dict,
            options,
        )

    def get_pipeline(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Get one pipeline by slug.

        Returns the pipeline's settings and YAML `configuration`. Needs the `read_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`), as in the pipeline's URL.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "get_pipeline",
            {
                "pipeline": pipeline,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    def create_pipeline(
        self,
        *,
        payload: CreatePipelinePayload | Mapping[str, Any],
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Create a pipeline.

        Creates a pipeline from a repository and its YAML steps. The usual `configuration` is a single step that runs `buildkite-agent pipeline upload`, so the steps live in the repository's `.buildkite/pipeline.yml`. Needs the `write_pipelines` scope; a duplicate name fails with 422.

        Args:
            payload: The new pipeline; `name`, `repository` and `cluster_id` are required.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "create_pipeline",
            {
                "payload": payload,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    def update_pipeline(
        self,
        *,
        pipeline: str,
        payload: UpdatePipelinePayload | Mapping[str, Any],
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Change some settings of a pipeline.

        Updates only the fields given in `payload`. A new `configuration` replaces the whole YAML, so send the complete file. Teams cannot be changed here. Needs the `write_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            payload: The fields to change.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "update_pipeline",
            {
                "pipeline": pipeline,
                "payload": payload,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    def archive_pipeline(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Archive a pipeline.

        Makes the pipeline read-only and hides it from the pipeline list; its builds, logs and artifacts are kept and `unarchive_pipeline` reverses it. Needs the `write_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "archive_pipeline",
            {
                "pipeline": pipeline,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    def unarchive_pipeline(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Unarchive a pipeline.

        Makes an archived pipeline editable and visible again. Needs the `write_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "unarchive_pipeline",
            {
                "pipeline": pipeline,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    def list_builds(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        branches: Sequence[str] | _m.Unset = _m.UNSET,
        commit: str | _m.Unset = _m.UNSET,
        state: str | _m.Unset = _m.UNSET,
        states: Sequence[str] | _m.Unset = _m.UNSET,
        creator: str | _m.Unset = _m.UNSET,
        created_from: str | _m.Unset = _m.UNSET,
        created_to: str | _m.Unset = _m.UNSET,
        finished_from: str | _m.Unset = _m.UNSET,
        exclude_jobs: bool | _m.Unset = _m.UNSET,
        exclude_pipeline: bool | _m.Unset = _m.UNSET,
        include_retried_jobs: bool | _m.Unset = _m.UNSET,
        include_paused: bool | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Build]:
        """List the builds of a pipeline, newest first.

        Lists a pipeline's builds with optional filters. Pass `exclude_jobs = true` (and `exclude_pipeline = true`) when you only need build state and metadata: responses get much smaller. Needs the `read_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            branch: Only builds of this branch; `*` is a wildcard (`*dev*`).
            branches: Only builds of any of these branches.
            commit: Only builds of this full commit SHA.
            state: Only builds in this state; `finished` means passed, failed, blocked or canceled. One of: `creating`, `scheduled`, `running`, `passed`, `failing`, `failed`, `blocked`, `canceling`, `canceled`, `skipped`, `not_run`, `finished`.
            states: Only builds in any of these states.
            creator: Only builds created by this user UUID.
            created_from: Only builds created at or after this ISO 8601 time.
            created_to: Only builds created before this ISO 8601 time.
            finished_from: Only builds finished at or after this ISO 8601 time.
            exclude_jobs: Leave out each build's `jobs`.
            exclude_pipeline: Leave out each build's `pipeline`.
            include_retried_jobs: Also list jobs that were retried.
            include_paused: `false` hides builds whose jobs all wait on paused queues (default `true`).
            page: Page number (default 1).
            per_page: Results per page (default 30).

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_builds",
            {
                "pipeline": pipeline,
                "organization": organization,
                "branch": branch,
                "branches": branches,
                "commit": commit,
                "state": state,
                "states": states,
                "creator": creator,
                "created_from": created_from,
                "created_to": created_to,
                "finished_from": finished_from,
                "exclude_jobs": exclude_jobs,
                "exclude_pipeline": exclude_pipeline,
                "include_retried_jobs": include_retried_jobs,
                "include_paused": include_paused,
                "page": page,
                "per_page": per_page,
            },
            Build.from_dict,
            options,
        )

    def iter_list_builds(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        branches: Sequence[str] | _m.Unset = _m.UNSET,
        commit: str | _m.Unset = _m.UNSET,
        state: str | _m.Unset = _m.UNSET,
        states: Sequence[str] | _m.Unset = _m.UNSET,
        creator: str | _m.Unset = _m.UNSET,
        created_from: str | _m.Unset = _m.UNSET,
        created_to: str | _m.Unset = _m.UNSET,
        finished_from: str | _m.Unset = _m.UNSET,
        exclude_jobs: bool | _m.Unset = _m.UNSET,
        exclude_pipeline: bool | _m.Unset = _m.UNSET,
        include_retried_jobs: bool | _m.Unset = _m.UNSET,
        include_paused: bool | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Iterator[Build]:
        """Every item of every page of `list_builds`, fetched as the loop goes."""
        return self._iterate(
            "list_builds",
            {
                "pipeline": pipeline,
                "organization": organization,
                "branch": branch,
                "branches": branches,
                "commit": commit,
                "state": state,
                "states": states,
                "creator": creator,
                "created_from": created_from,
                "created_to": created_to,
                "finished_from": finished_from,
                "exclude_jobs": exclude_jobs,
                "exclude_pipeline": exclude_pipeline,
                "include_retried_jobs": include_retried_jobs,
                "include_paused": include_paused,
                "page": page,
                "per_page": per_page,
            },
            Build.from_dict,
            options,
        )

    def get_build(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        exclude_jobs: bool | _m.Unset = _m.UNSET,
        exclude_pipeline: bool | _m.Unset = _m.UNSET,
        include_retried_jobs: bool | _m.Unset = _m.UNSET,
        include_test_engine: bool | _m.Unset = _m.UNSET,
        job_states: Sequence[str] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Get one build by its number, with its jobs.

        Returns the build, its jobs and `job_state_counts`. A blocked build keeps its last `state` and sets `blocked`. Needs the `read_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            exclude_jobs: Leave out `jobs` (`job_state_counts` is still sent).
            exclude_pipeline: Leave out `pipeline`.
            include_retried_jobs: Also list jobs that were retried.
            include_test_engine: Add Test Engine data to the build.
            job_states: Only list jobs in these states (`failed`, `running`, ...).
        """
        return self._call(
            "get_build",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
                "exclude_jobs": exclude_jobs,
                "exclude_pipeline": exclude_pipeline,
                "include_retried_jobs": include_retried_jobs,
                "include_test_engine": include_test_engine,
                "job_states": job_states,
            },
            Build.from_dict,
            options,
        )

    def create_build(
        self,
        *,
        pipeline: str,
        payload: CreateBuildPayload | Mapping[str, Any],
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Trigger a new build of a pipeline.

        Starts a build of `payload.commit` on `payload.branch`; `HEAD` builds the branch's latest commit. Pipeline and step branch filters apply unless `ignore_pipeline_branch_filters` is set. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            payload: What to build; `commit` and `branch` are required.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "create_build",
            {
                "pipeline": pipeline,
                "payload": payload,
                "organization": organization,
            },
            Build.from_dict,
            options,
        )

    def cancel_build(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Cancel a scheduled or running build.

        Stops a build that is `scheduled`, `running` or `failing`; other states fail with 422. Marked destructive: running jobs are killed mid-step (a half-finished deploy stays half-finished) and a canceled build cannot be resumed, only started again with `rebuild_build`. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "cancel_build",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
            },
            Build.from_dict,
            options,
        )

    def rebuild_build(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Start a new build that repeats an earlier one.

        Creates a new build with the commit, branch, message, environment and pull request data of build `number`, and returns the new build. It does not look at the repository again; use `create_build` to build the branch's current state. Each call starts another build. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Number of the build to repeat (`42`), not its UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "rebuild_build",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
            },
            Build.from_dict,
            options,
        )

    def retry_failed_jobs(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        payload: RetryFailedJobsPayload | Mapping[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Retry the failed jobs of a build.

        Queues the build's failed jobs for another run and returns at once (`202 Accepted`) with the build and `retried_jobs_count`; the retries run later. `payload.states` chooses which failures to retry; without it every retryable failed job is retried. Each call queues new jobs. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            payload: Which failures to retry, as one comma-separated string: `{ states = \"failed,soft_failed\" }`.
        """
        return self._call(
            "retry_failed_jobs",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
                "payload": payload,
            },
            Build.from_dict,
            options,
        )

    def get_job_log(
        self,
        *,
        pipeline: str,
        number: int,
        job_id: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> JobLog:
        """Get the log output of a job.

        Returns the job's whole log as JSON (`content` keeps terminal escape codes). Logs can be large: check `size`, or fetch only the `jobs` you need. Needs the `read_build_logs` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            job_id: Job UUID, from `jobs[].id` of `get_build`.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "get_job_log",
            {
                "pipeline": pipeline,
                "number": number,
                "job_id": job_id,
                "organization": organization,
            },
            JobLog.from_dict,
            options,
        )

    def get_job_environment(
        self,
        *,
        pipeline: str,
        number: int,
        job_id: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> JobEnvironment:
        """Get the environment variables of a job.

        Returns every variable the job ran with, including values set by the pipeline, hooks and plugins, so **the result may contain secrets** (tokens, passwords). Read-only, but treat the output as sensitive: do not print or store values you do not need. Needs the `read_job_env` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            job_id: Job UUID, from `jobs[].id` of `get_build`.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return self._call(
            "get_job_environment",
            {
                "pipeline": pipeline,
                "number": number,
                "job_id": job_id,
                "organization": organization,
            },
            JobEnvironment.from_dict,
            options,
        )

    def api_get(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a GET request to a relative Buildkite API path.

        For endpoints without a typed tool (agents, artifacts, annotations, teams, ...). `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/user` or `/organizations/acme-inc/agents`.
            query: Query string parameters.
        """
        return self._hook(
            "api_get",
            {
                "path": path,
                "query": query,
            },
            _m.anything,
            options,
        )

    def api_post(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        payload: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a POST request to a relative Buildkite API path.

        For endpoints without a typed tool. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. `payload` is sent as the JSON body. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/deploy/builds`.
            query: Query string parameters.
            payload: JSON request body.
        """
        return self._hook(
            "api_post",
            {
                "path": path,
                "query": query,
                "payload": payload,
            },
            _m.anything,
            options,
        )

    def api_put(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        payload: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a PUT request to a relative Buildkite API path.

        For endpoints without a typed tool. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. Buildkite uses PUT for actions such as retrying or unblocking a job, so calls are not assumed to be repeatable. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/deploy/builds/42/cancel`.
            query: Query string parameters.
            payload: JSON request body.
        """
        return self._hook(
            "api_put",
            {
                "path": path,
                "query": query,
                "payload": payload,
            },
            _m.anything,
            options,
        )

    def api_patch(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        payload: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a PATCH request to a relative Buildkite API path.

        For endpoints without a typed tool. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. `payload` is sent as the JSON body. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/deploy`.
            query: Query string parameters.
            payload: JSON request body.
        """
        return self._hook(
            "api_patch",
            {
                "path": path,
                "query": query,
                "payload": payload,
            },
            _m.anything,
            options,
        )

    def api_delete(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a DELETE request to a relative Buildkite API path.

        For endpoints without a typed tool, such as deleting a pipeline, an annotation or a job log; these deletions cannot be undone. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. Returns the decoded JSON, or nothing for `204 No Content`.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/legacy-api`.
            query: Query string parameters.
        """
        return self._hook(
            "api_delete",
            {
                "path": path,
                "query": query,
            },
            _m.anything,
            options,
        )


class AsyncBuildkite(AsyncClient):
    """Async client of the Buildkite API.

    Inspect Buildkite organizations, pipelines, builds and job output, and trigger, cancel, rebuild or retry builds.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Buildkite API access token (Personal settings → API Access Tokens). What it can do depends on its scopes: `read_user`, `read_organizations`, `read_pipelines`/`write_pipelines`, `read_builds`/`write_builds`, `read_build_logs` and `read_job_env`. (`BUILDKITE_API_TOKEN`)
        organization: Slug of the organization used when a call omits `organization` (the `acme-inc` in `buildkite.com/acme-inc`). (`BUILDKITE_ORGANIZATION`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        organization: str | None = None,
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
                "organization": organization,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    async def get_current_user(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """Get the user that owns the API token."""
        return await self._call(
            "get_current_user",
            {},
            User.from_dict,
            options,
        )

    async def list_organizations(
        self,
        *,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Organization]:
        """List the organizations the token can access.

        Args:
            page: Page number (default 1).
            per_page: Results per page (default 30).

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_organizations",
            {
                "page": page,
                "per_page": per_page,
            },
            Organization.from_dict,
            options,
        )

    def iter_list_organizations(
        self,
        *,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Organization]:
        """Every item of every page of `list_organizations`, fetched as the loop goes."""
        return self._iterate(
            "list_organizations",
            {
                "page": page,
                "per_page": per_page,
            },
            Organization.from_dict,
            options,
        )

    async def get_organization(
        self,
        *,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Organization:
        """Get one organization by slug.

        Args:
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "get_organization",
            {
                "organization": organization,
            },
            Organization.from_dict,
            options,
        )

    async def list_pipelines(
        self,
        *,
        organization: str | _m.Unset = _m.UNSET,
        name: str | _m.Unset = _m.UNSET,
        repository: str | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Pipeline]:
        """List the pipelines of an organization.

        Lists pipelines, optionally filtered by name or repository (both match part of the value, ignoring case). Needs the `read_pipelines` scope.

        Args:
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            name: Only pipelines whose name contains this text.
            repository: Only pipelines whose repository URL contains this text.
            page: Page number (default 1).
            per_page: Results per page (default 30).

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_pipelines",
            {
                "organization": organization,
                "name": name,
                "repository": repository,
                "page": page,
                "per_page": per_page,
            },
            Pipeline.from_dict,
            options,
        )

    def iter_list_pipelines(
        self,
        *,
        organization: str | _m.Unset = _m.UNSET,
        name: str | _m.Unset = _m.UNSET,
        repository: str | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Pipeline]:
        """Every item of every page of `list_pipelines`, fetched as the loop goes."""
        return self._iterate(
            "list_pipelines",
            {
                "organization": organization,
                "name": name,
                "repository": repository,
                "page": page,
                "per_page": per_page,
            },
            Pipeline.from_dict,
            options,
        )

    async def get_pipeline(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Get one pipeline by slug.

        Returns the pipeline's settings and YAML `configuration`. Needs the `read_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`), as in the pipeline's URL.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "get_pipeline",
            {
                "pipeline": pipeline,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    async def create_pipeline(
        self,
        *,
        payload: CreatePipelinePayload | Mapping[str, Any],
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Create a pipeline.

        Creates a pipeline from a repository and its YAML steps. The usual `configuration` is a single step that runs `buildkite-agent pipeline upload`, so the steps live in the repository's `.buildkite/pipeline.yml`. Needs the `write_pipelines` scope; a duplicate name fails with 422.

        Args:
            payload: The new pipeline; `name`, `repository` and `cluster_id` are required.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "create_pipeline",
            {
                "payload": payload,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    async def update_pipeline(
        self,
        *,
        pipeline: str,
        payload: UpdatePipelinePayload | Mapping[str, Any],
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Change some settings of a pipeline.

        Updates only the fields given in `payload`. A new `configuration` replaces the whole YAML, so send the complete file. Teams cannot be changed here. Needs the `write_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            payload: The fields to change.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "update_pipeline",
            {
                "pipeline": pipeline,
                "payload": payload,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    async def archive_pipeline(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Archive a pipeline.

        Makes the pipeline read-only and hides it from the pipeline list; its builds, logs and artifacts are kept and `unarchive_pipeline` reverses it. Needs the `write_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "archive_pipeline",
            {
                "pipeline": pipeline,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    async def unarchive_pipeline(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Pipeline:
        """Unarchive a pipeline.

        Makes an archived pipeline editable and visible again. Needs the `write_pipelines` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "unarchive_pipeline",
            {
                "pipeline": pipeline,
                "organization": organization,
            },
            Pipeline.from_dict,
            options,
        )

    async def list_builds(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        branches: Sequence[str] | _m.Unset = _m.UNSET,
        commit: str | _m.Unset = _m.UNSET,
        state: str | _m.Unset = _m.UNSET,
        states: Sequence[str] | _m.Unset = _m.UNSET,
        creator: str | _m.Unset = _m.UNSET,
        created_from: str | _m.Unset = _m.UNSET,
        created_to: str | _m.Unset = _m.UNSET,
        finished_from: str | _m.Unset = _m.UNSET,
        exclude_jobs: bool | _m.Unset = _m.UNSET,
        exclude_pipeline: bool | _m.Unset = _m.UNSET,
        include_retried_jobs: bool | _m.Unset = _m.UNSET,
        include_paused: bool | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Build]:
        """List the builds of a pipeline, newest first.

        Lists a pipeline's builds with optional filters. Pass `exclude_jobs = true` (and `exclude_pipeline = true`) when you only need build state and metadata: responses get much smaller. Needs the `read_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            branch: Only builds of this branch; `*` is a wildcard (`*dev*`).
            branches: Only builds of any of these branches.
            commit: Only builds of this full commit SHA.
            state: Only builds in this state; `finished` means passed, failed, blocked or canceled. One of: `creating`, `scheduled`, `running`, `passed`, `failing`, `failed`, `blocked`, `canceling`, `canceled`, `skipped`, `not_run`, `finished`.
            states: Only builds in any of these states.
            creator: Only builds created by this user UUID.
            created_from: Only builds created at or after this ISO 8601 time.
            created_to: Only builds created before this ISO 8601 time.
            finished_from: Only builds finished at or after this ISO 8601 time.
            exclude_jobs: Leave out each build's `jobs`.
            exclude_pipeline: Leave out each build's `pipeline`.
            include_retried_jobs: Also list jobs that were retried.
            include_paused: `false` hides builds whose jobs all wait on paused queues (default `true`).
            page: Page number (default 1).
            per_page: Results per page (default 30).

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_builds",
            {
                "pipeline": pipeline,
                "organization": organization,
                "branch": branch,
                "branches": branches,
                "commit": commit,
                "state": state,
                "states": states,
                "creator": creator,
                "created_from": created_from,
                "created_to": created_to,
                "finished_from": finished_from,
                "exclude_jobs": exclude_jobs,
                "exclude_pipeline": exclude_pipeline,
                "include_retried_jobs": include_retried_jobs,
                "include_paused": include_paused,
                "page": page,
                "per_page": per_page,
            },
            Build.from_dict,
            options,
        )

    def iter_list_builds(
        self,
        *,
        pipeline: str,
        organization: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        branches: Sequence[str] | _m.Unset = _m.UNSET,
        commit: str | _m.Unset = _m.UNSET,
        state: str | _m.Unset = _m.UNSET,
        states: Sequence[str] | _m.Unset = _m.UNSET,
        creator: str | _m.Unset = _m.UNSET,
        created_from: str | _m.Unset = _m.UNSET,
        created_to: str | _m.Unset = _m.UNSET,
        finished_from: str | _m.Unset = _m.UNSET,
        exclude_jobs: bool | _m.Unset = _m.UNSET,
        exclude_pipeline: bool | _m.Unset = _m.UNSET,
        include_retried_jobs: bool | _m.Unset = _m.UNSET,
        include_paused: bool | _m.Unset = _m.UNSET,
        page: int | _m.Unset = _m.UNSET,
        per_page: int | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Build]:
        """Every item of every page of `list_builds`, fetched as the loop goes."""
        return self._iterate(
            "list_builds",
            {
                "pipeline": pipeline,
                "organization": organization,
                "branch": branch,
                "branches": branches,
                "commit": commit,
                "state": state,
                "states": states,
                "creator": creator,
                "created_from": created_from,
                "created_to": created_to,
                "finished_from": finished_from,
                "exclude_jobs": exclude_jobs,
                "exclude_pipeline": exclude_pipeline,
                "include_retried_jobs": include_retried_jobs,
                "include_paused": include_paused,
                "page": page,
                "per_page": per_page,
            },
            Build.from_dict,
            options,
        )

    async def get_build(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        exclude_jobs: bool | _m.Unset = _m.UNSET,
        exclude_pipeline: bool | _m.Unset = _m.UNSET,
        include_retried_jobs: bool | _m.Unset = _m.UNSET,
        include_test_engine: bool | _m.Unset = _m.UNSET,
        job_states: Sequence[str] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Get one build by its number, with its jobs.

        Returns the build, its jobs and `job_state_counts`. A blocked build keeps its last `state` and sets `blocked`. Needs the `read_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            exclude_jobs: Leave out `jobs` (`job_state_counts` is still sent).
            exclude_pipeline: Leave out `pipeline`.
            include_retried_jobs: Also list jobs that were retried.
            include_test_engine: Add Test Engine data to the build.
            job_states: Only list jobs in these states (`failed`, `running`, ...).
        """
        return await self._call(
            "get_build",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
                "exclude_jobs": exclude_jobs,
                "exclude_pipeline": exclude_pipeline,
                "include_retried_jobs": include_retried_jobs,
                "include_test_engine": include_test_engine,
                "job_states": job_states,
            },
            Build.from_dict,
            options,
        )

    async def create_build(
        self,
        *,
        pipeline: str,
        payload: CreateBuildPayload | Mapping[str, Any],
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Trigger a new build of a pipeline.

        Starts a build of `payload.commit` on `payload.branch`; `HEAD` builds the branch's latest commit. Pipeline and step branch filters apply unless `ignore_pipeline_branch_filters` is set. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            payload: What to build; `commit` and `branch` are required.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "create_build",
            {
                "pipeline": pipeline,
                "payload": payload,
                "organization": organization,
            },
            Build.from_dict,
            options,
        )

    async def cancel_build(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Cancel a scheduled or running build.

        Stops a build that is `scheduled`, `running` or `failing`; other states fail with 422. Marked destructive: running jobs are killed mid-step (a half-finished deploy stays half-finished) and a canceled build cannot be resumed, only started again with `rebuild_build`. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "cancel_build",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
            },
            Build.from_dict,
            options,
        )

    async def rebuild_build(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Start a new build that repeats an earlier one.

        Creates a new build with the commit, branch, message, environment and pull request data of build `number`, and returns the new build. It does not look at the repository again; use `create_build` to build the branch's current state. Each call starts another build. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Number of the build to repeat (`42`), not its UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "rebuild_build",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
            },
            Build.from_dict,
            options,
        )

    async def retry_failed_jobs(
        self,
        *,
        pipeline: str,
        number: int,
        organization: str | _m.Unset = _m.UNSET,
        payload: RetryFailedJobsPayload | Mapping[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Build:
        """Retry the failed jobs of a build.

        Queues the build's failed jobs for another run and returns at once (`202 Accepted`) with the build and `retried_jobs_count`; the retries run later. `payload.states` chooses which failures to retry; without it every retryable failed job is retried. Each call queues new jobs. Needs the `write_builds` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
            payload: Which failures to retry, as one comma-separated string: `{ states = \"failed,soft_failed\" }`.
        """
        return await self._call(
            "retry_failed_jobs",
            {
                "pipeline": pipeline,
                "number": number,
                "organization": organization,
                "payload": payload,
            },
            Build.from_dict,
            options,
        )

    async def get_job_log(
        self,
        *,
        pipeline: str,
        number: int,
        job_id: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> JobLog:
        """Get the log output of a job.

        Returns the job's whole log as JSON (`content` keeps terminal escape codes). Logs can be large: check `size`, or fetch only the `jobs` you need. Needs the `read_build_logs` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            job_id: Job UUID, from `jobs[].id` of `get_build`.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "get_job_log",
            {
                "pipeline": pipeline,
                "number": number,
                "job_id": job_id,
                "organization": organization,
            },
            JobLog.from_dict,
            options,
        )

    async def get_job_environment(
        self,
        *,
        pipeline: str,
        number: int,
        job_id: str,
        organization: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> JobEnvironment:
        """Get the environment variables of a job.

        Returns every variable the job ran with, including values set by the pipeline, hooks and plugins, so **the result may contain secrets** (tokens, passwords). Read-only, but treat the output as sensitive: do not print or store values you do not need. Needs the `read_job_env` scope.

        Args:
            pipeline: Pipeline slug (`deploy`).
            number: Build number within the pipeline (`42`), not the build's UUID.
            job_id: Job UUID, from `jobs[].id` of `get_build`.
            organization: Organization slug (`acme-inc`). Defaults to the account's `organization` credential.
        """
        return await self._call(
            "get_job_environment",
            {
                "pipeline": pipeline,
                "number": number,
                "job_id": job_id,
                "organization": organization,
            },
            JobEnvironment.from_dict,
            options,
        )

    async def api_get(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a GET request to a relative Buildkite API path.

        For endpoints without a typed tool (agents, artifacts, annotations, teams, ...). `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/user` or `/organizations/acme-inc/agents`.
            query: Query string parameters.
        """
        return await self._hook(
            "api_get",
            {
                "path": path,
                "query": query,
            },
            _m.anything,
            options,
        )

    async def api_post(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        payload: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a POST request to a relative Buildkite API path.

        For endpoints without a typed tool. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. `payload` is sent as the JSON body. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/deploy/builds`.
            query: Query string parameters.
            payload: JSON request body.
        """
        return await self._hook(
            "api_post",
            {
                "path": path,
                "query": query,
                "payload": payload,
            },
            _m.anything,
            options,
        )

    async def api_put(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        payload: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a PUT request to a relative Buildkite API path.

        For endpoints without a typed tool. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. Buildkite uses PUT for actions such as retrying or unblocking a job, so calls are not assumed to be repeatable. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/deploy/builds/42/cancel`.
            query: Query string parameters.
            payload: JSON request body.
        """
        return await self._hook(
            "api_put",
            {
                "path": path,
                "query": query,
                "payload": payload,
            },
            _m.anything,
            options,
        )

    async def api_patch(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        payload: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a PATCH request to a relative Buildkite API path.

        For endpoints without a typed tool. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. `payload` is sent as the JSON body. Returns the decoded JSON.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/deploy`.
            query: Query string parameters.
            payload: JSON request body.
        """
        return await self._hook(
            "api_patch",
            {
                "path": path,
                "query": query,
                "payload": payload,
            },
            _m.anything,
            options,
        )

    async def api_delete(
        self,
        *,
        path: str,
        query: dict[str, Any] | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Any:
        """Send a DELETE request to a relative Buildkite API path.

        For endpoints without a typed tool, such as deleting a pipeline, an annotation or a job log; these deletions cannot be undone. `path` is relative to `https://api.buildkite.com/v2`; absolute URLs and `..` segments are rejected. Returns the decoded JSON, or nothing for `204 No Content`.

        Args:
            path: API path starting with `/`, such as `/organizations/acme-inc/pipelines/legacy-api`.
            query: Query string parameters.
        """
        return await self._hook(
            "api_delete",
            {
                "path": path,
                "query": query,
            },
            _m.anything,
            options,
        )
