# generated from specs/heroku.yaml; do not edit
"""Heroku clients. Every method is one tool of the spec."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

from generator.runtime import model as _m
from generator.runtime.client import AsyncClient, SyncClient, Timeout
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
    ) -> list[App]:
        """List the apps the account can access.

        Returns every app the token can see: apps you own, apps you collaborate
        on and apps of your teams.
        """
        return self._call(
            "list_apps",
            {},
            _m.list_of(App.from_dict),
        )

    def iter_list_apps(
        self,
    ) -> Iterator[App]:
        """Every item of `list_apps`, following pagination to the last page."""
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
    ) -> list[Dyno]:
        """List the running dynos of an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return self._call(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(Dyno.from_dict),
        )

    def iter_list_dynos(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[Dyno]:
        """Every item of `list_dynos`, following pagination to the last page."""
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
    ) -> list[AddOn]:
        """List the add-ons attached to an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return self._call(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(AddOn.from_dict),
        )

    def iter_list_add_ons(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[AddOn]:
        """Every item of `list_add_ons`, following pagination to the last page."""
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
    ) -> list[Domain]:
        """List the domains routed to an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return self._call(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(Domain.from_dict),
        )

    def iter_list_domains(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[Domain]:
        """Every item of `list_domains`, following pagination to the last page."""
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
    ) -> list[Collaborator]:
        """List the accounts that have access to an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return self._call(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(Collaborator.from_dict),
        )

    def iter_list_collaborators(
        self,
        *,
        app_id_or_name: str,
    ) -> Iterator[Collaborator]:
        """Every item of `list_collaborators`, following pagination to the last page."""
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
    ) -> list[App]:
        """List the apps the account can access.

        Returns every app the token can see: apps you own, apps you collaborate
        on and apps of your teams.
        """
        return await self._call(
            "list_apps",
            {},
            _m.list_of(App.from_dict),
        )

    def iter_list_apps(
        self,
    ) -> AsyncIterator[App]:
        """Every item of `list_apps`, following pagination to the last page."""
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
    ) -> list[Dyno]:
        """List the running dynos of an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return await self._call(
            "list_dynos",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(Dyno.from_dict),
        )

    def iter_list_dynos(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[Dyno]:
        """Every item of `list_dynos`, following pagination to the last page."""
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
    ) -> list[AddOn]:
        """List the add-ons attached to an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return await self._call(
            "list_add_ons",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(AddOn.from_dict),
        )

    def iter_list_add_ons(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[AddOn]:
        """Every item of `list_add_ons`, following pagination to the last page."""
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
    ) -> list[Domain]:
        """List the domains routed to an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return await self._call(
            "list_domains",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(Domain.from_dict),
        )

    def iter_list_domains(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[Domain]:
        """Every item of `list_domains`, following pagination to the last page."""
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
    ) -> list[Collaborator]:
        """List the accounts that have access to an app.

        Args:
            app_id_or_name: The app's UUID or its name.
        """
        return await self._call(
            "list_collaborators",
            {
                "app_id_or_name": app_id_or_name,
            },
            _m.list_of(Collaborator.from_dict),
        )

    def iter_list_collaborators(
        self,
        *,
        app_id_or_name: str,
    ) -> AsyncIterator[Collaborator]:
        """Every item of `list_collaborators`, following pagination to the last page."""
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
