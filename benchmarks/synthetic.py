"""A synthetic catalog (used by tests/perf): N providers x M tools as `specs/*.yaml` of a temp project.

Each provider rotates through auth kinds and pagination styles and gets a few
resource types (enums, nested types, lists, nullable and renamed wire fields).
Its tools cycle list / get / create / update / delete over those resources, with
path, query and body params (dotted wire paths, whole-body params), defaults,
bounds, aliases, hand-written Lua examples on some tools and response examples
on others, so the loader, checks and every renderer do realistic work.

    python benchmarks/synthetic.py /tmp/cat --providers 6 --tools 6

The benchmarks use the real-material catalog of `catalog.py`.
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.scalarstring import LiteralScalarString

AUTH_KINDS = ("bearer", "header", "basic", "none")
PAGINATION = ("cursor", "link", "range", "none")
RESOURCES = ("widget", "order", "invoice", "project", "member", "webhook", "volume", "report")
ACTIONS = ("list", "get", "create", "update", "delete")
EXAMPLE_EVERY = 3  # one tool in three carries a hand-written Lua example
STATES = ["pending", "active", "suspended", "archived", "deleted"]
REPO = Path(__file__).resolve().parent.parent


def provider_spec(index: int, tools: int, seed: int = 0) -> dict[str, Any]:
    """The spec of synthetic provider `index` as plain data."""
    rng = random.Random(seed * 100_003 + index)
    pid, namespace = f"synth-{index:04d}", f"synth_{index:04d}"
    auth = AUTH_KINDS[index % len(AUTH_KINDS)]
    style = PAGINATION[index % len(PAGINATION)]
    resources = [RESOURCES[(index + k) % len(RESOURCES)] for k in range(max(1, -(-tools // 5)))]
    plurals = [f"{resource}s" for resource in resources]
    spec: dict[str, Any] = {
        "provider": _block(
            {
                "id": pid,
                "name": f"Synth {index}",
                "namespace": namespace,
                "category": rng.choice(["Infrastructure", "Billing", "Messaging", "CRM"]),
                "description": f"Synthetic provider {index}: manage {', '.join(plurals)}.",
                "docs_url": f"https://synth{index}.example.com/docs",
            }
        ),
        "api": _api(pid, auth, style),
        **({"credentials": _credentials(pid, auth)} if auth != "none" else {}),
        "types": {},
        "tools": [],
    }
    for resource in resources:
        spec["types"].update(_types(resource, rng))
    for number in range(tools):
        resource = resources[number // len(ACTIONS) % len(resources)]
        action = ACTIONS[number % len(ACTIONS)]
        suffix = "" if number < len(ACTIONS) * len(resources) else f"_{number}"
        spec["tools"].append(_tool(namespace, resource, action, suffix, style, number, rng))
    if index % 5 == 0:
        call = f"app.integrations.{namespace}.{spec['tools'][0]['name']}({{}})"
        body = f"Start by listing:\n\n```lua\nlocal items = {call}\nprint(#items)\n```\n"
        spec["notes"] = [{"title": "Common workflow", "body": LiteralScalarString(body)}]
    return spec


def _block(mapping: dict[str, Any]) -> CommentedMap:
    """A mapping dumped in block style, as hand-written specs write `provider:`."""
    block = CommentedMap(mapping)
    block.fa.set_block_style()
    return block


def _api(pid: str, auth: str, style: str) -> dict[str, Any]:
    api: dict[str, Any] = {"base_url": f"https://api.{pid}.example.com/v1"}
    api["auth"] = {
        "bearer": {"kind": "bearer", "credential": "api_token"},
        "header": {"kind": "header", "credential": "api_token", "header": "X-Api-Key"},
        "basic": {"kind": "basic", "credential": "username", "password_credential": "api_token"},
        "none": {"kind": "none"},
    }[auth]
    api["headers"] = {"Accept": "application/json"}
    if style != "none":
        api["pagination"] = {"style": style, "max_page_size": 100}
    return api


def _credentials(pid: str, auth: str) -> dict[str, Any]:
    credentials: dict[str, Any] = {
        "api_token": {"description": f"API token for {pid}.", "secret": True},
        "workspace": {
            "description": "Default workspace.",
            "secret": False,
            "default": "main",
            "required": False,
        },
    }
    if auth == "basic":
        credentials["username"] = {"description": "Account user name.", "secret": False}
    return credentials


def _types(resource: str, rng: random.Random) -> dict[str, Any]:
    name = resource.capitalize()
    owner = f"{name}Owner"
    return {
        owner: {
            "description": f"Who owns a {resource}.",
            "fields": {
                "id": {"type": "string", "required": True},
                "displayName": {"type": "string", "name": "display_name"},
                "email": {"type": "string", "nullable": True},
            },
        },
        name: {
            "description": f"A {resource} (`{resource[:3]}-…`).",
            "fields": {
                "id": {"type": "string", "required": True, "description": "Unique id."},
                "name": {"type": "string", "required": True},
                "status": {"type": "string", "enum": rng.sample(STATES, 3)},
                "size": {"type": "integer"},
                "ratio": {"type": "number", "nullable": True},
                "enabled": {"type": "boolean"},
                "tags": {"type": "string[]"},
                "metadata": {"type": "object", "description": "Free-form key/values."},
                "owner": {"type": owner, "nullable": True},
                "previousOwners": {"type": f"{owner}[]", "name": "previous_owners"},
                "createdAt": {"type": "string", "name": "created_at", "required": True},
            },
        },
    }


def _tool(
    namespace: str,
    resource: str,
    action: str,
    suffix: str,
    style: str,
    number: int,
    rng: random.Random,
) -> dict[str, Any]:
    type_name, plural = resource.capitalize(), f"{resource}s"
    id_param = {"name": f"{resource}_id", "type": "string", "description": f"The {resource} id."}
    scope = {"name": "workspace", "type": "string", "in": "query", "description": "Workspace slug."}
    name = f"{action}_{plural if action == 'list' else resource}{suffix}"
    tool: dict[str, Any] = {
        "name": name,
        "summary": f"{action.capitalize()} {plural if action == 'list' else 'a ' + resource}.",
        "access": {"list": "read", "get": "read", "delete": "destructive"}.get(action, "write"),
        "aliases": [f"{namespace}_{name}"],
        "http": {"method": "GET", "path": f"/{plural}"},
        "params": [],
        "returns": {"type": type_name},
    }
    if action == "list":
        tool["description"] = LiteralScalarString(
            f"Lists every {resource} of the workspace,\nnewest first. Filters combine with AND.\n"
        )
        tool["params"] = [scope, {"name": "status", "type": "string[]", "enum": STATES[:3]}]
        tool["params"] += _page_params(style)
        tool["returns"] = {
            "type": f"{type_name}[]",
            "unwrap": "items" if style != "cursor" else None,
        }
        tool["returns"] = {k: v for k, v in tool["returns"].items() if v}
        tool["pagination"] = True if style != "none" else "none"
    elif action == "get":
        tool["http"]["path"] = f"/{plural}/{{{resource}_id}}"
        tool["params"] = [id_param]
    elif action == "create":
        tool["http"] = {"method": "POST", "path": f"/{plural}", "success": [201]}
        tool["params"] = [
            {"name": "name", "type": "string", "required": True, "description": "Display name."},
            {"name": "size", "type": "integer", "default": 1, "minimum": 1, "maximum": 64},
            {"name": "tags", "type": "string[]", "description": "Labels."},
            {"name": "owner_email", "type": "string", "wire": "owner.email"},
            {"name": "mode", "type": "string", "enum": ["fast", "safe"], "default": "safe"},
        ]
    elif action == "update":
        tool["http"] = {"method": "PATCH", "path": f"/{plural}/{{{resource}_id}}"}
        tool["params"] = [
            id_param,
            {"name": "changes", "type": type_name, "wire": "$", "required": True},
        ]
    else:
        tool["http"] = {
            "method": "DELETE",
            "path": f"/{plural}/{{{resource}_id}}",
            "success": [204],
        }
        tool["params"] = [id_param]
        del tool["returns"]
    if number % EXAMPLE_EVERY == 0:
        tool["example"] = _example(namespace, tool)
    elif "returns" in tool and rng.random() < 0.5:
        sample = {"id": f"{resource[:3]}-{rng.randrange(10**6)}", "name": f"{resource} one"}
        body = [sample] if action == "list" else sample
        tool["response_example"] = {"items": body} if tool["returns"].get("unwrap") else body
    return tool


def _page_params(style: str) -> list[dict[str, Any]]:
    if style == "cursor":
        return [
            {"name": "limit", "type": "integer", "default": 20, "minimum": 1, "maximum": 100},
            {"name": "cursor", "type": "string", "description": "Cursor from the previous page."},
        ]
    if style == "link":
        return [{"name": "page", "type": "integer"}, {"name": "per_page", "type": "integer"}]
    return []


def _example(namespace: str, tool: dict[str, Any]) -> LiteralScalarString:
    values = {"string": '"abc"', "integer": "3", "string[]": '{ "a", "b" }'}
    table = '{ name = "x" }'
    keys = [
        f"{p['name']} = {values.get(p['type'], table)}"
        for p in tool["params"]
        if p.get("required") or p["name"].endswith("_id")
    ]
    call = f"app.integrations.{namespace}.{tool['name']}({{ {', '.join(keys)} }})"
    example: LiteralScalarString = LiteralScalarString(f"local result = {call}\nprint(result)\n")
    return example


def dump(spec: dict[str, Any]) -> str:
    yaml = YAML(typ="rt")
    yaml.default_flow_style = None  # leaf mappings as `{type: string}`, like hand-written specs
    yaml.width = 100
    out = io.StringIO()
    yaml.dump(spec, out)
    return out.getvalue()


def make_catalog(root: Path, providers: int, tools: int, seed: int = 0) -> Path:
    """A project at `root` (pyproject.toml + specs/) with the synthetic catalog; returns root."""
    if root.exists():
        shutil.rmtree(root)
    (root / "specs").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    for index in range(providers):
        spec = provider_spec(index, tools, seed)
        (root / "specs" / f"{spec['provider']['id']}.yaml").write_text(dump(spec), encoding="utf-8")
    return root


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--providers", type=int, default=450)
    parser.add_argument("--tools", type=int, default=10, help="tools per provider")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    make_catalog(args.root, args.providers, args.tools, args.seed)
    print(f"{args.providers} providers x {args.tools} tools in {args.root / 'specs'}")


if __name__ == "__main__":
    main()
