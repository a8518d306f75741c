# generated from specs/heroku.yaml; do not edit
"""Heroku clients. Every method is one tool of the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from generator.runtime import model as _m
from generator.runtime.client import AsyncClient, SyncClient, Timeout
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
    ) -> None:
        self._setup(
            {
                "api_token": api_token,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
        )

    def list_apps(
        self,
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
        )

    def iter_list_apps(
        self,
    ) -> Iterator[App]:
        """Every item of every page of `list_apps`, fetched as the loop goes."""
        return self._iterate(
            "list_apps",
            {},
            App.from_dict,
        )

    def get_app(
        self,
        *,
        app_id_or_name: str,
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
        )

    def list_dynos(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_dynos(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[Dyno]:
        """Every item of every page of `list_dynos`, fetched as the loop goes."""
        return self._iterate(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            Dyno.from_dict,
        )

    def list_add_ons(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_add_ons(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[AddOn]:
        """Every item of every page of `list_add_ons`, fetched as the loop goes."""
        return self._iterate(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            AddOn.from_dict,
        )

    def list_domains(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_domains(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[Domain]:
        """Every item of every page of `list_domains`, fetched as the loop goes."""
        return self._iterate(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            Domain.from_dict,
        )

    def list_collaborators(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_collaborators(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[Collaborator]:
        """Every item of every page of `list_collaborators`, fetched as the loop goes."""
        return self._iterate(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            Collaborator.from_dict,
        )

    def get_current_user(
        self,
    ) -> Account:
        """Get the account the token belongs to."""
        return self._call(
            "get_current_user",
            {},
            Account.from_dict,
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
    ) -> None:
        self._setup(
            {
                "api_token": api_token,
            },
            account=account,
            base_url=base_url,
            timeout=timeout,
            retry=retry,
        )

    async def list_apps(
        self,
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
        )

    def iter_list_apps(
        self,
    ) -> AsyncIterator[App]:
        """Every item of every page of `list_apps`, fetched as the loop goes."""
        return self._iterate(
            "list_apps",
            {},
            App.from_dict,
        )

    async def get_app(
        self,
        *,
        app_id_or_name: str,
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
        )

    async def list_dynos(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_dynos(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[Dyno]:
        """Every item of every page of `list_dynos`, fetched as the loop goes."""
        return self._iterate(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            Dyno.from_dict,
        )

    async def list_add_ons(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_add_ons(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[AddOn]:
        """Every item of every page of `list_add_ons`, fetched as the loop goes."""
        return self._iterate(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            AddOn.from_dict,
        )

    async def list_domains(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_domains(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[Domain]:
        """Every item of every page of `list_domains`, fetched as the loop goes."""
        return self._iterate(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            Domain.from_dict,
        )

    async def list_collaborators(
        self,
        *,
        app_id_or_name: str,
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
        )

    def iter_list_collaborators(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[Collaborator]:
        """Every item of every page of `list_collaborators`, fetched as the loop goes."""
        return self._iterate(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            Collaborator.from_dict,
        )

    async def get_current_user(
        self,
    ) -> Account:
        """Get the account the token belongs to."""
        return await self._call(
            "get_current_user",
            {},
            Account.from_dict,
        )
