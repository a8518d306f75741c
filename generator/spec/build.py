"""Convert a parsed spec file into the frozen `Provider` model."""

from __future__ import annotations

import re
from pathlib import PurePosixPath
from typing import Any

from generator import naming
from generator.spec import schema
from generator.spec.build_tool import build_tool
from generator.spec.changelog import read_changelog
from generator.spec.context import Context
from generator.spec.examples import lua_blocks
from generator.spec.fields import Fields, entries, items
from generator.spec.model import (
    Api,
    Auth,
    Credential,
    Deviation,
    Field,
    Loc,
    Note,
    Pagination,
    Provider,
    TypeDef,
)
from generator.spec.names import check_name, is_reserved_field
from generator.spec.pagination import build_pagination


def build_provider(ctx: Context, root: Any) -> Provider | None:
    top = ctx.read(root, schema.TOP, "the spec", Loc(ctx.source.file, 1, 1))
    if top is None:
        return None
    info = ctx.read(top.raw("provider"), schema.PROVIDER, "provider", top.value_loc("provider"))
    if info is None:
        return None
    provider_id = info.text("id")
    if "id" in info:  # an empty id is reported too
        check_name(ctx.report, info.value_loc("id"), provider_id, "kebab", "provider id")
        stem = PurePosixPath(ctx.source.file).stem
        if provider_id != stem:
            message = f"provider id '{provider_id}' does not match the file name '{stem}.yaml'"
            ctx.report.error(info.value_loc("id"), "id-mismatch", message)
    if "namespace" in info:
        check_name(
            ctx.report, info.value_loc("namespace"), info.text("namespace"), "snake", "namespace"
        )
    ctx.provider_id = provider_id
    ctx.type_names = frozenset(name for name, _, _ in entries(ctx.source, top.raw("types")))
    ctx.credential_names = frozenset(
        name for name, _, _ in entries(ctx.source, top.raw("credentials"))
    )
    api = _api(ctx, top)
    ctx.api_pagination = api.pagination
    return Provider(
        id=provider_id,
        name=info.text("name"),
        namespace=info.text("namespace"),
        category=info.text("category"),
        description=info.text("description"),
        docs_url=info.text("docs_url"),
        version=_version(ctx, info),
        changelog=read_changelog(ctx, top, info.text("version")),
        api=api,
        credentials=tuple(_credentials(ctx, top)),
        types=tuple(_types(ctx, top)),
        tools=tuple(
            tool
            for node, loc in items(ctx.source, top.raw("tools"))
            if (tool := build_tool(ctx, node, loc)) is not None
        ),
        notes=tuple(_notes(ctx, top)),
        deviations=tuple(_deviations(ctx, top)),
        source=ctx.source.file,
        loc=info.loc,
    )


def _api(ctx: Context, top: Fields) -> Api:
    api = ctx.read(top.raw("api"), schema.API, "api", top.value_loc("api"))
    if api is None:
        return Api(base_url="")
    headers = tuple((str(k), str(v)) for k, v in (api.get("headers") or {}).items())
    pagination = Pagination()
    if "pagination" in api:
        pagination = build_pagination(ctx, api, "api pagination", Pagination())
    return Api(
        base_url=api.text("base_url"),
        auth=_auth(ctx, api),
        headers=headers,
        pagination=pagination,
        loc=api.loc,
    )


def _auth(ctx: Context, api: Fields) -> Auth:
    if "auth" not in api:
        return Auth()
    auth = ctx.read(api.raw("auth"), schema.AUTH, "api auth", api.value_loc("auth"))
    if auth is None:
        return Auth()
    kind = auth.text("kind", "none")
    needed = {
        "bearer": ("credential",),
        "header": ("credential",),
        "basic": ("credential", "password_credential"),
        "oauth2": ("credential", "password_credential", "token_url"),
    }
    for key in needed.get(kind, ()):
        if key not in auth:
            ctx.report.error(
                auth.loc,
                "missing-field",
                f"api auth of kind '{kind}' is missing required key '{key}'",
            )
    return Auth(
        kind=kind,  # type: ignore[arg-type]  # checked against schema.AUTH_KINDS
        credential=ctx.credential_ref(auth, "credential", "api auth"),
        password_credential=ctx.credential_ref(auth, "password_credential", "api auth"),
        header=auth.text("header", "Authorization"),
        prefix=auth.text("prefix"),
        token_url=auth.text("token_url"),
        scopes=tuple(str(scope) for scope in auth.get("scopes", [])),
        refresh_credential=ctx.credential_ref(auth, "refresh_credential", "api auth"),
        loc=auth.loc,
    )


def _credentials(ctx: Context, top: Fields) -> list[Credential]:
    result = []
    for name, node, loc in entries(ctx.source, top.raw("credentials")):
        check_name(ctx.report, loc, name, "snake", "credential name")
        cred = ctx.read(node, schema.CREDENTIAL, f"credential '{name}'", loc)
        if cred is None:
            continue
        default = cred.get("default")
        result.append(
            Credential(
                name=name,
                description=cred.text("description"),
                secret=bool(cred.get("secret", False)),
                default=default,
                env=cred.text("env") or naming.env_var(ctx.provider_id, name),
                required=bool(cred.get("required", default is None)),
                loc=loc,
            )
        )
    return result


def _types(ctx: Context, top: Fields) -> list[TypeDef]:
    result = []
    for name, node, loc in entries(ctx.source, top.raw("types")):
        check_name(ctx.report, loc, name, "pascal", "type name")
        typedef = ctx.read(node, schema.TYPE, f"type '{name}'", loc)
        if typedef is None:
            continue
        fields = [
            field
            for key, field_node, field_loc in entries(ctx.source, typedef.raw("fields"))
            if (field := _field(ctx, name, key, field_node, field_loc)) is not None
        ]
        result.append(TypeDef(name, typedef.text("description"), tuple(fields), loc))
    return result


def _field(ctx: Context, type_name: str, key: str, node: Any, loc: Loc) -> Field | None:
    field = ctx.read(node, schema.FIELD, f"field '{key}' of type '{type_name}'", loc)
    if field is None:
        return None
    name = field.text("name", key)
    name_loc = field.value_loc("name") if "name" in field else loc
    hint = "" if "name" in field else "; add `name:` with a snake_case name"
    what = f"type '{type_name}' field"
    check_name(ctx.report, name_loc, name, "snake", what, reserved=is_reserved_field, hint=hint)
    return Field(
        name=name,
        type=ctx.type_ref(field),
        description=field.text("description"),
        required=bool(field.get("required", False)),
        nullable=bool(field.get("nullable", False)),
        enum=tuple(str(v) for v in field.get("enum", ())),
        wire_name=key if key != name else "",
        loc=loc,
    )


def _notes(ctx: Context, top: Fields) -> list[Note]:
    result = []
    for node, loc in items(ctx.source, top.raw("notes")):
        note = ctx.read(node, schema.NOTE, "note", loc)
        if note is None:
            continue
        result.append(Note(note.text("title"), note.text("body"), loc))
        if "body" in note:
            line, indent = ctx.source.text_start(note.raw("body"), note.value_loc("body"))
            body_start = Loc(ctx.source.file, line, indent + 1)
            ctx.note_snippets.extend(lua_blocks(note.text("body"), body_start))
    return result


def _deviations(ctx: Context, top: Fields) -> list[Deviation]:
    result = []
    for node, loc in items(ctx.source, top.raw("deviations")):
        dev = ctx.read(node, schema.DEVIATION, "deviation", loc)
        if dev is not None:
            result.append(Deviation(dev.text("tool"), dev.text("param"), dev.text("reason"), loc))
    return result


def _version(ctx: Context, info: Fields) -> str:
    version = info.text("version")
    if version and not re.fullmatch(r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)", version):
        message = f"version '{version}' is not MAJOR.MINOR.PATCH (for example 1.4.0)"
        ctx.report.error(info.value_loc("version"), "invalid-value", message)
        return ""
    return version
