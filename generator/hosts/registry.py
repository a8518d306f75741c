"""Every generated tool by every published name; the Lua host and MCP server call through it.

Tools come from the generated artifacts (`generated/clients/<namespace>/tools.py`),
not from specs. Client packages are imported on first call, and one client is
kept per (provider, account).
"""

from __future__ import annotations

import asyncio
import importlib
import itertools
from collections.abc import Mapping, Sequence
from typing import Any

from generator import naming
from generator.hosts.policy import Confirm, Policy
from generator.hosts.registry_args import argument_name, checked_value
from generator.hosts.registry_entries import ParamInfo, ToolEntry, published_names, tool_entry
from generator.runtime.auth import Secret
from generator.runtime.errors import ArgumentError, CredentialsError, ProviderError
from generator.runtime.meta import ProviderSpec, ToolSpec
from generator.runtime.model import encode
from generator.runtime.pages import first_items
from generator.suggest import unknown

__all__ = [
    "CALL_ERRORS",
    "ArgumentError",
    "ParamInfo",
    "PolicyDenied",
    "Registry",
    "ToolEntry",
    "UnknownTool",
    "WriteRefused",
]

MAX_ITEMS = 10_000  # a paginated call without a page argument collects at most this many


class UnknownTool(LookupError):
    pass


class WriteRefused(PermissionError):
    def __init__(self, tool: str, access: str, message: str = "") -> None:
        super().__init__(
            message or f"{tool} is a {access} tool: pass --force (CLI) or force=True to run it"
        )
        self.tool = tool


class PolicyDenied(WriteRefused):
    """The permission policy says `deny`: nothing is sent, whatever the flags."""

    def __init__(self, tool: str, access: str, source: str) -> None:
        where = f" in {source}" if source else ""
        super().__init__(tool, access, f"{tool}: {access} calls are denied by the policy{where}")


# What `call` raises for the caller's or the provider's reasons, never for a bug.
CALL_ERRORS = (UnknownTool, WriteRefused, ArgumentError, CredentialsError, ProviderError)


def _redacted(client: Any, data: Any) -> Any:
    """A result for `toolgen call`, Lua and MCP with every configured secret masked."""
    return client._core.redactor.value(data)


class Registry:
    def __init__(
        self, providers: Mapping[str, ProviderSpec], tools: Sequence[tuple[str, ToolSpec]]
    ) -> None:
        """`tools` holds (provider id, spec) pairs in display order."""
        self._providers = dict(providers)
        self._specs = {spec.full_name: spec for _, spec in tools}
        self._entries = {spec.full_name: tool_entry(providers[pid], spec) for pid, spec in tools}
        self._names: dict[str, set[str]] = {}
        for entry in self._entries.values():
            for alias in published_names(entry):
                self._names.setdefault(alias, set()).add(entry.full_name)
        self._clients: dict[tuple[str, str | None], Any] = {}
        self._async_clients: dict[tuple[str, str | None], tuple[Any, Any]] = {}
        self.policy = Policy({})  # built-in defaults; `load` reads the policy file
        self.confirm: Confirm | None = None  # asks the person when the policy says `ask`

    @classmethod
    def load(cls, providers: Sequence[str] = ()) -> Registry:
        try:
            packages: dict[str, str] = importlib.import_module("generated.clients").PACKAGES
        except (ImportError, AttributeError):
            raise UnknownTool("no generated clients found: run `toolgen generate`") from None
        unknown = sorted(set(providers) - set(packages))
        if unknown:
            raise UnknownTool(
                f"unknown provider {', '.join(unknown)}; known: {', '.join(packages)}"
            )
        specs: dict[str, ProviderSpec] = {}
        tools: list[tuple[str, ToolSpec]] = []
        for provider_id, package in packages.items():
            if providers and provider_id not in providers:
                continue
            module = importlib.import_module(f"{naming.client_package(package)}.tools")
            specs[provider_id] = module.PROVIDER
            tools += [(provider_id, spec) for spec in module.TOOLS.values()]
        registry = cls(specs, tools)
        registry.policy = Policy.load()
        return registry

    def provider_ids(self) -> list[str]:
        return sorted(self._providers)

    def provider(self, provider_id: str) -> ProviderSpec:
        return self._providers[provider_id]

    def tools(self, provider_id: str | None = None) -> list[ToolEntry]:
        return [e for e in self._entries.values() if provider_id in (None, e.provider_id)]

    def resolve(self, name: str) -> ToolEntry:
        matches = self._names.get(name) or self._names.get(name.strip())
        if matches and len(matches) == 1:
            return self._entries[next(iter(matches))]
        if matches:
            raise UnknownTool(f"{name!r} is ambiguous: use one of {', '.join(sorted(matches))}")
        shown = {alias: min(full_names) for alias, full_names in self._names.items()}
        raise UnknownTool(unknown("tool", name, shown, shown=shown))

    def normalize(self, entry: ToolEntry, arguments: Mapping[str, Any]) -> dict[str, Any]:
        """Arguments by param name, checked; camelCase and kebab-case keys are accepted."""
        if not isinstance(arguments, Mapping):
            raise ArgumentError(
                f"{entry.full_name}: arguments must be an object", tool=entry.full_name
            )
        params = {p.name: p for p in entry.params}
        values: dict[str, Any] = {}
        for key, value in arguments.items():
            name = argument_name(entry.full_name, str(key), list(params), entry.param_aliases)
            if name in values:
                raise ArgumentError(
                    f"{entry.full_name}: parameter {name!r} given twice",
                    tool=entry.full_name,
                    param=name,
                )
            if value is not None:
                param = params[name]
                values[name] = checked_value(entry.full_name, name, param.type, param.enum, value)
        for param in entry.params:
            if param.required and param.name not in values:
                raise ArgumentError(
                    f"{entry.full_name}: missing required parameter {param.name!r}",
                    tool=entry.full_name,
                    param=param.name,
                )
        return values

    def call(
        self,
        name: str,
        arguments: Mapping[str, Any],
        *,
        account: str | None = None,
        force: bool = False,
    ) -> Any:
        entry, args, walk = self._prepare(name, arguments, force, account)
        client = self._clients.get((entry.provider_id, account))
        if client is None:
            client = self._clients[entry.provider_id, account] = self._new_client(
                entry, account, False
            )
        if walk:
            walked = getattr(client, naming.iter_method(entry.name))(**args)
            return _redacted(client, encode(list(itertools.islice(walked, MAX_ITEMS))))
        return _redacted(client, encode(first_items(getattr(client, entry.name)(**args))))

    async def acall(
        self,
        name: str,
        arguments: Mapping[str, Any],
        *,
        account: str | None = None,
        force: bool = False,
    ) -> Any:
        entry, args, walk = self._prepare(name, arguments, force, account)
        client = self._async_client(entry, account)
        if not walk:
            return _redacted(client, encode(first_items(await getattr(client, entry.name)(**args))))
        items = []
        async for item in getattr(client, naming.iter_method(entry.name))(**args):
            items.append(item)
            if len(items) >= MAX_ITEMS:
                break
        return _redacted(client, encode(items))

    def close(self) -> None:
        """Close the sync clients; async clients are dropped (close them with `aclose`)."""
        for client in self._clients.values():
            client.close()
        self._clients.clear()
        self._async_clients.clear()

    async def aclose(self) -> None:
        for _, client in self._async_clients.values():
            await client.aclose()
        self._async_clients.clear()

    def dry_run(
        self, name: str, arguments: Mapping[str, Any], *, account: str | None = None
    ) -> dict[str, Any]:
        """The first HTTP request `call` would send, secrets masked; nothing is sent."""
        from generator.hosts.dry_run import Captured, capturing_client, describe

        entry = self.resolve(name)
        args = self.normalize(entry, arguments)
        decision = self.policy.decide(entry.provider_id, account or "default", entry.access)
        client = self._new_client(entry, account, False)
        real, client._http = client._http, capturing_client(client._http)
        try:
            getattr(client, entry.name)(**args)
        except Captured as captured:
            secrets = [
                v.reveal() for v in client._core.account.values.values() if isinstance(v, Secret)
            ]
            return {
                "tool": entry.full_name,
                "access": entry.access,
                "policy": decision,
                "request": describe(captured.request, secrets),
            }
        finally:
            client._http.close()
            real.close()
        return {
            "tool": entry.full_name,
            "access": entry.access,
            "policy": decision,
            "request": None,
        }

    def authorize(self, entry: ToolEntry, account: str | None, force: bool) -> None:
        """Apply the permission policy: return to go ahead, raise to refuse."""
        decision = self.policy.decide(entry.provider_id, account or "default", entry.access)
        if decision == "allow":
            return
        if decision == "deny":
            raise PolicyDenied(entry.full_name, entry.access, self.policy.source)
        if force or (self.confirm is not None and self.confirm(entry.full_name, entry.access)):
            return
        raise WriteRefused(entry.full_name, entry.access)

    def _prepare(
        self, name: str, arguments: Mapping[str, Any], force: bool, account: str | None
    ) -> tuple[ToolEntry, dict[str, Any], bool]:
        """The tool, its checked arguments, and whether to walk every page."""
        entry = self.resolve(name)
        self.authorize(entry, account, force)
        args = self.normalize(entry, arguments)
        paging = self._specs[entry.full_name].paging
        page_params = () if paging is None else (paging.cursor_param, paging.page_param)
        return entry, args, paging is not None and not any(p in args for p in page_params)

    def _async_client(self, entry: ToolEntry, account: str | None) -> Any:
        """One async client per (provider, account) and event loop."""
        loop = asyncio.get_running_loop()
        cached = self._async_clients.get((entry.provider_id, account))
        if cached is None or cached[0] is not loop:
            cached = (loop, self._new_client(entry, account, True))
            self._async_clients[entry.provider_id, account] = cached
        return cached[1]

    def _new_client(self, entry: ToolEntry, account: str | None, is_async: bool) -> Any:
        provider = self._providers[entry.provider_id]
        package = importlib.import_module(naming.client_package(provider.namespace))
        cls = getattr(package, provider.async_class_name if is_async else provider.class_name)
        return cls.from_account(account or "default")
