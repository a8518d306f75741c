"""Human reference pages: `docs/reference/<id>.md` and the index of all providers."""

from __future__ import annotations

import json
import posixpath
import shlex
from collections.abc import Sequence

from generator import naming
from generator.render.common import (
    ACCESS_LABELS,
    AUTH_LABELS,
    access_counts,
    banner,
    finish,
    spec_source,
    tool_doc,
)
from generator.render.env import render_template
from generator.render.escape import lua_str
from generator.render.lua_example import call_expr, showcase_tool, workflow_example
from generator.spec.model import Catalog, Provider
from generator.spec.summary import ProviderSummary, summaries

SURFACE = "reference"
INDEX_PATH = "docs/reference/index.md"
WORKFLOW_COMMANDS = "toolgen lua workflow.lua --json\ntoolgen lua workflow.lua --force --json"
MCP_LUA_COMMAND = "toolgen mcp lua --eval 'dump(mcp.servers())' --json"


def render_provider(provider: Provider) -> dict[str, str]:
    page = naming.reference_path(provider.id)
    lua_doc = naming.lua_doc_path(provider.id)
    text = render_template(
        SURFACE,
        "provider.md.j2",
        banner=banner(spec_source(provider)),
        provider=provider,
        docs=[tool_doc(tool, provider) for tool in provider.tools],
        counts=access_counts(provider),
        auth=AUTH_LABELS[provider.api.auth.kind],
        lua_doc_path=lua_doc,
        lua_doc_link=posixpath.relpath(lua_doc, posixpath.dirname(page)),
        lua_doc_dir=posixpath.dirname(naming.lua_doc_path(provider.id, "tool")) + "/",
        mcp_command=shlex.join(["toolgen", "mcp", "serve", "--provider", provider.id]),
        credentials_file=credentials_example(provider),
        **lua_usage(provider),
    )
    return {page: finish(text)}


def credentials_example(provider: Provider) -> str:
    """A `[<id>.default]` table of the credentials file (docs/credentials.md)."""
    lines = [f"[{provider.id}.default]"]
    for credential in provider.credentials:
        value = "..." if credential.secret or credential.default is None else credential.default
        lines.append(f"{credential.name} = {json.dumps(value, ensure_ascii=False)}")
    return "\n".join(lines)


def lua_usage(provider: Provider) -> dict[str, str]:
    """The Lua namespace, CLI and workflow examples, around the provider's showcase tool."""
    tool = showcase_tool(provider)
    tool_name = tool.name if tool else "<function>"
    full_name = naming.full_name(provider.id, tool_name)
    docs_read = f"docs.read({lua_str(provider.id)})"
    docs_read_tool = f"docs.read({lua_str(full_name)})"
    evals = [f"print({docs_read})", f"print({docs_read_tool})"]
    if tool is not None:
        evals.insert(0, f"dump({call_expr(tool, provider, one_line=True)})")
    namespace = provider.namespace
    return {
        "namespace_path": naming.namespace_path(namespace),
        "lua_path": naming.lua_path(namespace, tool_name),
        "docs_read": docs_read,
        "docs_read_tool": docs_read_tool,
        "lua_read_doc": f"lua_read_doc({lua_str('integrations.' + provider.id)})",
        "mcp_lua_command": MCP_LUA_COMMAND,
        "eval_commands": "\n".join(
            shlex.join(["toolgen", "lua", "--eval", code, "--json"]) for code in evals
        ),
        "workflow_code": workflow_example(tool, provider) if tool else "",
        "workflow_commands": WORKFLOW_COMMANDS,
        "default_account_path": naming.account_lua_path(namespace, "default", tool_name),
        "named_account_path": naming.account_lua_path(namespace, "production", tool_name),
    }


def render_catalog(catalog: Catalog | Sequence[ProviderSummary]) -> dict[str, str]:
    rows = [
        {
            "provider": provider,
            "page": posixpath.relpath(naming.reference_path(provider.id), "docs/reference"),
            "tools": len(provider.accesses),
            "counts": {access: provider.accesses.count(access) for access in ACCESS_LABELS},
            "auth": AUTH_LABELS[provider.auth_kind],
        }
        for provider in summaries(catalog)
    ]
    text = render_template(SURFACE, "index.md.j2", banner=banner("specs/"), rows=rows)
    return {INDEX_PATH: finish(text)}
