"""Snippets of generated client source: annotations, decoders, docstrings, method contexts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from attrs import frozen

from generator import naming
from generator.render.clients.literal import Call, code, literal
from generator.render.escape import Escaped, docstring, ident, md_code
from generator.spec.model import Param, Provider, Tool, TypeDef, TypeRef

_PRIMITIVES = {
    "string": ("str", "_m.string"),
    "integer": ("int", "_m.integer"),
    "number": ("float", "_m.number"),
    "boolean": ("bool", "_m.boolean"),
    "object": ("dict[str, Any]", "_m.json_object"),
    "any": ("Any", "_m.anything"),
    "file": ("FileInput", "_m.anything"),  # params only: bytes, a path or a binary file object
}


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


def _described(description: str, enum: Sequence[Any]) -> str:
    """One docstring line: the description, then the allowed values as code spans."""
    parts = [" ".join(description.split())]
    if enum:
        values = (md_code(" ".join(str(value).split())) for value in enum)
        parts.append("One of: " + ", ".join(values) + ".")
    return " ".join(part for part in parts if part)


@frozen
class ModelCtx:
    name: Escaped
    doc: Escaped
    fields: tuple[tuple[Escaped, Escaped], ...]  # (attribute, annotation with default)
    specs: Escaped  # the `_m.define(...)` call


def model_ctx(typedef: TypeDef) -> ModelCtx:
    fields, specs, lines = [], [], [typedef.description or f"The `{typedef.name}` object."]
    attributes = []
    for f in typedef.fields:
        kind, dec = annotation(f.type), decoder(f.type)
        if f.nullable:
            kind, dec = f"{kind} | None", f"_m.nullable({dec})"
        kind = kind if f.required else f"{kind} | _m.Unset = _m.UNSET"
        fields.append((ident(f.name), code(kind)))
        args = [("", f.name), ("", f.key), ("", code(dec))]
        specs.append(
            Call("_m.FieldSpec", tuple(args + ([("required", True)] if f.required else [])))
        )
        if f.description or f.enum:
            attributes.append(f"    {f.name}: {_described(f.description, f.enum)}")
    if attributes:
        lines += ["", "Attributes:", *attributes]
    model = ident(typedef.name)
    define = literal(Call("_m.define", (("", model), *(("", s) for s in specs))))
    return ModelCtx(model, doc("\n".join(lines), 4), tuple(fields), code(define))


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
    page_docs: tuple[Escaped, Escaped] = (code(""), code(""))  # sync, async list docstrings


def _signature(param: Param) -> str:
    kind = param_annotation(param.type)
    if param.default is not None:
        value = tuple(param.default) if isinstance(param.default, list) else param.default
        return f"{param.name}: {kind} = {literal(value, 8, len(param.name) + len(kind) + 13, 1)}"
    if param.required and not param.credential:
        return f"{param.name}: {kind}"
    return f"{param.name}: {kind} | _m.Unset = _m.UNSET"


def _param_doc(param: Param) -> str:
    text = _described(param.description, param.enum)
    if param.credential and param.credential not in text:
        text += f" Defaults to the account's `{param.credential}` credential."
    if param.deprecated:
        text += f" {param.deprecated.sentence('param')}"
    if param.type.base.name == "file":
        text += " Bytes, a path or a binary file object, or a (filename, content[, content_type])"
        text += " tuple of one."
    return f"    {param.name}: {text.strip()}"


def tool_ctx(tool: Tool) -> ToolCtx:
    ordered = sorted(tool.params, key=lambda p: not (p.required and not p.credential))
    lines = [tool.summary]
    if tool.description and tool.description.strip() != tool.summary.strip():
        lines += ["", tool.description.strip()]
    if tool.deprecated:
        lines += ["", f"{tool.deprecated.sentence('tool')} Calling it emits a DeprecationWarning."]
    if tool.params:
        lines += ["", "Args:", *(_param_doc(p) for p in ordered)]
    ref = tool.returns.type
    item = item_decoder = None
    page_docs = (code(""), code(""))
    if tool.is_paginated:
        if ref is None or ref.item is None:
            raise ValueError(f"{tool.loc}: paginated tool {tool.name!r} must return a list")
        item, item_decoder = code(annotation(ref.item)), code(decoder(ref.item))
        page_docs = (doc("\n".join(lines + _SYNC_PAGE), 8), doc("\n".join(lines + _ASYNC_PAGE), 8))
    return ToolCtx(
        name=ident(tool.name),
        doc=doc("\n".join(lines), 8),
        params=tuple((ident(p.name), code(_signature(p))) for p in ordered),
        returns=code(_returns(tool)),
        decoder=code(_decoder(tool)),
        runner=code("_call" if tool.http is not None else "_hook"),
        item=item,
        item_decoder=item_decoder,
        page_docs=page_docs,
    )


_SYNC_PAGE = [
    "",
    "Returns:",
    "    A `SyncPage` holding the first page. Its `items` are that page's items",
    "    only; iterating the page (`for item in page`) fetches the following pages",
    "    as it goes and yields every item of every page. `has_next_page()`,",
    "    `next_page()` and `page_params` step through the pages one at a time.",
]
_ASYNC_PAGE = [
    "",
    "Returns:",
    "    An `AsyncPage` holding the first page. Its `items` are that page's items",
    "    only; `async for item in page` fetches the following pages as it goes and",
    "    yields every item of every page. `has_next_page()`, `await next_page()`",
    "    and `page_params` step through the pages one at a time.",
]


def _returns(tool: Tool) -> str:
    ref = tool.returns.type
    if ref is None:
        return "None"
    return f"{annotation(ref)} | None" if tool.returns.optional else annotation(ref)


def _decoder(tool: Tool) -> str:
    ref = tool.returns.type
    if ref is None:
        return "_m.nothing"
    return f"_m.nullable({decoder(ref)})" if tool.returns.optional else decoder(ref)


@frozen
class Flavor:
    name: Escaped
    base: Escaped
    is_async: bool
    iterator: Escaped
    doc: Escaped
    page: Escaped  # the page class list methods return
    http_client: Escaped  # annotation of the `http_client` option
    transport: Escaped  # annotation of the `transport` option


def flavor(provider: Provider, name: str, base: str, is_async: bool) -> Flavor:
    kind = "Async client" if is_async else "Client"
    lines = [f"{kind} of the {provider.name} API.", "", provider.description.strip()]
    if provider.credentials:
        lines += ["", "Credentials (arguments, else environment, else the credentials file):"]
        for c in provider.credentials:
            env = c.env or naming.env_var(provider.id, c.name)
            lines.append(f"    {c.name}: {' '.join(c.description.split())} (`{env}`)")
    iterator = "AsyncIterator" if is_async else "Iterator"
    page = "AsyncPage" if is_async else "SyncPage"
    body = doc("\n".join(lines), 4)
    http = (
        ("httpx.AsyncClient", "httpx.AsyncBaseTransport")
        if is_async
        else ("httpx.Client", "httpx.BaseTransport")
    )
    return Flavor(
        ident(name),
        ident(base),
        is_async,
        code(iterator),
        body,
        code(page),
        code(http[0]),
        code(http[1]),
    )
