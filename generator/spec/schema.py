"""The keys every spec mapping may have (see docs/spec-format.md)."""

from __future__ import annotations

from generator.spec.fields import (
    ANY,
    BOOL,
    INT,
    LIST,
    MAP,
    NUMBER,
    PAGINATION,
    STR,
    STR_OR_MAP,
    Key,
    Schema,
)

ACCESS = ("read", "write", "destructive")
METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD")
LOCATIONS = ("path", "query", "body", "header")
AUTH_KINDS = ("bearer", "header", "basic", "oauth2", "none")
STYLES = ("none", "cursor", "link", "range", "page", "offset", "next_url")
BODY_KINDS = ("json", "form", "multipart", "binary")

TOP: Schema = {
    "provider": Key(MAP, required=True),
    "api": Key(MAP, required=True),
    "credentials": Key(MAP),
    "types": Key(MAP),
    "tools": Key(LIST, required=True),
    "notes": Key(LIST),
    "deviations": Key(LIST),
    "changelog": Key(LIST),
}

CHANGELOG_ENTRY: Schema = {
    "version": Key(STR, required=True),
    "changes": Key(LIST, required=True),
}

PROVIDER: Schema = {
    "id": Key(STR, required=True),
    "name": Key(STR, required=True),
    "namespace": Key(STR, required=True),
    "category": Key(STR, required=True),
    "description": Key(STR, required=True),
    "docs_url": Key(STR, required=True),
    "version": Key(STR),
}

API: Schema = {
    "base_url": Key(STR, required=True),
    "auth": Key(MAP),
    "headers": Key(MAP),
    "pagination": Key(STR_OR_MAP),
}

AUTH: Schema = {
    "kind": Key(STR, required=True, choices=AUTH_KINDS),
    "credential": Key(STR),
    "password_credential": Key(STR),
    "header": Key(STR),
    "prefix": Key(STR),
    "token_url": Key(STR),
    "scopes": Key(LIST),
    "refresh_credential": Key(STR),
}

PAGINATION_MAP: Schema = {
    "style": Key(STR, choices=STYLES),
    "limit_param": Key(STR),
    "cursor_param": Key(STR),
    "item_key": Key(STR),
    "page_param": Key(STR),
    "per_page_param": Key(STR),
    "offset_param": Key(STR),
    "next_cursor": Key(STR),
    "next_url": Key(STR),
    "max_page_size": Key(INT),
}

CREDENTIAL: Schema = {
    "description": Key(STR),
    "secret": Key(BOOL),
    "env": Key(STR),
    "default": Key(STR),
    "required": Key(BOOL),
}

TYPE: Schema = {
    "description": Key(STR),
    "fields": Key(MAP, required=True),
}

FIELD: Schema = {
    "type": Key(STR, required=True),
    "description": Key(STR),
    "required": Key(BOOL),
    "nullable": Key(BOOL),
    "enum": Key(LIST),
    "name": Key(STR),
}

TOOL: Schema = {
    "name": Key(STR, required=True),
    "summary": Key(STR, required=True),
    "description": Key(STR),
    "access": Key(STR, required=True, choices=ACCESS),
    "idempotent": Key(BOOL),
    "aliases": Key(LIST),
    "http": Key(MAP),
    "implementation": Key(STR),
    "compose": Key(MAP),
    "params": Key(LIST),
    "returns": Key(MAP),
    "pagination": Key(PAGINATION),
    "example": Key(STR),
    "response_example": Key(ANY),
    "deprecated": Key(STR_OR_MAP),
}

DEPRECATED: Schema = {
    "message": Key(STR, required=True),
    "replacement": Key(STR),
}

HTTP: Schema = {
    "method": Key(STR, required=True, choices=METHODS),
    "path": Key(STR, required=True),
    "success": Key(LIST),
    "accept": Key(STR),
    "body": Key(STR, choices=BODY_KINDS),
    "content_type": Key(STR),
}

PARAM: Schema = {
    "name": Key(STR, required=True),
    "type": Key(STR, required=True),
    "required": Key(BOOL),
    "description": Key(STR),
    "default": Key(ANY),
    "enum": Key(LIST),
    "minimum": Key(NUMBER),
    "maximum": Key(NUMBER),
    "in": Key(STR, choices=LOCATIONS),
    "wire": Key(STR),
    "credential": Key(STR),
    "explode": Key(BOOL),
    "aliases": Key(LIST),
    "merge": Key(BOOL),
    "only_with": Key(STR),
    "deprecated": Key(STR_OR_MAP),
}

COMPOSE: Schema = {
    "call": Key(STR, required=True),
    "read": Key(MAP),
    "each": Key(MAP),
    "then": Key(MAP),
}

COMPOSE_READ: Schema = {
    "tool": Key(STR, required=True),
    "take": Key(MAP, required=True),
    "first": Key(BOOL),
    "drop": Key(LIST),
    "version": Key(MAP),
}

COMPOSE_VERSION: Schema = {
    "param": Key(STR, required=True),
    "field": Key(STR, required=True),
}

COMPOSE_EACH: Schema = {
    "param": Key(STR, required=True),
    "as": Key(STR, required=True),
}

COMPOSE_THEN: Schema = {
    "when": Key(STR, required=True),
    "list": Key(STR, required=True),
    "args": Key(MAP),
    "call": Key(STR, required=True),
    "with": Key(MAP, required=True),
    "report": Key(STR, required=True),
}

RETURNS: Schema = {
    "type": Key(STR),
    "optional": Key(BOOL),
    "unwrap": Key(STR),
    "description": Key(STR),
}

NOTE: Schema = {
    "title": Key(STR, required=True),
    "body": Key(STR, required=True),
}

DEVIATION: Schema = {
    "tool": Key(STR, required=True),
    "param": Key(STR),
    "reason": Key(STR, required=True),
}
