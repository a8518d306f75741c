"""Re-import: a three-way merge of the new import into the spec, against the last import.

The last import is kept beside the spec (`specs/<id>.import.json`, written by
`toolgen import`). Tools are matched by HTTP method and path, never by name.
For every key of a tool (and of each param, matched by wire name) and of each
type: unchanged here -> upstream's new value; changed here -> yours is kept
(and a conflict is reported when upstream changed it too). A tool deleted here
stays deleted; a tool upstream removed is removed unless edited here. Without
a baseline (a spec written by hand), only what is missing is added.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

Plain = Callable[[Any], Any]


def plain(value: Any) -> Any:
    """ruamel nodes as plain dicts, lists and scalars (for comparing with imported data)."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def tool_key(tool: Any) -> str:
    http = tool.get("http") if isinstance(tool, dict) else None
    return f"{http.get('method')} {http.get('path')}" if isinstance(http, dict) else ""


def _param_key(param: Any) -> str:
    return f"{param.get('in', '')}:{param.get('wire', param.get('name'))}"


def merge_spec(
    current: CommentedMap, new: dict[str, Any], base: dict[str, Any] | None, changes: list[str]
) -> None:
    for key, value in new.items():
        if key not in current:
            current[key] = value
    for section in ("api", "credentials"):
        if isinstance(current.get(section), dict):
            _merge_map(current[section], new.get(section, {}), (base or {}).get(section))
    types = current.setdefault("types", CommentedMap())
    _merge_map(types, new.get("types", {}), (base or {}).get("types"), changes, "type ")
    _merge_tools(current.setdefault("tools", CommentedSeq()), new, base, changes)


def _merge_map(
    current: Any,
    new: dict[str, Any],
    base: dict[str, Any] | None,
    changes: list[str] | None = None,
    label: str = "",
) -> None:
    """Three-way merge of one level of a mapping (whole values compared)."""
    for key, value in new.items():
        if key not in current:
            if base is None or key not in base:  # new upstream (a key deleted here stays so)
                current[key] = value
                if changes is not None and base is not None:
                    changes.append(f"+ {label}{key}: added upstream")
            continue
        if base is None or key not in base:
            continue
        mine, was, value = plain(current[key]), base[key], plain(current_value := value)
        if value == was:
            continue
        if mine == was:
            current[key] = current_value
            if changes is not None:
                changes.append(f"~ {label}{key}: changed upstream{_detail(was, value)}")
        elif changes is not None and mine != value:
            changes.append(f"! {label}{key}: changed upstream and here; kept yours")
    for key in list(base or ()):
        if key not in new and key in current and plain(current[key]) == (base or {})[key]:
            del current[key]
            if changes is not None:
                changes.append(f"- {label}{key}: removed upstream")


def _detail(was: Any, now: Any) -> str:
    """`: fields a, b added; c removed; d changed` for two versions of a type."""
    before, after = (x.get("fields") if isinstance(x, dict) else None for x in (was, now))
    if not isinstance(before, dict) or not isinstance(after, dict):
        return ""
    parts = [
        (what, [k for k in keys if test(k)])
        for what, keys, test in (
            ("added", after, lambda k: k not in before),
            ("removed", before, lambda k: k not in after),
            ("changed", after, lambda k: k in before and before[k] != after[k]),
        )
    ]
    text = "; ".join(f"{', '.join(keys)} {what}" for what, keys in parts if keys)
    if text:
        return f": fields {text}"
    return ": description" if was.get("description") != now.get("description") else ""


def _merge_tools(
    tools: CommentedSeq, new: dict[str, Any], base: dict[str, Any] | None, changes: list[str]
) -> None:
    by_key = {tool_key(t): t for t in tools if tool_key(t)}
    base_tools = {tool_key(t): t for t in (base or {}).get("tools", ())}
    names = {str(t.get("name")) for t in tools}
    for tool in new.get("tools", ()):
        key = tool_key(tool)
        mine, was = by_key.get(key), base_tools.get(key)
        if mine is None:
            if was is not None:
                continue  # deleted here: stays deleted
            name = _free(str(tool["name"]), names)
            tool["name"] = name
            tools.append(tool)
            names.add(name)
            if base is not None:
                changes.append(f"+ {key}: added upstream as tool '{name}'")
            continue
        label = f"{key} ({mine.get('name')})"
        if was is None:
            _add_missing(mine, tool)
            continue
        _merge_tool(mine, tool, was, changes, label)
    for key, was in base_tools.items():
        if any(tool_key(t) == key for t in new.get("tools", ())):
            continue
        mine = by_key.get(key)
        if mine is None:
            continue
        if {k: v for k, v in plain(mine).items() if k != "name"} == {
            k: v for k, v in was.items() if k != "name"
        }:
            tools.remove(mine)
            changes.append(f"- {key}: removed upstream; tool '{mine.get('name')}' removed")
        else:
            changes.append(
                f"! {key}: removed upstream but edited here; tool '{mine.get('name')}' kept"
            )


def _merge_tool(
    mine: CommentedMap, new: dict[str, Any], was: dict[str, Any], changes: list[str], label: str
) -> None:
    changed: list[str] = []
    kept: list[str] = []
    for key in dict.fromkeys([*new, *was]):
        if key == "name":
            continue
        if key == "params":
            _merge_params(mine, new.get("params", []), was.get("params", []), changed, kept)
            continue
        node, before, current = new.get(key), was.get(key), plain(mine.get(key))
        value = plain(node)
        if value == before:
            continue
        if current == before:
            if node is None:
                del mine[key]
            else:
                mine[key] = node
            changed.append(key)
        elif current != value:
            kept.append(key)
    if changed:
        changes.append(f"~ {label}: changed upstream: {', '.join(changed)}")
    if kept:
        changes.append(f"! {label}: changed upstream and here, kept yours: {', '.join(kept)}")


def _merge_params(
    mine: CommentedMap,
    new: list[dict[str, Any]],
    was: list[dict[str, Any]],
    changed: list[str],
    kept: list[str],
) -> None:
    params = mine.setdefault("params", CommentedSeq())
    current = {_param_key(p): p for p in params}
    before = {_param_key(p): p for p in was}
    for param in new:
        key = _param_key(param)
        if key not in current:
            if key not in before:
                params.append(param)
                changed.append(f"param {param['name']} added")
            continue
        old = before.get(key)
        if old is None or old == plain(param):
            continue
        if plain(current[key]) == old:
            params[params.index(current[key])] = param
            changed.append(f"param {param['name']}")
        else:
            kept.append(f"param {current[key].get('name')}")
    for key, old in before.items():
        if key not in {_param_key(p) for p in new} and key in current:
            if plain(current[key]) == old:
                params.remove(current[key])
                changed.append(f"param {old['name']} removed")
            else:
                kept.append(f"param {current[key].get('name')} (removed upstream)")
    if not params:
        del mine["params"]


def _add_missing(current: CommentedMap, imported: dict[str, Any]) -> None:
    for key, value in imported.items():
        if key not in current:
            current[key] = value
    params = current.get("params")
    if isinstance(params, list):
        keys = {_param_key(p) for p in params} | {p.get("name") for p in params}
        for param in imported.get("params", ()):
            if _param_key(param) not in keys and param["name"] not in keys:
                params.append(param)


def _free(name: str, taken: set[str]) -> str:
    candidate, counter = name, 2
    while candidate in taken:
        candidate, counter = f"{name}_{counter}", counter + 1
    return candidate
