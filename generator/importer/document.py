"""A whole new spec (plain data) for chosen operations of an upstream document.

Each operation is converted on its own: one that cannot become a tool is
recorded in the report as skipped and the rest go on.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlparse

from generator.importer.names import ToolNames
from generator.importer.report import ImportReport
from generator.importer.tools import tool_entry
from generator.importer.types import TypeCollector
from generator.naming import async_class_name, class_name, snake
from generator.upstream import Operation, Upstream, UpstreamError

_VARIABLE = re.compile(r"\{([^{}]+)\}")


def spec_data(
    upstream: Upstream, provider_id: str, operations: list[Operation], report: ImportReport
) -> dict[str, Any]:
    namespace = snake(provider_id)
    classes = frozenset({class_name(namespace), async_class_name(namespace)})
    types = TypeCollector(upstream.resolver, reserved=classes)
    names = ToolNames(snake(provider_id))
    info = upstream.resolver.document.get("info") or {}
    name = " ".join(str(info.get("title") or provider_id).split())
    auth, credentials, scheme = _auth(upstream, name)
    tools = []
    home = str((upstream.servers[0] if upstream.servers else {}).get("url", "")).rstrip("/")
    for op in operations:
        if op.servers and home not in op.servers:
            report.skip(op, _elsewhere(op.servers, home))
            continue
        notes = [*op.notes, *_security_notes(op, scheme)]
        name = names.claim(op)
        try:
            tools.append(tool_entry(op, types, name, notes))
        except (UpstreamError, RecursionError, KeyError, TypeError, ValueError) as exc:
            names.taken.discard(name)
            report.skip(op, f"{exc}" if isinstance(exc, UpstreamError) else f"{exc!r:.160}")
            continue
        report.tool(op, name, notes)
    for op, note in names.notes:
        report.note(op, note)
    document = upstream.resolver.document
    base_url, variables = _server(upstream)
    parsed = urlparse(base_url)
    if parsed.scheme not in ("http", "https") or not parsed.netloc:
        shown = f"'{base_url}'" if base_url else "none"
        raise UpstreamError(
            f"the document's server URL ({shown}) is not an absolute http(s) URL:"
            " give the API's base URL with --server URL"
        )
    for variable, entry in variables.items():
        credentials.setdefault(variable, entry)
    data: dict[str, Any] = {
        "provider": {
            "id": provider_id,
            "name": name,
            "namespace": snake(provider_id),
            "category": "Uncategorized",
            "description": _first_line(str(info.get("description") or "")) or f"Call the {name}.",
            "docs_url": str((document.get("externalDocs") or {}).get("url") or base_url),
        },
        "api": {"base_url": base_url, "auth": auth},
        "credentials": credentials,
    }
    if types.types:
        data["types"] = types.types
    data["tools"] = tools
    return data


def _elsewhere(servers: tuple[str, ...], home: str) -> str:
    """Why an operation served from its own server is skipped, and how to import it."""
    where = ", ".join(servers)
    reason = f"served from its own server ({where}), not {home or 'the base URL'}"
    usable = [url for url in servers if urlparse(url).netloc]
    if not usable:
        return f"{reason}; that server has no host, so no base URL can serve it"
    return f"{reason}: import it into a provider of its own with --server {usable[0]}"


def _security_notes(op: Operation, scheme: str) -> list[str]:
    """Where the operation's own `security` differs from the provider-wide auth sent."""
    if op.security is None:
        return []
    if not op.security:
        return ["declared without authentication; the account's credential is sent anyway"]
    if scheme and scheme not in op.security:
        return [f"accepts {', '.join(op.security)}; the provider's {scheme} is sent"]
    return []


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _server(upstream: Upstream) -> tuple[str, dict[str, Any]]:
    """The first server's URL, its `{variables}` as credentials with their defaults."""
    server = upstream.servers[0] if upstream.servers else {}
    url = str(server.get("url", "")).rstrip("/")
    declared = server.get("variables") or {}
    credentials: dict[str, Any] = {}

    def credential(match: re.Match[str]) -> str:
        variable = match.group(1)
        setting = declared.get(variable) if isinstance(declared, dict) else None
        setting = setting if isinstance(setting, dict) else {}
        key = snake(variable) or "server"
        text = str(setting.get("description") or f"Server URL variable `{variable}`.")
        entry: dict[str, Any] = {"description": " ".join(text.split()), "secret": False}
        if setting.get("default") is not None:
            entry["default"] = str(setting["default"])
        credentials[key] = entry
        return "{" + key + "}"

    return _VARIABLE.sub(credential, url), credentials


def _auth(upstream: Upstream, name: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    """`api.auth`, `credentials` and the scheme's name from the first usable security scheme;
    bearer (and "") when none is."""
    token = {"api_token": {"description": f"API token for {name}.", "secret": True}}
    for scheme_name, scheme in upstream.security:
        kind, where = scheme.get("type"), scheme.get("in")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            credentials = {
                "username": {"description": f"{name} user name.", "secret": False},
                "password": {"description": f"{name} password.", "secret": True},
            }
            auth = {"kind": "basic", "credential": "username", "password_credential": "password"}
            return auth, credentials, scheme_name
        if kind == "apiKey" and where == "header":
            auth = {"kind": "header", "credential": "api_token", "header": str(scheme["name"])}
            return auth, token, scheme_name
        if kind in ("http", "oauth2", "openIdConnect"):
            return {"kind": "bearer", "credential": "api_token"}, token, scheme_name
    return {"kind": "bearer", "credential": "api_token"}, token, ""
