"""Agent-facing Lua docs: `generated/lua/<id>.md` and one file per function.

The per-function file is what `docs.read("fly-io.list_apps")` returns.
"""

from __future__ import annotations

from generator import naming
from generator.render.common import banner, finish, spec_source, tool_doc
from generator.render.env import render_template
from generator.render.lua_example import accounts_example, showcase_tool
from generator.spec.model import Provider

SURFACE = "lua_docs"


def render_provider(provider: Provider) -> dict[str, str]:
    docs = [tool_doc(tool, provider) for tool in provider.tools]
    showcase = showcase_tool(provider)
    files = {
        naming.lua_doc_path(provider.id): finish(
            render_template(
                SURFACE,
                "provider.md.j2",
                banner=banner(spec_source(provider)),
                title=f"{provider.name} — Lua API Reference",
                provider=provider,
                namespace_path=naming.namespace_path(provider.namespace),
                docs=docs,
                accounts_code=accounts_example(showcase, provider) if showcase else "",
            )
        )
    }
    for doc in docs:
        files[naming.lua_doc_path(provider.id, doc.tool.name)] = finish(
            render_template(SURFACE, "tool.md.j2", banner=banner(spec_source(provider)), doc=doc)
        )
    return files
