"""`toolgen providers`, `toolgen search` and `toolgen schema`: what is installed and how to call it."""

from __future__ import annotations

import json
from typing import Annotated, Any

import typer

from generator.cli import app
from generator.commands.common import fail
from generator.commands.completing import complete_provider, complete_tool

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


@app.command()
def providers(as_json: JsonOption = False) -> None:
    """Every provider: function counts by access, auth kind, accounts and whether each is ready."""
    from generator.hosts.registry import Registry, UnknownTool
    from generator.ops.accounts_file import AccountsError, accounts_by_provider, read_document
    from generator.ops.inventory import format_rows, provider_rows

    try:
        rows = provider_rows(Registry.load(), accounts_by_provider(read_document()))
    except (UnknownTool, AccountsError) as exc:
        fail(str(exc.args[0]), as_json, 1)
    if as_json:
        typer.echo(json.dumps({"ok": True, "providers": rows}, indent=2))
    else:
        typer.echo(format_rows(rows))


@app.command()
def search(
    query: Annotated[str, typer.Argument(help="What you want to do, in words.")],
    provider: Annotated[
        str | None,
        typer.Option(
            "--provider", "-p", help="Provider id or glob.", autocompletion=complete_provider
        ),
    ] = None,
    access: Annotated[str | None, typer.Option(help="read, write or destructive.")] = None,
    limit: Annotated[int, typer.Option(min=1, max=100, help="Most hits to show.")] = 10,
    as_json: JsonOption = False,
) -> None:
    """Find functions by what they do: the same ranking as docs.search and MCP search_docs."""
    from generator.commands.common import unknown_provider
    from generator.search import SearchError, SearchIndex, default_search_dir

    if provider and (message := unknown_provider(provider, glob=True)):
        fail(message, as_json, 2)
    try:
        hits = SearchIndex.load(default_search_dir()).search(
            query, provider=provider, access=access, limit=limit
        )
    except SearchError as exc:
        fail(str(exc), as_json, 2)
    if as_json:
        typer.echo(
            json.dumps({"ok": True, "query": query, "hits": [_hit(h) for h in hits]}, indent=2)
        )
        return
    if not hits:
        typer.echo(f"no function matches {query!r}", err=True)
    for hit in hits:
        typer.echo(f"{hit.full_name:<40} {hit.access:<11} {hit.summary}")


def _hit(hit: Any) -> dict[str, Any]:
    return {
        "full_name": hit.full_name,
        "lua_path": hit.lua_path,
        "mcp_name": hit.mcp_name,
        "provider": hit.provider,
        "access": hit.access,
        "summary": hit.summary,
        "params": list(hit.params),
        "score": round(hit.score, 4),
    }


@app.command()
def schema(
    name: Annotated[
        str,
        typer.Argument(
            help="Any published name: fly-io.get_app, a Lua path, an MCP name or an alias.",
            autocompletion=complete_tool,
        ),
    ],
    as_json: JsonOption = False,
) -> None:
    """A function's input and output JSON Schema, as MCP clients see them."""
    from generator.hosts.registry import Registry, UnknownTool
    from generator.ops.schemas import tool_schemas

    try:
        entry = Registry.load().resolve(name)
        found = tool_schemas(entry.provider_id, entry.mcp_name)
    except (UnknownTool, LookupError) as exc:
        fail(str(exc.args[0]), as_json, 2)
    document = {
        "full_name": entry.full_name,
        "lua_path": entry.lua_path,
        "mcp_name": entry.mcp_name,
        "access": entry.access,
        **found,
    }
    typer.echo(json.dumps({"ok": True, **document} if as_json else document, indent=2))
