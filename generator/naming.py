"""Every published name is derived here, and only here.

Inputs are the provider id (`fly-io`), its namespace (`fly_io`) and the tool
name (`list_apps`); the spec loader has already checked they are identifiers.
"""

from __future__ import annotations

import keyword
import re

MCP_NAME_MAX = 64
# `\A...\Z`: a whole-string match even through `.match` (`$` would accept "name\n").
MCP_NAME_RE = re.compile(r"\A[A-Za-z0-9_-]{1,64}\Z")
IDENT_RE = re.compile(r"\A[A-Za-z_][A-Za-z0-9_]*\Z")
SNAKE_RE = re.compile(r"\A[a-z][a-z0-9_]*\Z")
KEBAB_RE = re.compile(r"\A[a-z][a-z0-9]*(-[a-z0-9]+)*\Z")
PASCAL_RE = re.compile(r"\A[A-Z][A-Za-z0-9]*\Z")

_LUA_KEYWORDS_TEXT = (  # as the Lua 5.4 manual lists them
    "and break do else elseif end false for function goto if in local nil not or "
    "repeat return then true until while"
)
LUA_KEYWORDS = frozenset(_LUA_KEYWORDS_TEXT.split())
# Names the client classes already use for their own members.
RESERVED_PARAMS = frozenset(
    {"self", "client", "account", "timeout", "retry", "extra_headers", "max_retries", "options"}
)
# Members of the runtime's client and model base classes: no tool or field may shadow one.
CLIENT_MEMBERS = frozenset(
    {"close", "aclose", "account", "base_url", "from_account", "from_env", "with_raw_response"}
)
MODEL_MEMBERS = frozenset({"additional_properties", "to_dict", "from_dict"})
# Builtins the generated model annotations name: a field so named would shadow them.
ANNOTATION_BUILTINS = frozenset({"str", "int", "float", "bool", "dict", "list", "object"})
# The client constructor's own keyword arguments: no credential may take one.
CLIENT_OPTIONS = frozenset(
    {"self", "account", "base_url", "timeout", "retry", "http_client", "transport"}
)
# Names the generated client modules define or import, besides the client classes.
MODULE_NAMES = frozenset(
    {
        "Any",
        "AsyncClient",
        "AsyncIterator",
        "AsyncPage",
        "CallOptions",
        "FileInput",
        "Iterator",
        "Mapping",
        "PROVIDER",
        "RetryPolicy",
        "Sequence",
        "SyncClient",
        "SyncPage",
        "TOOLS",
        "Timeout",
        "Unpack",
    }
)
# Provider ids whose pages would overwrite a catalog-wide file (`docs/reference/index.md`).
RESERVED_PROVIDER_IDS = frozenset({"index"})
MCP_SEPARATOR = "__"  # namespaces and tool names may not contain it: MCP names stay unambiguous


def is_reserved_word(name: str) -> bool:
    return keyword.iskeyword(name) or keyword.issoftkeyword(name) or name in LUA_KEYWORDS


def strip_lua_root(name: str) -> str:
    """`app.integrations.fly_io.list_apps` -> `fly_io.list_apps` (other names unchanged)."""
    return name.removeprefix(namespace_path(""))


def namespace_path(namespace: str) -> str:
    """`app.integrations.fly_io`: the Lua table holding a provider's functions."""
    return f"app.integrations.{namespace}"


def lua_path(namespace: str, tool: str) -> str:
    """`app.integrations.fly_io.list_apps`"""
    return f"{namespace_path(namespace)}.{tool}"


def account_lua_path(namespace: str, account: str, tool: str) -> str:
    """`app.integrations.fly_io.production.list_apps`: a tool on a named account."""
    return f"{namespace_path(namespace)}.{account}.{tool}"


def local_lua_path(namespace: str, tool: str) -> str:
    """`fly_io.list_apps`: the call through `local fly_io = app.integrations.fly_io`."""
    return f"{namespace}.{tool}"


def lua_index_path(provider_id: str, tool: str) -> str:
    """`app.integrations["fly-io"].list_apps`"""
    return f'app.integrations["{provider_id}"].{tool}'


def full_name(provider_id: str, tool: str) -> str:
    """`fly-io.list_apps`: the key of `docs.read` and the reference anchors."""
    return f"{provider_id}.{tool}"


def mcp_name(namespace: str, tool: str) -> str:
    """`fly_io__list_apps`; the loader rejects specs where this exceeds 64 chars."""
    return f"{namespace}{MCP_SEPARATOR}{tool}"


def anchor(tool: str) -> str:
    """Stable HTML/Markdown anchor of a function on its provider page."""
    return tool.replace("_", "-")


def class_name(namespace: str) -> str:
    """`fly_io` -> `FlyIo`, `render2` -> `Render2`."""
    return "".join(part[:1].upper() + part[1:] for part in namespace.split("_") if part)


def async_class_name(namespace: str) -> str:
    return f"Async{class_name(namespace)}"


def iter_method(tool: str) -> str:
    return f"iter_{tool}"


def camel(name: str) -> str:
    """`app_name` -> `appName` (accepted as a parameter spelling by the registry)."""
    head, *rest = name.split("_")
    return head + "".join(p[:1].upper() + p[1:] for p in rest)


def snake(name: str) -> str:
    """`appName` / `list-apps` / `ListApps` -> `app_name` / `list_apps` / `list_apps`."""
    name = re.sub(r"[^A-Za-z0-9]+", "_", name)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    name = re.sub(r"(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return name.strip("_").lower()


def env_var(provider_id: str, credential: str) -> str:
    """Default environment variable of a credential: `FLY_IO_API_TOKEN`."""
    return f"{provider_id}_{credential}".replace("-", "_").upper()


def lua_doc_path(provider_id: str, tool: str | None = None) -> str:
    return (
        f"generated/lua/{provider_id}.md"
        if tool is None
        else f"generated/lua/{provider_id}/{tool}.md"
    )


def mcp_path(provider_id: str) -> str:
    return f"generated/mcp/{provider_id}.json"


def search_path(provider_id: str) -> str:
    """Search records of a provider's tools, indexed by `generator.search`."""
    return f"generated/search/{provider_id}.json"


def changelog_path(provider_id: str) -> str:
    return f"docs/changelog/{provider_id}.md"


def reference_path(provider_id: str) -> str:
    return f"docs/reference/{provider_id}.md"


def client_package(namespace: str) -> str:
    """Import path of the generated client package."""
    return f"generated.clients.{namespace}"


def client_dir(namespace: str) -> str:
    return f"generated/clients/{namespace}"


def openapi_path(provider_id: str) -> str:
    return f"generated/openapi/{provider_id}.json"
