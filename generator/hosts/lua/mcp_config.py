"""The user's MCP servers: a JSON file in the common `mcpServers` shape.

    {"mcpServers": {
        "files": {"command": "npx", "args": ["-y", "server-files", "."], "env": {"DEBUG": "1"}},
        "remote": {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer ..."}}}}

A server with `command` runs over stdio (optional `args`, `env`, `cwd`); one
with `url` is reached over streamable HTTP (optional `headers`). The file is
`--mcp-config`, else `$TOOLGEN_MCP_CONFIG`, else `mcp.json` in the user's
toolgen config directory; only that last one may be missing (no servers).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from attrs import frozen

from generator.hosts.lua.calllog import is_secret_name

CONFIG_ENV = "TOOLGEN_MCP_CONFIG"
KNOWN_KEYS = {"command", "args", "env", "cwd", "url", "headers", "type", "transport"}
TRANSPORT_TYPES = {
    "stdio": "stdio",
    "http": "http",
    "streamable-http": "http",
    "streamableHttp": "http",
}


class McpConfigError(ValueError):
    """An unusable config file; the message names the file and the entry."""


@frozen
class ServerConfig:
    name: str
    transport: str  # stdio | http
    command: str = ""
    args: tuple[str, ...] = ()
    env: tuple[tuple[str, str], ...] = ()
    cwd: str | None = None
    url: str = ""
    headers: tuple[tuple[str, str], ...] = ()

    def describe(self) -> dict[str, Any]:
        """What `mcp.servers()` shows: never env values or headers (they hold secrets),
        and secret-looking arguments and URL query values redacted."""
        if self.command:
            where: dict[str, Any] = {"command": self.command, "args": _shown_args(self.args)}
        else:
            where = {"url": _shown_url(self.url)}
        return {"name": self.name, "transport": self.transport, **where}


def _shown_args(args: tuple[str, ...]) -> list[str]:
    """`--api-key X` and `--token=X` keep the flag and lose the value."""
    shown: list[str] = []
    previous = ""
    for arg in args:
        flag, equals, _ = arg.partition("=")
        if equals and flag.startswith("-") and is_secret_name(flag):
            shown.append(f"{flag}=[redacted]")
        elif previous.startswith("-") and "=" not in previous and is_secret_name(previous):
            shown.append("[redacted]")
        else:
            shown.append(arg)
        previous = arg
    return shown


def _shown_url(url: str) -> str:
    """No user:password, and secret-named query values redacted."""
    parts = urlsplit(url)
    query = [(k, "[redacted]" if is_secret_name(k) else v) for k, v in parse_qsl(parts.query)]
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=netloc, query=urlencode(query, safe="[]")))


def default_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir("toolgen")) / "mcp.json"


def config_path(option: Path | None) -> tuple[Path, bool]:
    """(path, whether the user named it); a named file must exist."""
    if option is not None:
        return option, True
    configured = os.environ.get(CONFIG_ENV)
    if configured:
        return Path(configured), True
    return default_path(), False


def load_config(option: Path | None = None) -> dict[str, ServerConfig]:
    path, named = config_path(option)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        if named:
            raise McpConfigError(f"{path}: MCP config file not found") from None
        return {}
    except (OSError, UnicodeDecodeError) as exc:
        raise McpConfigError(f"{path}: cannot read the MCP config: {exc}") from None
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise McpConfigError(f"{path}: not JSON: {exc}") from None
    servers = document.get("mcpServers") if isinstance(document, dict) else None
    if not isinstance(servers, dict):
        raise McpConfigError(f'{path}: expected an object with "mcpServers": {{name: server}}')
    return {str(name): _server(path, str(name), entry) for name, entry in servers.items()}


def _server(path: Path, name: str, entry: Any) -> ServerConfig:
    where = f"{path}: mcpServers.{name}"
    if not isinstance(entry, dict):
        raise McpConfigError(f"{where}: expected an object")
    unknown = sorted(set(entry) - KNOWN_KEYS)
    if unknown:
        raise McpConfigError(
            f"{where}: unknown key {unknown[0]!r} (known: {', '.join(sorted(KNOWN_KEYS))})"
        )
    kind = entry.get("type") or entry.get("transport")
    if kind is not None and kind not in TRANSPORT_TYPES:
        raise McpConfigError(f"{where}: transport {kind!r} is not supported (stdio or http)")
    command, url = entry.get("command"), entry.get("url")
    if (command is None) == (url is None):
        raise McpConfigError(
            f'{where}: give "command" (stdio) or "url" (streamable HTTP), not both'
        )
    if command is not None:
        return ServerConfig(
            name,
            "stdio",
            command=_text(where, "command", command),
            args=tuple(_text(where, "args[]", a) for a in _list(where, "args", entry.get("args"))),
            env=_pairs(where, "env", entry.get("env")),
            cwd=None if entry.get("cwd") is None else _text(where, "cwd", entry["cwd"]),
        )
    return ServerConfig(
        name,
        "http",
        url=_text(where, "url", url),
        headers=_pairs(where, "headers", entry.get("headers")),
    )


def _text(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise McpConfigError(f"{where}: {key} must be a non-empty string")
    return value


def _list(where: str, key: str, value: Any) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise McpConfigError(f"{where}: {key} must be a list of strings")
    return value


def _pairs(where: str, key: str, value: Any) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise McpConfigError(f"{where}: {key} must be an object of strings")
    return tuple((str(k), v) for k, v in value.items())
