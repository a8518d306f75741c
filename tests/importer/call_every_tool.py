"""Run as `python call_every_tool.py ROOT PROVIDER_ID [--walk]` with ROOT first on sys.path.

Loads `ROOT/specs/<id>.yaml`, serves it with the mock provider server, and calls
every tool once through the generated sync client in `ROOT/generated`. Prints
one JSON object: {"called": n, "failed": {tool: error}, "requests": n}.
With `--walk`, walks every page of each paginated tool (`iter_<tool>`) instead:
{"walked": {tool: [items, requests]}, "failed": {...}}.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from typing import Any


def sample(provider: Any, param: Any) -> Any:
    from generator.hosts.mock.synth import synthesize

    if str(param.type) == "file":
        return b"file-content"
    if param.enum:
        return [param.enum[0]] if param.type.is_list else param.enum[0]
    if param.minimum is not None:
        return max(int(param.minimum), 1)
    if param.default is not None:
        return param.default
    return synthesize(provider, param.type, label=param.name)


def main(root: Path, provider_id: str, walk: bool = False) -> dict[str, Any]:
    from generator.hosts.mock import MockServer
    from generator.spec import load_provider

    provider, diagnostics = load_provider(root / "specs" / f"{provider_id}.yaml", root)
    if provider is None:
        return {"error": [str(d) for d in diagnostics]}
    package = importlib.import_module(f"generated.clients.{provider.namespace}")
    assert str(Path(package.__file__ or "").resolve()).startswith(str(root.resolve())), package
    tools = importlib.import_module(f"generated.clients.{provider.namespace}.tools")
    cls = getattr(package, tools.PROVIDER.class_name)
    credentials = {c.name: f"value-{c.name}" for c in provider.credentials if c.default is None}
    failed: dict[str, str] = {}
    walked: dict[str, list[int]] = {}
    with MockServer.multi([provider]) as server:
        client = cls(**credentials, base_url=server.url_for(provider.id))
        with client:
            for tool in provider.tools if walk else ():
                if not tool.is_paginated:
                    continue
                args = {
                    p.name: sample(provider, p)
                    for p in tool.params
                    if p.required and not p.credential
                }
                before = len(server.requests())
                try:
                    found = list(getattr(client, f"iter_{tool.name}")(**args))
                except Exception as exc:  # noqa: BLE001 - every failure is reported by name
                    failed[tool.name] = f"{type(exc).__name__}: {exc}"[:300]
                    continue
                walked[tool.name] = [len(found), len(server.requests()) - before]
            if walk:
                return {"walked": walked, "failed": failed}
            for tool in provider.tools:
                args = {
                    p.name: sample(provider, p)
                    for p in tool.params
                    if p.required and not p.credential
                }
                try:
                    getattr(client, tool.name)(**args)
                except Exception as exc:  # noqa: BLE001 - every failure is reported by name
                    failed[tool.name] = f"{type(exc).__name__}: {exc}"[:300]
        requests = len(server.requests())
    return {"called": len(provider.tools), "failed": failed, "requests": requests}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), sys.argv[2], "--walk" in sys.argv[3:])))
