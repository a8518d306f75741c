"""The three tools of `--mode code`: definitions only (names, descriptions, schemas).

Their size does not grow with the catalog: the catalog is reached through
`search_docs` and `read_docs`, and called from Lua through `run_lua`.
"""

from __future__ import annotations

from typing import Any

SEARCH, READ, RUN = "search_docs", "read_docs", "run_lua"
ACCESS = ["read", "write", "destructive"]
MAX_LIMIT = 50

_STRING = {"type": "string"}
_HIT = {
    "type": "object",
    "properties": {
        "full_name": _STRING,
        "lua_path": _STRING,
        "access": {"enum": ACCESS},
        "summary": _STRING,
        "params": {"type": "array", "items": _STRING},
    },
    "required": ["full_name", "lua_path", "access", "summary", "params"],
}
_CALL = {  # one record of the Lua host's call log (generator/hosts/lua/calllog.py)
    "type": "object",
    "properties": {
        "tool": _STRING,
        "access": {"enum": [*ACCESS, None]},
        "ok": {"type": "boolean"},
        "status": {"enum": ["ok", "error", "refused"]},
        "duration_ms": {"type": "number"},
        "error": _STRING,
    },
    "required": ["tool", "ok", "status"],
}
_ERROR = {
    "type": ["object", "null"],
    "properties": {
        "message": _STRING,
        "tool": _STRING,
        "status": {"type": "integer"},
        "param": _STRING,
    },
}


def _annotations(title: str, *, read_only: bool, open_world: bool) -> dict[str, Any]:
    return {
        "title": title,
        "readOnlyHint": read_only,
        "destructiveHint": not read_only,
        "idempotentHint": read_only,
        "openWorldHint": open_world,
    }


def definitions(*, allow_writes: bool) -> list[dict[str, Any]]:
    """`tools/list` entries; `run_lua` is read-only unless the server allows writes."""
    refusal = (
        "Write and destructive functions run."
        if allow_writes
        else "Write and destructive functions are refused (the server lacks --allow-writes)."
    )
    return [
        {
            "name": SEARCH,
            "title": "Search the function docs",
            "description": (
                "Step 1 of 3: find functions by what they do, across every provider "
                "(BM25 over names, aliases, summaries, descriptions, parameters). "
                "Then read_docs a hit's full_name and call its lua_path from run_lua."
            ),
            "inputSchema": {
                "type": "object",
                "properties": {
                    "query": {"type": "string", "minLength": 1, "description": "Plain words."},
                    "provider": {"type": "string", "description": "Provider id or glob."},
                    "access": {"enum": ACCESS},
                    "limit": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 10},
                },
                "required": ["query"],
                "additionalProperties": False,
            },
            "outputSchema": {
                "type": "object",
                "properties": {"hits": {"type": "array", "items": _HIT}},
                "required": ["hits"],
            },
            "annotations": _annotations("Search docs", read_only=True, open_world=False),
        },
        {
            "name": READ,
            "title": "Read a function's docs",
            "description": (
                "Step 2 of 3: the Lua docs of one function (parameters, result fields, "
                "an example) by its full_name (`fly-io.list_apps`), or a provider's "
                "page and function list by its id (`fly-io`)."
            ),
            "inputSchema": {
                "type": "object",
                "properties": {"name": {"type": "string", "minLength": 1}},
                "required": ["name"],
                "additionalProperties": False,
            },
            "outputSchema": {
                "type": "object",
                "properties": {"name": _STRING, "markdown": _STRING},
                "required": ["name", "markdown"],
            },
            "annotations": _annotations("Read docs", read_only=True, open_world=False),
        },
        {
            "name": RUN,
            "title": "Run Lua against the functions",
            "description": (
                "Step 3 of 3: run a Lua script in a sandbox with app.integrations.* "
                "(call `app.integrations.fly_io.list_apps({})`), docs.*, json.*, print "
                "and dump. Returns what it printed, its return value and the calls it "
                f"made. Errors are tables; pcall catches them. {refusal}"
            ),
            "inputSchema": {
                "type": "object",
                "properties": {"code": {"type": "string", "minLength": 1}},
                "required": ["code"],
                "additionalProperties": False,
            },
            "outputSchema": {
                "type": "object",
                "properties": {
                    "ok": {"type": "boolean"},
                    "output": _STRING,
                    "result": {},
                    "error": _ERROR,
                    "calls": {"type": "array", "items": _CALL},
                },
                "required": ["ok", "output", "result", "error", "calls"],
            },
            "annotations": _annotations("Run Lua", read_only=not allow_writes, open_world=True),
        },
    ]


INSTRUCTIONS = (
    "Every function of {providers} is reachable through three tools: search_docs "
    "finds functions by what they do, read_docs shows how to call one, run_lua "
    "calls it from a Lua script (several calls per script are fine)."
)
