"""A function's input and output JSON Schema, read from its provider's generated MCP file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator import naming


def mcp_dir() -> Path:
    import generated

    return Path(generated.__file__).resolve().parent / "mcp"


def tool_schemas(provider_id: str, mcp_name: str, directory: Path | None = None) -> dict[str, Any]:
    path = (directory or mcp_dir()) / Path(naming.mcp_path(provider_id)).name
    try:
        tools = json.loads(path.read_text(encoding="utf-8"))["tools"]
    except (OSError, ValueError, KeyError) as exc:
        raise LookupError(f"cannot read {path}: {exc}") from None
    for tool in tools:
        if tool.get("name") == mcp_name:
            return {
                "input_schema": tool.get("inputSchema", {}),
                "output_schema": tool.get("outputSchema"),
            }
    raise LookupError(f"{mcp_name} is not in {path}: run `toolgen generate`")
