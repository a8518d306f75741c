"""Typed Python clients: `generated/clients/<namespace>/`.

Templates lay out the modules; this module turns the spec model into
ready-escaped snippets (annotations, decoders, literals). Literals are laid
out the way `ruff format` would (flat when they fit in 100 columns, else one
item per line with a trailing comma), so the output is ruff-format clean
without running ruff.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import frozen

from generator import naming
from generator.render.common import banner, spec_source
from generator.render.env import render_template
from generator.render.escape import Escaped, docstring, ident, py_str
from generator.spec.model import Param, Provider, Tool, TypeRef

SURFACE = "clients"
LINE = 100
_PRIMITIVES = {
    "string": ("str", "_m.string"),
    "integer": ("int", "_m.integer"),
    "number": ("float", "_m.number"),
    "boolean": ("bool", "_m.boolean"),
    "object": ("dict[str, Any]", "_m.json_object"),
    "any": ("Any", "_m.anything"),
}
# Members of the runtime base classes that tools, fields and credentials must not shadow.
_CLIENT_MEMBERS = {"close", "aclose", "account", "base_url", "from_account", "from_env"}
_MODEL_MEMBERS = {"additional_properties", "to_dict", "from_dict"}
_SETUP_OPTIONS = {"account", "base_url", "timeout", "retry"}
_TAKEN_TYPE_NAMES = {"Any", "AsyncClient", "SyncClient", "Timeout", "RetryPolicy"}


# ---- literals laid out like ruff format -------------------------------------------------


@frozen
class Call:
    func: str
    args: tuple[tuple[str, Any], ...]  # (keyword or "", value)


def literal(value: Any, indent: int = 0, used: int = 0, tail: int = 0) -> str:
    """`value` as Python source starting after `used` columns, followed by `tail` columns."""
    flat = _flat(value)
    items = _items(value)
    if items is None or ("\n" not in flat and used + len(flat) + tail <= LINE):
        return flat
    opener, closer = _brackets(value)
    inner = " " * (indent + 4)
    lines = [opener]
    for prefix, item in items:
        text = literal(item, indent + 4, indent + 4 + len(prefix), 1)
        lines.append(f"{inner}{prefix}{text},")
    return "\n".join([*lines, " " * indent + closer])


def _items(value: Any) -> list[tuple[str, Any]] | None:
    if isinstance(value, Call):
        return [(f"{key}=" if key else "", item) for key, item in value.args]
    if isinstance(value, (tuple, list)):
        return [("", item) for item in value]
    if isinstance(value, dict):
        return [(f"{_flat(key)}: ", item) for key, item in value.items()]
    return None


def _brackets(value: Any) -> tuple[str, str]:
    if isinstance(value, Call):
        return f"{value.func}(", ")"
    if isinstance(value, list):
        return "[", "]"
    return ("(", ")") if isinstance(value, tuple) else ("{", "}")


def _flat(value: Any) -> str:
    if isinstance(value, Escaped):
        return str(value)
    if isinstance(value, str):
        return _string(value)
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    items = _items(value)
    if items is None:
        raise TypeError(f"cannot write {type(value).__name__} as a Python literal")
    text = ", ".join(prefix + _flat(item) for prefix, item in items)
    opener, closer = _brackets(value)
    if isinstance(value, tuple) and len(value) == 1:
        text += ","
    return opener + text + closer


def _string(text: str) -> str:
    """A string literal quoted as ruff prefers: double quotes unless that needs more escapes."""
    body = str(py_str(text))[1:-1]
    if text.count('"') > text.count("'"):
        return "'" + body.replace('\\"', '"').replace("'", "\\'") + "'"
    return '"' + body + '"'


def code(text: str) -> Escaped:
    """Source built here from escaped parts."""
    return Escaped(text)


def expr(value: Any, indent: int, used: int, tail: int = 0) -> Escaped:
    return code(literal(value, indent, used, tail))


# ---- types ------------------------------------------------------------------------------


def annotation(ref: TypeRef) -> str:
    if ref.item is not None:
        return f"list[{annotation(ref.item)}]"
    return _PRIMITIVES[ref.name][0] if ref.is_primitive else ident(ref.name)


def param_annotation(ref: TypeRef) -> str:
    """Arguments accept models or plain dicts, and any sequence for lists."""
    if ref.item is not None:
        return f"Sequence[{param_annotation(ref.item)}]"
    if ref.is_primitive:
        return _PRIMITIVES[ref.name][0]
    return f"{ident(ref.name)} | Mapping[str, Any]"


def decoder(ref: TypeRef) -> str:
    if ref.item is not None:
        return f"_m.list_of({decoder(ref.item)})"
    return _PRIMITIVES[ref.name][1] if ref.is_primitive else f"{ident(ref.name)}.from_dict"


def doc(text: str, indent: int) -> Escaped:
    """A docstring body: escaped, continuation lines indented."""
    lines = docstring(text.strip()).split("\n")
    pad = " " * indent
    body = [lines[0], *(pad + line if line else "" for line in lines[1:])]
    return code("\n".join(body + [pad] if len(lines) > 1 else body))


def _values(enum: Sequence[Any]) -> str:
    return " One of: " + ", ".join(f"`{value}`" for value in enum) + "." if enum else ""


@frozen
class ModelCtx:
    name: Escaped
    doc: Escaped
    fields: tuple[tuple[Escaped, Escaped], ...]  # (attribute, annotation with default)
    specs: Escaped  # arguments of `_define(...)`


def model_ctx(typedef: Any) -> ModelCtx:
    fields, specs, lines = [], [], [typedef.description or f"The `{typedef.name}` object."]
    attributes = []
    for f in typedef.fields:
        if f.name in _MODEL_MEMBERS:
            raise ValueError(f"{f.loc}: field name {f.name!r} is taken by the model base class")
        kind, dec = annotation(f.type), decoder(f.type)
        if f.nullable:
            kind, dec = f"{kind} | None", f"_m.nullable({dec})"
        kind = kind if f.required else f"{kind} | _m.Unset = _m.UNSET"
        fields.append((ident(f.name), code(kind)))
        args = [("", f.name), ("", f.key), ("", code(dec))]
        specs.append(Call("_m.FieldSpec", tuple(args + ([("required", True)] if f.required else []))))
        if f.description or f.enum:
            attributes.append(f"    {f.name}: {' '.join(f.description.split())}{_values(f.enum)}")
    if attributes:
        lines += ["", "Attributes:", *attributes]
    define = literal(Call(f"{typedef.name}._define", tuple(("", s) for s in specs)))
    return ModelCtx(ident(typedef.name), doc("\n".join(lines), 4), tuple(fields), code(define))


# ---- tools ------------------------------------------------------------------------------


@frozen
class ToolCtx:
    name: Escaped
    doc: Escaped
    params: tuple[tuple[Escaped, Escaped], ...]  # (name, "name: annotation = default")
    returns: Escaped  # annotation of the result ("None" when there is none)
    decoder: Escaped
    runner: Escaped  # `_call` or `_hook`
    item: Escaped | None  # item annotation of paginated tools (they get `iter_<name>`)
    item_decoder: Escaped | None


def _signature(param: Param) -> str:
    kind = param_annotation(param.type)
    if param.default is not None:
        value = tuple(param.default) if isinstance(param.default, list) else param.default
        return f"{param.name}: {kind} = {literal(value, 8, len(param.name) + len(kind) + 13, 1)}"
    if param.required and not param.credential:
        return f"{param.name}: {kind}"
    return f"{param.name}: {kind} | _m.Unset = _m.UNSET"


def _param_doc(param: Param) -> str:
    text = " ".join(param.description.split()) + _values(param.enum)
    if param.credential and param.credential not in text:
        text += f" Defaults to the account's `{param.credential}` credential."
    return f"    {param.name}: {text.strip()}"


def tool_ctx(tool: Tool) -> ToolCtx:
    if tool.name in _CLIENT_MEMBERS:
        raise ValueError(f"{tool.loc}: tool name {tool.name!r} is taken by the client base class")
    ordered = sorted(tool.params, key=lambda p: not (p.required and not p.credential))
    lines = [tool.summary]
    if tool.description and tool.description.strip() != tool.summary.strip():
        lines += ["", tool.description.strip()]
    if tool.params:
        lines += ["", "Args:", *(_param_doc(p) for p in ordered)]
    ref = tool.returns.type
    item = item_decoder = None
    if tool.is_paginated:
        if ref is None or ref.item is None:
            raise ValueError(f"{tool.loc}: paginated tool {tool.name!r} must return a list")
        item, item_decoder = code(annotation(ref.item)), code(decoder(ref.item))
    return ToolCtx(
        name=ident(tool.name),
        doc=doc("\n".join(lines), 8),
        params=tuple((ident(p.name), code(_signature(p))) for p in ordered),
        returns=code("None" if ref is None else annotation(ref)),
        decoder=code("_m.nothing" if ref is None else decoder(ref)),
        runner=code("_call" if tool.http is not None else "_hook"),
        item=item,
        item_decoder=item_decoder,
    )


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
    ]
    if tool.http is not None:
        http = tool.http
        args += [("method", http.method), ("path", http.path), ("success", http.success)]
        args += [("accept", http.accept)]
    if tool.is_paginated:
        page = tool.pagination
        paging = [("style", page.style), ("limit_param", page.limit_param)]
        paging += [("cursor_param", page.cursor_param), ("item_key", page.item_key)]
        paging += [("page_param", page.page_param), ("per_page_param", page.per_page_param)]
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
    ]
    return Call("ParamSpec", tuple((k, v) for k, v in args if v is not None and v not in ("", ())))


# ---- the package ------------------------------------------------------------------------


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
        ("headers", provider.api.headers),
        ("credentials", credentials),
    ]
    return Call("ProviderSpec", tuple((key, value) for key, value in args if value not in ("", ())))


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
            _flavor(provider, sync_name, "SyncClient", False),
            _flavor(provider, async_name, "AsyncClient", True),
        ],
        "class_name": ident(sync_name),
        "async_class_name": ident(async_name),
        "credentials": [ident(c.name) for c in provider.credentials],
        "collections_imports": code(", ".join(collections)),
        "uses_any": "Any" in signatures,
        "model_imports": expr(_names(used_types), 0, len("from .models import ")),
        "meta_imports": code(", ".join(_meta_imports(provider))),
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


@frozen
class Flavor:
    name: Escaped
    base: Escaped
    is_async: bool
    iterator: Escaped
    doc: Escaped


def _flavor(provider: Provider, name: str, base: str, is_async: bool) -> Flavor:
    kind = "Async client" if is_async else "Client"
    lines = [f"{kind} of the {provider.name} API.", "", provider.description.strip()]
    if provider.credentials:
        lines += ["", "Credentials (arguments, else environment, else the credentials file):"]
        for c in provider.credentials:
            env = c.env or naming.env_var(provider.id, c.name)
            lines.append(f"    {c.name}: {' '.join(c.description.split())} (`{env}`)")
    iterator = "AsyncIterator" if is_async else "Iterator"
    return Flavor(ident(name), ident(base), is_async, code(iterator), doc("\n".join(lines), 4))


def _names(names: list[str]) -> Any:
    """An import list: flat when it fits, else parenthesised one per line."""
    return code(", ".join(names)) if len(", ".join(names)) <= LINE - 20 else tuple(code(n) for n in names)


def _meta_imports(provider: Provider) -> list[str]:
    names = ["ParamSpec", "ProviderSpec", "ToolSpec"]
    if provider.credentials:
        names.insert(0, "CredentialSpec")
    if any(tool.is_paginated for tool in provider.tools):
        names.insert(-2, "PagingSpec")
    return names


def _refs(provider: Provider) -> list[TypeRef]:
    refs = [p.type for tool in provider.tools for p in tool.params]
    return refs + [tool.returns.type for tool in provider.tools if tool.returns.type is not None]


def render_catalog(catalog: Any) -> dict[str, str]:
    packages = {p.id: p.namespace for p in catalog.providers}
    sources = ", ".join(spec_source(p) for p in catalog.providers) or "no specs"
    context = {"banner": code(banner(sources)), "packages": expr(packages, 0, len("PACKAGES = "))}
    return {
        "generated/__init__.py": render_template(SURFACE, "generated__init__.py.j2", **context),
        "generated/clients/__init__.py": render_template(
            SURFACE, "clients__init__.py.j2", **context
        ),
    }
