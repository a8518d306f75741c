"""Search records: `generated/search/<id>.json`, what `generator.search` indexes.

One compact JSON object per provider (via `json.dumps`, never templated): the
provider's id, name and category, and per tool the names an agent may know it
by, its access, summary, description and parameter names. The index is built
from these files at query time, so serving never loads specs or clients.
"""

from __future__ import annotations

import json
from typing import Any

from generator import naming
from generator.render.common import banner, spec_source
from generator.spec.model import Provider, Tool

FORMAT = 1


def render_provider(provider: Provider) -> dict[str, str]:
    document = {
        "format": FORMAT,
        "generated": banner(spec_source(provider)),
        "provider": provider.id,
        "name": provider.name,
        "category": provider.category,
        "tools": [tool_record(tool, provider) for tool in provider.tools],
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return {naming.search_path(provider.id): text + "\n"}


def tool_record(tool: Tool, provider: Provider) -> dict[str, Any]:
    return {
        "full_name": naming.full_name(provider.id, tool.name),
        "lua_path": naming.lua_path(provider.namespace, tool.name),
        "mcp_name": naming.mcp_name(provider.namespace, tool.name),
        "access": tool.access,
        "summary": tool.summary.strip(),
        "description": tool.description.strip(),
        "params": [param.name for param in tool.params],
        "aliases": list(tool.aliases),
    }
