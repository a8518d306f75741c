# generated from specs/render.yaml; do not edit
"""Render clients. Every method is one tool of the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import Any, Unpack

import httpx

from generator.runtime import model as _m
from generator.runtime.client import AsyncClient, SyncClient, Timeout
from generator.runtime.options import CallOptions
from generator.runtime.pages import AsyncPage, SyncPage
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy

from .models import Deploy, EnvVarInput, Job, Service, ServiceAndDeploy, User
from .tools import PROVIDER, TOOLS


class Render2(SyncClient):
    """Client of the Render API.

    Manage Render services and inspect their deploys and jobs.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Render API key (Account settings → API Keys). (`RENDER_API_KEY`)
        owner_id: Workspace id (`tea-…` or `usr-…`) that new services belong to by default. (`RENDER_OWNER_ID`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        owner_id: str | None = None,
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
                "owner_id": owner_id,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    def list_services(
        self,
        *,
        name: Sequence[str] | _m.Unset = _m.UNSET,
        type: Sequence[str] | _m.Unset = _m.UNSET,
        env: Sequence[str] | _m.Unset = _m.UNSET,
        region: Sequence[str] | _m.Unset = _m.UNSET,
        suspended: Sequence[str] | _m.Unset = _m.UNSET,
        owner_id: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Service]:
        """List the services the API key can see.

        Lists services across your workspaces. Every filter takes a list of
        values and matches any of them.

        Args:
            name: Exact service names.
            type: Service types. One of: `static_site`, `web_service`, `private_service`, `background_worker`, `cron_job`.
            env: Runtimes (Render marks this `env` filter deprecated). One of: `docker`, `elixir`, `go`, `node`, `python`, `ruby`, `rust`, `image`.
            region: Regions. One of: `frankfurt`, `oregon`, `ohio`, `singapore`, `virginia`.
            suspended: Suspension states. One of: `suspended`, `not_suspended`.
            owner_id: Workspace ids.
            limit: Items per page.
            cursor: Cursor of the last item of the previous page.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_services",
            {
                "name": name,
                "type": type,
                "env": env,
                "region": region,
                "suspended": suspended,
                "owner_id": owner_id,
                "limit": limit,
                "cursor": cursor,
            },
            Service.from_dict,
            options,
        )

    def iter_list_services(
        self,
        *,
        name: Sequence[str] | _m.Unset = _m.UNSET,
        type: Sequence[str] | _m.Unset = _m.UNSET,
        env: Sequence[str] | _m.Unset = _m.UNSET,
        region: Sequence[str] | _m.Unset = _m.UNSET,
        suspended: Sequence[str] | _m.Unset = _m.UNSET,
        owner_id: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Iterator[Service]:
        """Every item of every page of `list_services`, fetched as the loop goes."""
        return self._iterate(
            "list_services",
            {
                "name": name,
                "type": type,
                "env": env,
                "region": region,
                "suspended": suspended,
                "owner_id": owner_id,
                "limit": limit,
                "cursor": cursor,
            },
            Service.from_dict,
            options,
        )

    def get_service(
        self,
        *,
        service_id: str,
        **options: Unpack[CallOptions],
    ) -> Service:
        """Get one service by id.

        Args:
            service_id: Service id, `srv-…`.
        """
        return self._call(
            "get_service",
            {
                "service_id": service_id,
            },
            Service.from_dict,
            options,
        )

    def create_service(
        self,
        *,
        type: str,
        name: str,
        owner_id: str | _m.Unset = _m.UNSET,
        repo: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        root_dir: str | _m.Unset = _m.UNSET,
        auto_deploy: str | _m.Unset = _m.UNSET,
        env_vars: Sequence[EnvVarInput | Mapping[str, Any]] | _m.Unset = _m.UNSET,
        runtime: str | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        plan: str | _m.Unset = _m.UNSET,
        num_instances: int | _m.Unset = _m.UNSET,
        health_check_path: str | _m.Unset = _m.UNSET,
        build_command: str | _m.Unset = _m.UNSET,
        start_command: str | _m.Unset = _m.UNSET,
        schedule: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ServiceAndDeploy:
        """Create a web service, private service, background worker or cron job from a Git repository.

        Creates a service and starts its first deploy. Native runtimes need
        `runtime`, and usually `build_command` and `start_command`; cron jobs
        also need `schedule`. The workspace comes from the account's `owner_id`
        unless you pass one. Static sites have their own function,
        `create_static_site`, because Render reads their build command from
        another place in the request.

        Args:
            type: Kind of service. One of: `web_service`, `private_service`, `background_worker`, `cron_job`.
            name: Service name, unique within the workspace.
            owner_id: Workspace id (`tea-…` or `usr-…`); see *Finding your workspace id*. Defaults to the account's `owner_id` credential.
            repo: Repository URL without a branch (`https://github.com/org/repo`).
            branch: Branch to deploy; the repository's default branch when omitted.
            root_dir: Subdirectory to build from in a monorepo.
            auto_deploy: Deploy automatically on every push (Render's default is `yes`). One of: `yes`, `no`.
            env_vars: Environment variables, as `{ key = …, value = … }` entries.
            runtime: Runtime; required for every type except `static_site`. One of: `docker`, `elixir`, `go`, `node`, `python`, `ruby`, `rust`, `image`.
            region: Region (Render's default is `oregon`). One of: `frankfurt`, `oregon`, `ohio`, `singapore`, `virginia`.
            plan: Instance type. One of: `starter`, `starter_plus`, `standard`, `standard_plus`, `pro`, `pro_plus`, `pro_max`, `pro_ultra`, `free`, `custom`.
            num_instances: Number of instances (Render's default is 1); not for `cron_job`.
            health_check_path: Path Render polls before routing traffic; `web_service` only.
            build_command: Build command of a native-runtime service.
            start_command: Start command of a native-runtime service.
            schedule: Cron expression; `cron_job` only, and required there.
        """
        return self._call(
            "create_service",
            {
                "type": type,
                "name": name,
                "owner_id": owner_id,
                "repo": repo,
                "branch": branch,
                "root_dir": root_dir,
                "auto_deploy": auto_deploy,
                "env_vars": env_vars,
                "runtime": runtime,
                "region": region,
                "plan": plan,
                "num_instances": num_instances,
                "health_check_path": health_check_path,
                "build_command": build_command,
                "start_command": start_command,
                "schedule": schedule,
            },
            ServiceAndDeploy.from_dict,
            options,
        )

    def create_static_site(
        self,
        *,
        type: str = "static_site",
        name: str,
        owner_id: str | _m.Unset = _m.UNSET,
        repo: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        root_dir: str | _m.Unset = _m.UNSET,
        auto_deploy: str | _m.Unset = _m.UNSET,
        env_vars: Sequence[EnvVarInput | Mapping[str, Any]] | _m.Unset = _m.UNSET,
        build_command: str | _m.Unset = _m.UNSET,
        publish_path: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ServiceAndDeploy:
        """Create a static site from a Git repository.

        Creates a static site and starts its first deploy: Render runs
        `build_command` and serves the files under `publish_path`. The
        workspace comes from the account's `owner_id` unless you pass one.

        Args:
            type: Always `static_site`, the default. One of: `static_site`.
            name: Site name, unique within the workspace.
            owner_id: Workspace id (`tea-…` or `usr-…`); see *Finding your workspace id*. Defaults to the account's `owner_id` credential.
            repo: Repository URL without a branch (`https://github.com/org/repo`).
            branch: Branch to deploy; the repository's default branch when omitted.
            root_dir: Subdirectory to build from in a monorepo.
            auto_deploy: Deploy automatically on every push (Render's default is `yes`). One of: `yes`, `no`.
            env_vars: Environment variables available to the build, as `{ key = …, value = … }` entries.
            build_command: Command that builds the site (`npm ci && npm run build`).
            publish_path: Directory the site serves, relative to `root_dir` (Render's default is `public`).
        """
        return self._call(
            "create_static_site",
            {
                "type": type,
                "name": name,
                "owner_id": owner_id,
                "repo": repo,
                "branch": branch,
                "root_dir": root_dir,
                "auto_deploy": auto_deploy,
                "env_vars": env_vars,
                "build_command": build_command,
                "publish_path": publish_path,
            },
            ServiceAndDeploy.from_dict,
            options,
        )

    def list_deploys(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Deploy]:
        """List the deploys of a service.

        Args:
            service_id: Service id, `srv-…`.
            status: Deploy statuses to include. One of: `created`, `queued`, `build_in_progress`, `update_in_progress`, `live`, `deactivated`, `build_failed`, `update_failed`, `canceled`, `pre_deploy_in_progress`, `pre_deploy_failed`.
            limit: Items per page.
            cursor: Cursor of the last item of the previous page.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_deploys",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Deploy.from_dict,
            options,
        )

    def iter_list_deploys(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Iterator[Deploy]:
        """Every item of every page of `list_deploys`, fetched as the loop goes."""
        return self._iterate(
            "list_deploys",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Deploy.from_dict,
            options,
        )

    def get_deploy(
        self,
        *,
        service_id: str,
        deploy_id: str,
        **options: Unpack[CallOptions],
    ) -> Deploy:
        """Get one deploy of a service.

        Args:
            service_id: Service id, `srv-…`.
            deploy_id: Deploy id, `dep-…`.
        """
        return self._call(
            "get_deploy",
            {
                "service_id": service_id,
                "deploy_id": deploy_id,
            },
            Deploy.from_dict,
            options,
        )

    def list_jobs(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Job]:
        """List the one-off jobs of a service.

        Args:
            service_id: Service id, `srv-…`.
            status: Job statuses to include. One of: `pending`, `running`, `succeeded`, `failed`, `canceled`.
            limit: Items per page.
            cursor: Cursor of the last item of the previous page.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_jobs",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Job.from_dict,
            options,
        )

    def iter_list_jobs(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> Iterator[Job]:
        """Every item of every page of `list_jobs`, fetched as the loop goes."""
        return self._iterate(
            "list_jobs",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Job.from_dict,
            options,
        )

    def get_current_user(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """Get the name and email of the API key's owner.

        Render returns only `name` and `email` here. For workspace ids see
        *Finding your workspace id*.
        """
        return self._call(
            "get_current_user",
            {},
            User.from_dict,
            options,
        )


class AsyncRender2(AsyncClient):
    """Async client of the Render API.

    Manage Render services and inspect their deploys and jobs.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Render API key (Account settings → API Keys). (`RENDER_API_KEY`)
        owner_id: Workspace id (`tea-…` or `usr-…`) that new services belong to by default. (`RENDER_OWNER_ID`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
        owner_id: str | None = None,
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
                "owner_id": owner_id,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
            http_client=http_client,
            transport=transport,
        )

    async def list_services(
        self,
        *,
        name: Sequence[str] | _m.Unset = _m.UNSET,
        type: Sequence[str] | _m.Unset = _m.UNSET,
        env: Sequence[str] | _m.Unset = _m.UNSET,
        region: Sequence[str] | _m.Unset = _m.UNSET,
        suspended: Sequence[str] | _m.Unset = _m.UNSET,
        owner_id: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Service]:
        """List the services the API key can see.

        Lists services across your workspaces. Every filter takes a list of
        values and matches any of them.

        Args:
            name: Exact service names.
            type: Service types. One of: `static_site`, `web_service`, `private_service`, `background_worker`, `cron_job`.
            env: Runtimes (Render marks this `env` filter deprecated). One of: `docker`, `elixir`, `go`, `node`, `python`, `ruby`, `rust`, `image`.
            region: Regions. One of: `frankfurt`, `oregon`, `ohio`, `singapore`, `virginia`.
            suspended: Suspension states. One of: `suspended`, `not_suspended`.
            owner_id: Workspace ids.
            limit: Items per page.
            cursor: Cursor of the last item of the previous page.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_services",
            {
                "name": name,
                "type": type,
                "env": env,
                "region": region,
                "suspended": suspended,
                "owner_id": owner_id,
                "limit": limit,
                "cursor": cursor,
            },
            Service.from_dict,
            options,
        )

    def iter_list_services(
        self,
        *,
        name: Sequence[str] | _m.Unset = _m.UNSET,
        type: Sequence[str] | _m.Unset = _m.UNSET,
        env: Sequence[str] | _m.Unset = _m.UNSET,
        region: Sequence[str] | _m.Unset = _m.UNSET,
        suspended: Sequence[str] | _m.Unset = _m.UNSET,
        owner_id: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Service]:
        """Every item of every page of `list_services`, fetched as the loop goes."""
        return self._iterate(
            "list_services",
            {
                "name": name,
                "type": type,
                "env": env,
                "region": region,
                "suspended": suspended,
                "owner_id": owner_id,
                "limit": limit,
                "cursor": cursor,
            },
            Service.from_dict,
            options,
        )

    async def get_service(
        self,
        *,
        service_id: str,
        **options: Unpack[CallOptions],
    ) -> Service:
        """Get one service by id.

        Args:
            service_id: Service id, `srv-…`.
        """
        return await self._call(
            "get_service",
            {
                "service_id": service_id,
            },
            Service.from_dict,
            options,
        )

    async def create_service(
        self,
        *,
        type: str,
        name: str,
        owner_id: str | _m.Unset = _m.UNSET,
        repo: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        root_dir: str | _m.Unset = _m.UNSET,
        auto_deploy: str | _m.Unset = _m.UNSET,
        env_vars: Sequence[EnvVarInput | Mapping[str, Any]] | _m.Unset = _m.UNSET,
        runtime: str | _m.Unset = _m.UNSET,
        region: str | _m.Unset = _m.UNSET,
        plan: str | _m.Unset = _m.UNSET,
        num_instances: int | _m.Unset = _m.UNSET,
        health_check_path: str | _m.Unset = _m.UNSET,
        build_command: str | _m.Unset = _m.UNSET,
        start_command: str | _m.Unset = _m.UNSET,
        schedule: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ServiceAndDeploy:
        """Create a web service, private service, background worker or cron job from a Git repository.

        Creates a service and starts its first deploy. Native runtimes need
        `runtime`, and usually `build_command` and `start_command`; cron jobs
        also need `schedule`. The workspace comes from the account's `owner_id`
        unless you pass one. Static sites have their own function,
        `create_static_site`, because Render reads their build command from
        another place in the request.

        Args:
            type: Kind of service. One of: `web_service`, `private_service`, `background_worker`, `cron_job`.
            name: Service name, unique within the workspace.
            owner_id: Workspace id (`tea-…` or `usr-…`); see *Finding your workspace id*. Defaults to the account's `owner_id` credential.
            repo: Repository URL without a branch (`https://github.com/org/repo`).
            branch: Branch to deploy; the repository's default branch when omitted.
            root_dir: Subdirectory to build from in a monorepo.
            auto_deploy: Deploy automatically on every push (Render's default is `yes`). One of: `yes`, `no`.
            env_vars: Environment variables, as `{ key = …, value = … }` entries.
            runtime: Runtime; required for every type except `static_site`. One of: `docker`, `elixir`, `go`, `node`, `python`, `ruby`, `rust`, `image`.
            region: Region (Render's default is `oregon`). One of: `frankfurt`, `oregon`, `ohio`, `singapore`, `virginia`.
            plan: Instance type. One of: `starter`, `starter_plus`, `standard`, `standard_plus`, `pro`, `pro_plus`, `pro_max`, `pro_ultra`, `free`, `custom`.
            num_instances: Number of instances (Render's default is 1); not for `cron_job`.
            health_check_path: Path Render polls before routing traffic; `web_service` only.
            build_command: Build command of a native-runtime service.
            start_command: Start command of a native-runtime service.
            schedule: Cron expression; `cron_job` only, and required there.
        """
        return await self._call(
            "create_service",
            {
                "type": type,
                "name": name,
                "owner_id": owner_id,
                "repo": repo,
                "branch": branch,
                "root_dir": root_dir,
                "auto_deploy": auto_deploy,
                "env_vars": env_vars,
                "runtime": runtime,
                "region": region,
                "plan": plan,
                "num_instances": num_instances,
                "health_check_path": health_check_path,
                "build_command": build_command,
                "start_command": start_command,
                "schedule": schedule,
            },
            ServiceAndDeploy.from_dict,
            options,
        )

    async def create_static_site(
        self,
        *,
        type: str = "static_site",
        name: str,
        owner_id: str | _m.Unset = _m.UNSET,
        repo: str | _m.Unset = _m.UNSET,
        branch: str | _m.Unset = _m.UNSET,
        root_dir: str | _m.Unset = _m.UNSET,
        auto_deploy: str | _m.Unset = _m.UNSET,
        env_vars: Sequence[EnvVarInput | Mapping[str, Any]] | _m.Unset = _m.UNSET,
        build_command: str | _m.Unset = _m.UNSET,
        publish_path: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> ServiceAndDeploy:
        """Create a static site from a Git repository.

        Creates a static site and starts its first deploy: Render runs
        `build_command` and serves the files under `publish_path`. The
        workspace comes from the account's `owner_id` unless you pass one.

        Args:
            type: Always `static_site`, the default. One of: `static_site`.
            name: Site name, unique within the workspace.
            owner_id: Workspace id (`tea-…` or `usr-…`); see *Finding your workspace id*. Defaults to the account's `owner_id` credential.
            repo: Repository URL without a branch (`https://github.com/org/repo`).
            branch: Branch to deploy; the repository's default branch when omitted.
            root_dir: Subdirectory to build from in a monorepo.
            auto_deploy: Deploy automatically on every push (Render's default is `yes`). One of: `yes`, `no`.
            env_vars: Environment variables available to the build, as `{ key = …, value = … }` entries.
            build_command: Command that builds the site (`npm ci && npm run build`).
            publish_path: Directory the site serves, relative to `root_dir` (Render's default is `public`).
        """
        return await self._call(
            "create_static_site",
            {
                "type": type,
                "name": name,
                "owner_id": owner_id,
                "repo": repo,
                "branch": branch,
                "root_dir": root_dir,
                "auto_deploy": auto_deploy,
                "env_vars": env_vars,
                "build_command": build_command,
                "publish_path": publish_path,
            },
            ServiceAndDeploy.from_dict,
            options,
        )

    async def list_deploys(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Deploy]:
        """List the deploys of a service.

        Args:
            service_id: Service id, `srv-…`.
            status: Deploy statuses to include. One of: `created`, `queued`, `build_in_progress`, `update_in_progress`, `live`, `deactivated`, `build_failed`, `update_failed`, `canceled`, `pre_deploy_in_progress`, `pre_deploy_failed`.
            limit: Items per page.
            cursor: Cursor of the last item of the previous page.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_deploys",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Deploy.from_dict,
            options,
        )

    def iter_list_deploys(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Deploy]:
        """Every item of every page of `list_deploys`, fetched as the loop goes."""
        return self._iterate(
            "list_deploys",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Deploy.from_dict,
            options,
        )

    async def get_deploy(
        self,
        *,
        service_id: str,
        deploy_id: str,
        **options: Unpack[CallOptions],
    ) -> Deploy:
        """Get one deploy of a service.

        Args:
            service_id: Service id, `srv-…`.
            deploy_id: Deploy id, `dep-…`.
        """
        return await self._call(
            "get_deploy",
            {
                "service_id": service_id,
                "deploy_id": deploy_id,
            },
            Deploy.from_dict,
            options,
        )

    async def list_jobs(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Job]:
        """List the one-off jobs of a service.

        Args:
            service_id: Service id, `srv-…`.
            status: Job statuses to include. One of: `pending`, `running`, `succeeded`, `failed`, `canceled`.
            limit: Items per page.
            cursor: Cursor of the last item of the previous page.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_jobs",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Job.from_dict,
            options,
        )

    def iter_list_jobs(
        self,
        *,
        service_id: str,
        status: Sequence[str] | _m.Unset = _m.UNSET,
        limit: int = 20,
        cursor: str | _m.Unset = _m.UNSET,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Job]:
        """Every item of every page of `list_jobs`, fetched as the loop goes."""
        return self._iterate(
            "list_jobs",
            {
                "service_id": service_id,
                "status": status,
                "limit": limit,
                "cursor": cursor,
            },
            Job.from_dict,
            options,
        )

    async def get_current_user(
        self,
        **options: Unpack[CallOptions],
    ) -> User:
        """Get the name and email of the API key's owner.

        Render returns only `name` and `email` here. For workspace ids see
        *Finding your workspace id*.
        """
        return await self._call(
            "get_current_user",
            {},
            User.from_dict,
            options,
        )
