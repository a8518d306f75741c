# generated from specs/heroku.yaml; do not edit
"""Heroku clients. Every method is one tool of the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Unpack

import httpx

from generator.runtime.client import AsyncClient, SyncClient, Timeout
from generator.runtime.options import CallOptions
from generator.runtime.pages import AsyncPage, SyncPage
from generator.runtime.retry import DEFAULT_TIMEOUT, RetryPolicy

from .models import Account, AddOn, App, Collaborator, Domain, Dyno
from .tools import PROVIDER, TOOLS


class Heroku(SyncClient):
    """Client of the Heroku API.

    Inspect Heroku apps, dynos, add-ons, domains and collaborators.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Heroku API key or OAuth token (`heroku auth:token`, or Account settings → API Key). (`HEROKU_API_KEY`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
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
        **options: Unpack[CallOptions],
    ) -> SyncPage[App]:
        """List the apps the account can access.

        Returns every app the token can see: apps you own, apps you collaborate
        on and apps of your teams.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_apps",
            {},
            App.from_dict,
            options,
        )

    def iter_list_apps(
        self,
        **options: Unpack[CallOptions],
    ) -> Iterator[App]:
        """Every item of every page of `list_apps`, fetched as the loop goes."""
        return self._iterate(
            "list_apps",
            {},
            App.from_dict,
            options,
        )

    def get_app(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> App:
        """Get one app by id or name.

        Args:
            app_id_or_name: The app's UUID or its name (`orders-api`).
        """
        return self._call(
            "get_app",
            {
                "app_id_or_name": app_id_or_name,
            },
            App.from_dict,
            options,
        )

    def list_dynos(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Dyno]:
        """List the running dynos of an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            Dyno.from_dict,
            options,
        )

    def iter_list_dynos(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> Iterator[Dyno]:
        """Every item of every page of `list_dynos`, fetched as the loop goes."""
        return self._iterate(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            Dyno.from_dict,
            options,
        )

    def list_add_ons(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> SyncPage[AddOn]:
        """List the add-ons attached to an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            AddOn.from_dict,
            options,
        )

    def iter_list_add_ons(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> Iterator[AddOn]:
        """Every item of every page of `list_add_ons`, fetched as the loop goes."""
        return self._iterate(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            AddOn.from_dict,
            options,
        )

    def list_domains(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Domain]:
        """List the domains routed to an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            Domain.from_dict,
            options,
        )

    def iter_list_domains(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> Iterator[Domain]:
        """Every item of every page of `list_domains`, fetched as the loop goes."""
        return self._iterate(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            Domain.from_dict,
            options,
        )

    def list_collaborators(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> SyncPage[Collaborator]:
        """List the accounts that have access to an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            A `SyncPage` holding the first page. Its `items` are that page's items
            only; iterating the page (`for item in page`) fetches the following pages
            as it goes and yields every item of every page. `has_next_page()`,
            `next_page()` and `page_params` step through the pages one at a time.
        """
        return self._paginate(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            Collaborator.from_dict,
            options,
        )

    def iter_list_collaborators(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> Iterator[Collaborator]:
        """Every item of every page of `list_collaborators`, fetched as the loop goes."""
        return self._iterate(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            Collaborator.from_dict,
            options,
        )

    def get_current_user(
        self,
        **options: Unpack[CallOptions],
    ) -> Account:
        """Get the account the token belongs to."""
        return self._call(
            "get_current_user",
            {},
            Account.from_dict,
            options,
        )


class AsyncHeroku(AsyncClient):
    """Async client of the Heroku API.

    Inspect Heroku apps, dynos, add-ons, domains and collaborators.

    Credentials (arguments, else environment, else the credentials file):
        api_token: Heroku API key or OAuth token (`heroku auth:token`, or Account settings → API Key). (`HEROKU_API_KEY`)
    """

    PROVIDER = PROVIDER
    TOOLS = TOOLS

    def __init__(
        self,
        *,
        api_token: str | None = None,
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
        **options: Unpack[CallOptions],
    ) -> AsyncPage[App]:
        """List the apps the account can access.

        Returns every app the token can see: apps you own, apps you collaborate
        on and apps of your teams.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_apps",
            {},
            App.from_dict,
            options,
        )

    def iter_list_apps(
        self,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[App]:
        """Every item of every page of `list_apps`, fetched as the loop goes."""
        return self._iterate(
            "list_apps",
            {},
            App.from_dict,
            options,
        )

    async def get_app(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> App:
        """Get one app by id or name.

        Args:
            app_id_or_name: The app's UUID or its name (`orders-api`).
        """
        return await self._call(
            "get_app",
            {
                "app_id_or_name": app_id_or_name,
            },
            App.from_dict,
            options,
        )

    async def list_dynos(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Dyno]:
        """List the running dynos of an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            Dyno.from_dict,
            options,
        )

    def iter_list_dynos(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Dyno]:
        """Every item of every page of `list_dynos`, fetched as the loop goes."""
        return self._iterate(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            Dyno.from_dict,
            options,
        )

    async def list_add_ons(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[AddOn]:
        """List the add-ons attached to an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            AddOn.from_dict,
            options,
        )

    def iter_list_add_ons(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[AddOn]:
        """Every item of every page of `list_add_ons`, fetched as the loop goes."""
        return self._iterate(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            AddOn.from_dict,
            options,
        )

    async def list_domains(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Domain]:
        """List the domains routed to an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            Domain.from_dict,
            options,
        )

    def iter_list_domains(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Domain]:
        """Every item of every page of `list_domains`, fetched as the loop goes."""
        return self._iterate(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            Domain.from_dict,
            options,
        )

    async def list_collaborators(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncPage[Collaborator]:
        """List the accounts that have access to an app.

        Args:
            app_id_or_name: The app's UUID or its name.

        Returns:
            An `AsyncPage` holding the first page. Its `items` are that page's items
            only; `async for item in page` fetches the following pages as it goes and
            yields every item of every page. `has_next_page()`, `await next_page()`
            and `page_params` step through the pages one at a time.
        """
        return await self._paginate(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            Collaborator.from_dict,
            options,
        )

    def iter_list_collaborators(
        self,
        *,
        app_id_or_name: str,
        **options: Unpack[CallOptions],
    ) -> AsyncIterator[Collaborator]:
        """Every item of every page of `list_collaborators`, fetched as the loop goes."""
        return self._iterate(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            Collaborator.from_dict,
            options,
        )

    async def get_current_user(
        self,
        **options: Unpack[CallOptions],
    ) -> Account:
        """Get the account the token belongs to."""
        return await self._call(
            "get_current_user",
            {},
            Account.from_dict,
            options,
        )
