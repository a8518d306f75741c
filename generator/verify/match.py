"""Finding the upstream operation a tool calls: same method, same path shape."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from generator.spec.model import Provider, Tool
from generator.upstream import Operation, Upstream

_PLACEHOLDER = re.compile(r"\{[^}]*\}")
_VERSION_PREFIX = re.compile(r"^/v\d+(?=/|$)")


def placeholders(path: str) -> list[str]:
    return [m.group(0)[1:-1] for m in _PLACEHOLDER.finditer(path)]


def shape(path: str) -> str:
    """`/v1/apps/{app_name}` -> `/v1/apps/{}`: placeholder names do not matter."""
    return _PLACEHOLDER.sub("{}", path).rstrip("/") or "/"


def _shapes(full_path: str) -> tuple[str, str]:
    """The exact shape and the shape without a leading version segment (`/v1`)."""
    exact = shape(full_path)
    return exact, _VERSION_PREFIX.sub("", exact) or "/"


class OperationIndex:
    """Upstream operations by method and path shape."""

    def __init__(self, upstream: Upstream) -> None:
        self._exact: dict[tuple[str, str], Operation] = {}
        self._unversioned: dict[tuple[str, str], Operation] = {}
        for op in upstream.operations:
            exact, unversioned = _shapes(upstream.base_path + op.path)
            self._exact.setdefault((op.method, exact), op)
            self._unversioned.setdefault((op.method, unversioned), op)

    def find(self, method: str, full_path: str) -> Operation | None:
        exact, unversioned = _shapes(full_path)
        return self._exact.get((method, exact)) or self._unversioned.get((method, unversioned))

    def methods_at(self, full_path: str) -> list[str]:
        """Methods upstream has for this path, for a helpful message."""
        _, unversioned = _shapes(full_path)
        return sorted(m for m, s in self._unversioned if s == unversioned)


def tool_path(provider: Provider, tool: Tool) -> str:
    """The tool's full path template: the base URL's path plus `http.path`."""
    assert tool.http is not None
    return urlparse(provider.api.base_url).path.rstrip("/") + tool.http.path
