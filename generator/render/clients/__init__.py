"""Typed Python clients: `generated/clients/<namespace>/`.

Templates (`templates/clients/`) lay out the modules; `source` and `metadata`
turn the spec model into ready-escaped snippets and `literal` lays literals
out like `ruff format`, so the output is ruff-format clean without running ruff.
"""

from __future__ import annotations

from collections.abc import Sequence

from generator import naming
from generator.render.clients.literal import LINE, code, expr
from generator.render.clients.metadata import meta_imports, provider_spec, tool_spec
from generator.render.clients.source import ToolCtx, flavor, model_ctx, tool_ctx
from generator.render.common import banner, spec_source
from generator.render.env import render_template
from generator.render.escape import Escaped, ident
from generator.spec.model import Catalog, Provider, TypeRef
from generator.spec.summary import ProviderSummary, summaries

SURFACE = "clients"
_SETUP_OPTIONS = {"account", "base_url", "timeout", "retry", "http_client", "transport"}
_TAKEN_TYPE_NAMES = {"Any", "AsyncClient", "SyncClient", "Timeout", "RetryPolicy", "FileInput"}
_TAKEN_TYPE_NAMES |= {"SyncPage", "AsyncPage", "CallOptions", "Unpack"}


def render_provider(provider: Provider) -> dict[str, str]:
    for name in (t.name for t in provider.types if t.name in _TAKEN_TYPE_NAMES):
        raise ValueError(f"{provider.source}: type name {name!r} is taken by the generated client")
    for name in (c.name for c in provider.credentials if c.name in _SETUP_OPTIONS):
        raise ValueError(f"{provider.source}: credential name {name!r} is a client option")
    tools = [tool_ctx(tool) for tool in provider.tools]
    used_types = sorted({ref.base.name for ref in _refs(provider) if not ref.base.is_primitive})
    sync_name = naming.class_name(provider.namespace)
    async_name = naming.async_class_name(provider.namespace)
    signatures = " ".join(f"{p} {t.returns}" for t in tools for _, p in t.params)
    collections = [name for name in ("Mapping", "Sequence") if name in signatures]
    if any(t.item for t in tools):
        collections = ["AsyncIterator", "Iterator", *collections]
    context = {
        "banner": code(banner(spec_source(provider))),
        "provider": provider,
        "models": [model_ctx(typedef) for typedef in provider.types],
        "tools": tools,
        "flavors": [
            flavor(provider, sync_name, "SyncClient", False),
            flavor(provider, async_name, "AsyncClient", True),
        ],
        "class_name": ident(sync_name),
        "async_class_name": ident(async_name),
        "credentials": [ident(c.name) for c in provider.credentials],
        "collections_imports": code(", ".join(collections)),
        "uses_any": "Any" in signatures,
        "uses_model": "_m." in signatures + " ".join(_decoders(tools)),
        "typing_imports": code("Any, Unpack" if "Any" in signatures else "Unpack"),
        "uses_files": "FileInput" in signatures,
        "uses_pages": any(t.item for t in tools),
        "page_imports": code("AsyncPage, SyncPage"),
        "model_imports": _import_list(used_types, "from .models import "),
        "meta_imports": _import_list(meta_imports(provider), "from generator.runtime.meta import "),
        "provider_spec": expr(provider_spec(provider), 0, len("PROVIDER = ")),
        "tool_specs": {
            ident(tool.name): expr(tool_spec(tool, provider), 4, 4 + len(tool.name) + 4, 1)
            for tool in provider.tools
        },
    }
    directory = naming.client_dir(provider.namespace)
    files = {
        f"{directory}/{name}": render_template(SURFACE, f"{name}.j2", **context)
        for name in ("__init__.py", "models.py", "client.py", "tools.py")
    }
    files[f"{directory}/py.typed"] = ""
    return files


def _decoders(tools: Sequence[ToolCtx]) -> list[str]:
    """The decoders the client module names: item decoders for list methods."""
    return [str(t.item_decoder if t.item else t.decoder) for t in tools]


def _import_list(names: list[str], statement: str) -> Escaped:
    """Names after `statement`: flat when the line fits, else parenthesised one per line."""
    flat = ", ".join(names)
    if len(statement) + len(flat) <= LINE:
        return code(flat)
    return expr(tuple(code(name) for name in names), 0, len(statement))


def _refs(provider: Provider) -> list[TypeRef]:
    refs = [p.type for tool in provider.tools for p in tool.params]
    return refs + [tool.returns.type for tool in provider.tools if tool.returns.type is not None]


def render_catalog(catalog: Catalog | Sequence[ProviderSummary]) -> dict[str, str]:
    providers = summaries(catalog)
    packages = {p.id: p.namespace for p in providers}
    # as `spec_source`, which takes a whole provider
    sources = ", ".join(p.source or f"specs/{p.id}.yaml" for p in providers) or "no specs"
    context = {"banner": code(banner(sources)), "packages": expr(packages, 0, len("PACKAGES = "))}
    return {
        "generated/__init__.py": render_template(SURFACE, "generated__init__.py.j2", **context),
        "generated/clients/__init__.py": render_template(
            SURFACE, "clients__init__.py.j2", **context
        ),
    }
