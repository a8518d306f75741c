"""Swagger 2.0 -> the OpenAPI 3.0 subset the readers use (PyPI offers no maintained converter).

Converted: `host`/`basePath`/`schemes` -> `servers`; `definitions` ->
`components/schemas` (every `#/definitions/` reference rewritten);
`securityDefinitions` -> `securitySchemes`; parameters (shared ones inlined),
with `collectionFormat: csv` -> `explode: false`; a `body` parameter or
`formData` parameters -> `requestBody` (multipart when a field is a `file`,
else form-urlencoded, unless `consumes` says otherwise); response `schema` ->
`content` of the operation's JSON media type. What is left over stays in the
operation under its Swagger key and is ignored.
"""

from __future__ import annotations

from typing import Any

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
_SCHEMA_KEYS = ("type", "format", "items", "enum", "default", "minimum", "maximum", "pattern")
_FORM = "application/x-www-form-urlencoded"
_MULTIPART = "multipart/form-data"


def is_swagger2(document: dict[str, Any]) -> bool:
    return str(document.get("swagger", "")).startswith("2.")


def convert(document: dict[str, Any]) -> dict[str, Any]:
    doc = _rewrite_refs(document)
    scheme = (doc.get("schemes") or ["https"])[0]
    host = doc.get("host")
    servers = [{"url": f"{scheme}://{host}{doc.get('basePath', '')}"}] if host else []
    consumes = list(doc.get("consumes") or ["application/json"])
    produces = list(doc.get("produces") or ["application/json"])
    shared = {"parameters": doc.get("parameters") or {}, "responses": doc.get("responses") or {}}
    paths: dict[str, Any] = {}
    for path, item in (doc.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        common = item.get("parameters") or []
        paths[path] = {
            method: _operation(op, common, consumes, produces, shared)
            for method, op in item.items()
            if method in _METHODS and isinstance(op, dict)
        }
    result: dict[str, Any] = {
        "openapi": "3.0.3",
        "info": doc.get("info") or {},
        "servers": servers,
        "paths": paths,
        "components": {
            "schemas": doc.get("definitions") or {},
            "securitySchemes": {
                name: _security(s) for name, s in (doc.get("securityDefinitions") or {}).items()
            },
        },
    }
    for key in ("tags", "externalDocs", "security"):
        if key in doc:
            result[key] = doc[key]
    return result


def _rewrite_refs(node: Any) -> Any:
    if isinstance(node, list):
        return [_rewrite_refs(v) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _rewrite_refs(v) for k, v in node.items()}
    ref = out.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/definitions/"):
        out["$ref"] = "#/components/schemas/" + ref[len("#/definitions/") :]
    return out


def _inline(entry: Any, shared: dict[str, Any], kind: str) -> Any:
    ref = entry.get("$ref") if isinstance(entry, dict) else None
    prefix = f"#/{kind}/"
    if isinstance(ref, str) and ref.startswith(prefix):
        return shared[kind].get(ref[len(prefix) :].replace("~1", "/").replace("~0", "~"), {})
    return entry


def _operation(
    op: dict[str, Any],
    common: list[Any],
    consumes: list[str],
    produces: list[str],
    shared: dict[str, Any],
) -> dict[str, Any]:
    out = {k: v for k, v in op.items() if k not in ("parameters", "responses", "consumes")}
    params: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in [*common, *(op.get("parameters") or [])]:
        param = _inline(raw, shared, "parameters")
        if isinstance(param, dict):
            params[(str(param.get("in")), str(param.get("name")))] = param
    media = list(op.get("consumes") or consumes)
    body = [p for p in params.values() if p.get("in") == "body"]
    form = [p for p in params.values() if p.get("in") == "formData"]
    out["parameters"] = [
        _param(p) for p in params.values() if p.get("in") not in ("body", "formData")
    ]
    if body:
        content_types = [m for m in media if m not in (_FORM, _MULTIPART)] or ["application/json"]
        out["requestBody"] = {
            "required": bool(body[0].get("required")),
            "description": body[0].get("description", ""),
            "content": {m: {"schema": body[0].get("schema", {})} for m in content_types},
        }
    elif form:
        out["requestBody"] = _form_body(form, media)
    out["responses"] = {
        str(status): _response(
            _inline(r, shared, "responses"), list(op.get("produces") or produces)
        )
        for status, r in (op.get("responses") or {}).items()
    }
    return out


def _schema(param: dict[str, Any]) -> dict[str, Any]:
    schema = {k: param[k] for k in _SCHEMA_KEYS if k in param}
    if schema.get("type") == "file":
        schema = {"type": "string", "format": "binary"}
    if isinstance(schema.get("items"), dict):
        schema["items"] = _schema(schema["items"])
    return schema


def _param(param: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        k: param[k] for k in ("name", "in", "required", "description") if k in param
    }
    out["schema"] = _schema(param)
    if param.get("type") == "array":
        out["explode"] = param.get("collectionFormat", "csv") == "multi"
    return out


def _form_body(form: list[dict[str, Any]], media: list[str]) -> dict[str, Any]:
    has_file = any(p.get("type") == "file" for p in form)
    kind = _MULTIPART if has_file or (_MULTIPART in media and _FORM not in media) else _FORM
    schema = {
        "type": "object",
        "properties": {
            str(p["name"]): {
                **_schema(p),
                **({"description": p["description"]} if "description" in p else {}),
            }
            for p in form
        },
        "required": [str(p["name"]) for p in form if p.get("required")],
    }
    return {"required": bool(schema["required"]), "content": {kind: {"schema": schema}}}


def _response(response: Any, produces: list[str]) -> dict[str, Any]:
    if not isinstance(response, dict):
        return {"description": ""}
    out = {k: v for k, v in response.items() if k not in ("schema", "examples")}
    if "schema" in response:
        media = next(
            (m for m in produces if "json" in m), produces[0] if produces else "application/json"
        )
        out["content"] = {media: {"schema": response["schema"]}}
    return out


def _security(scheme: Any) -> dict[str, Any]:
    if not isinstance(scheme, dict):
        return {}
    kind = scheme.get("type")
    if kind == "basic":
        return {"type": "http", "scheme": "basic"}
    if kind == "apiKey":
        return {"type": "apiKey", "name": scheme.get("name", ""), "in": scheme.get("in", "header")}
    if kind == "oauth2":
        return {"type": "oauth2", "flows": {}}
    return dict(scheme)
