"""A whole new spec (plain data) for chosen operations of an upstream document."""

from __future__ import annotations

from typing import Any

from generator.importer.tools import tool_entry
from generator.importer.types import TypeCollector
from generator.naming import snake
from generator.upstream import Operation, Upstream


def spec_data(upstream: Upstream, provider_id: str, operations: list[Operation]) -> dict[str, Any]:
    types = TypeCollector(upstream.resolver)
    tools = [tool_entry(op, types) for op in operations]
    document = upstream.resolver.document
    info = document.get("info") or {}
    name = str(info.get("title") or provider_id)
    base_url = str(((document.get("servers") or [{}])[0]).get("url", ""))
    auth, credentials = _auth(upstream, name)
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


def _first_line(text: str) -> str:
    return text.strip().split("\n", 1)[0].strip()


def _auth(upstream: Upstream, name: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`api.auth` and `credentials` from the first usable security scheme; bearer when none is."""
    token = {"api_token": {"description": f"API token for {name}.", "secret": True}}
    for _, scheme in upstream.security:
        kind, where = scheme.get("type"), scheme.get("in")
        if kind == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            credentials = {
                "username": {"description": f"{name} user name.", "secret": False},
                "password": {"description": f"{name} password.", "secret": True},
            }
            return {
                "kind": "basic",
                "credential": "username",
                "password_credential": "password",
            }, credentials
        if kind == "apiKey" and where == "header":
            return {
                "kind": "header",
                "credential": "api_token",
                "header": str(scheme["name"]),
            }, token
        if kind in ("http", "oauth2", "openIdConnect"):
            break  # bearer tokens
    return {"kind": "bearer", "credential": "api_token"}, token
