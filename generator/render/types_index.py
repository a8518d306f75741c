"""Per-provider facts about its named types, computed once per provider, not per tool.

`Provider.type(name)` scans the provider's types, and which types contain
themselves depends only on the provider: asked for every field of every tool,
both made rendering cost tools × types². Renderers ask here instead; the answer
is memoized by the provider object's identity (the provider is kept alive with
its entry, so an id is never reused while its entry exists).
"""

from __future__ import annotations

from attrs import frozen

from generator.spec.model import Provider, TypeDef

MAX_PROVIDERS = 8  # a render touches one provider at a time; a few spare entries suffice


@frozen
class TypeIndex:
    by_name: dict[str, TypeDef]
    recursive: frozenset[str]  # types that contain themselves, directly or through others


_MEMO: dict[int, tuple[Provider, TypeIndex]] = {}


def type_index(provider: Provider) -> TypeIndex:
    entry = _MEMO.get(id(provider))
    if entry is not None and entry[0] is provider:
        return entry[1]
    if len(_MEMO) >= MAX_PROVIDERS:
        _MEMO.clear()
    by_name: dict[str, TypeDef] = {}
    for typedef in provider.types:
        by_name.setdefault(typedef.name, typedef)  # the first wins, as `Provider.type` does
    index = TypeIndex(by_name, _recursive(by_name))
    _MEMO[id(provider)] = (provider, index)
    return index


def find_type(provider: Provider, name: str) -> TypeDef | None:
    return type_index(provider).by_name.get(name)


def _recursive(types: dict[str, TypeDef]) -> frozenset[str]:
    """Types on a cycle of the "field refers to type" graph (Tarjan's SCC, iterative)."""
    edges = {
        name: sorted(
            {f.type.base.name for f in t.fields if not f.type.base.is_primitive} & types.keys()
        )
        for name, t in types.items()
    }
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cyclic: set[str] = set()
    for root in types:
        if root in order:
            continue
        work = [(root, 0)]
        while work:
            node, next_edge = work.pop()
            if next_edge == 0:
                order[node] = low[node] = len(order)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if next_edge < len(targets):
                work.append((node, next_edge + 1))
                target = targets[next_edge]
                if target not in order:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], order[target])
                continue
            if low[node] == order[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1 or node in edges[node]:
                    cyclic.update(component)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return frozenset(cyclic)
