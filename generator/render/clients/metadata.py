"""The `ProviderSpec`/`ToolSpec` literals of a generated `tools.py`."""

from __future__ import annotations

from typing import Any

from generator import naming
from generator.render.clients.literal import Call
from generator.spec.model import Compose, Param, Provider, Tool


def tool_spec(tool: Tool, provider: Provider) -> Call:
    """The `ToolSpec(...)` of `tools.py`; only non-default fields are written."""
    ns = provider.namespace
    args: list[tuple[str, Any]] = [
        ("name", tool.name),
        ("full_name", naming.full_name(provider.id, tool.name)),
        ("mcp_name", naming.mcp_name(ns, tool.name)),
        ("lua_path", naming.lua_path(ns, tool.name)),
        ("access", tool.access),
        ("idempotent", tool.idempotent),
        ("summary", tool.summary),
        ("aliases", tool.aliases),
        ("params", tuple(param_spec(p) for p in tool.params)),
        ("returns", "" if tool.returns.type is None else str(tool.returns.type)),
        ("unwrap", tool.returns.unwrap),
        ("implementation", tool.implementation),
        ("deprecated", tool.deprecated.sentence("tool") if tool.deprecated else ""),
    ]
    if tool.http is not None:
        http = tool.http
        args += [("method", http.method), ("path", http.path), ("success", http.success)]
        args += [("accept", http.accept)]
        args += [("body", "" if http.body == "json" else http.body)]
        args += [("content_type", http.binary_type if http.body == "binary" else "")]
    if tool.compose is not None:
        args.append(("compose", compose_spec(tool, tool.compose, provider)))
    if tool.returns.optional:
        args.append(("optional", True))
    if tool.is_paginated:
        page = tool.pagination
        paging = [("style", page.style), ("limit_param", page.limit_param)]
        paging += [("cursor_param", page.cursor_param), ("item_key", page.item_key)]
        paging += [("page_param", page.page_param), ("per_page_param", page.per_page_param)]
        extra = [("offset_param", page.offset_param if page.offset_param != "offset" else "")]
        extra += [("next_cursor", page.next_cursor), ("next_url", page.next_url)]
        paging += [(key, value) for key, value in extra if value]  # defaults left out
        args.append(("paging", Call("PagingSpec", tuple(paging))))
    return Call("ToolSpec", tuple((key, value) for key, value in args if value not in ("", ())))


def param_spec(param: Param) -> Call:
    default = tuple(param.default) if isinstance(param.default, list) else param.default
    args = [
        ("name", param.name),
        ("type", str(param.type)),
        ("required", param.required or None),
        ("location", param.location),
        ("wire", param.wire),
        ("credential", param.credential),
        ("default", default),
        ("enum", tuple(param.enum)),
        ("description", " ".join(param.description.split())),
        ("explode", None if param.explode else False),
        ("aliases", param.aliases),
        ("merge", param.merge or None),
        ("only_with", param.only_with),
        ("deprecated", param.deprecated.sentence("param") if param.deprecated else ""),
    ]
    return Call("ParamSpec", tuple((k, v) for k, v in args if v is not None and v not in ("", ())))


def provider_spec(provider: Provider) -> Call:
    auth = provider.api.auth
    credentials = tuple(
        Call(
            "CredentialSpec",
            tuple(
                (key, value)
                for key, value in [
                    ("name", c.name),
                    ("env", c.env or naming.env_var(provider.id, c.name)),
                    ("secret", c.secret or None),
                    ("required", None if c.required else False),
                    ("default", c.default),
                    ("description", " ".join(c.description.split())),
                ]
                if value is not None and value != ""
            ),
        )
        for c in provider.credentials
    )
    args: list[tuple[str, Any]] = [
        ("id", provider.id),
        ("namespace", provider.namespace),
        ("name", provider.name),
        ("class_name", naming.class_name(provider.namespace)),
        ("async_class_name", naming.async_class_name(provider.namespace)),
        ("base_url", provider.api.base_url),
        ("base_url_env", naming.env_var(provider.id, "base_url")),
        ("auth_kind", auth.kind),
        ("auth_credential", auth.credential),
        ("auth_password_credential", auth.password_credential),
        ("auth_header", "" if auth.header == "Authorization" else auth.header),
        ("auth_prefix", auth.prefix),
        ("auth_token_url", auth.token_url),
        ("auth_scopes", auth.scopes),
        ("auth_refresh_credential", auth.refresh_credential),
        ("headers", provider.api.headers),
        ("credentials", credentials),
    ]
    return Call("ProviderSpec", tuple((key, value) for key, value in args if value not in ("", ())))


def meta_imports(provider: Provider) -> list[str]:
    """The `generator.runtime.meta` names a provider's `tools.py` uses, sorted."""
    names = ["ParamSpec", "ProviderSpec", "ToolSpec"]
    if provider.credentials:
        names.append("CredentialSpec")
    if any(tool.is_paginated for tool in provider.tools):
        names.append("PagingSpec")
    if any(tool.compose is not None for tool in provider.tools):
        names.append("ComposeSpec")
    return sorted(names)


def compose_spec(tool: Tool, plan: Compose, provider: Provider) -> Call:
    """The `ComposeSpec(...)` of a composed tool, with the params it passes on to each tool."""

    def shared(name: str) -> tuple[str, ...]:
        other = provider.tool(name)
        control = {plan.each, plan.then_when}
        return tuple(
            p.name
            for p in tool.params
            if other is not None and other.param(p.name) is not None and p.name not in control
        )

    args: list[tuple[str, Any]] = [
        ("call", plan.call),
        ("read", plan.read),
        ("take", plan.take),
        ("first", plan.first or None),
        ("drop", plan.drop),
        ("version", plan.version if plan.version[0] else ()),
        ("each", plan.each),
        ("each_as", plan.each_as),
        ("then_when", plan.then_when),
        ("then_list", plan.then_list),
        ("then_list_args", plan.then_list_args),
        ("then_call", plan.then_call),
        ("then_with", plan.then_with),
        ("then_report", plan.then_report),
        ("pass_read", shared(plan.read) if plan.read else ()),
        ("pass_list", shared(plan.then_list) if plan.then_list else ()),
        ("pass_then", shared(plan.then_call) if plan.then_call else ()),
    ]
    return Call(
        "ComposeSpec", tuple((k, v) for k, v in args if v is not None and v not in ("", ()))
    )
