"""Maps `METHOD /path` onto a provider's tools, following each `http.path` template.

Matching works on the raw (still percent-encoded) path, so an encoded `/` in a
value stays inside its segment; placeholder values are decoded afterwards.
When several templates match, the one with the fewest placeholders wins
(`/apps/new` beats `/apps/{name}`).
"""

from __future__ import annotations

import re
from urllib.parse import unquote

from attrs import frozen

from generator.hosts.mock.request_checks import RequestError
from generator.hosts.mock.validate import ToolRules
from generator.spec.model import Provider, Tool

PLACEHOLDER_RE = re.compile(r"\{([^{}]+)\}")


@frozen
class ToolRoute:
    tool: Tool
    rules: ToolRules
    pattern: re.Pattern[str]
    placeholders: tuple[str, ...]

    def match(self, path: str) -> dict[str, str] | None:
        found = self.pattern.fullmatch(path)
        if found is None:
            return None
        values = (unquote(value, errors="replace") for value in found.groups())
        return dict(zip(self.placeholders, values, strict=True))


def compile_route(provider: Provider, tool: Tool) -> ToolRoute:
    assert tool.http is not None
    template = tool.http.path
    placeholders = tuple(PLACEHOLDER_RE.findall(template))
    pieces = PLACEHOLDER_RE.split(template)  # literal, name, literal, name, ..., literal
    regex = "".join(re.escape(piece) if i % 2 == 0 else "([^/]+)" for i, piece in enumerate(pieces))
    return ToolRoute(
        tool, ToolRules(provider, tool), re.compile(regex.rstrip("/") or "/"), placeholders
    )


class ProviderRouter:
    """The tool routes of one provider, served below `prefix` (`/v1`, `/fly-io/v1`)."""

    def __init__(self, provider: Provider, prefix: str) -> None:
        self.provider = provider
        self.prefix = prefix.rstrip("/")
        routes = [compile_route(provider, tool) for tool in provider.tools if tool.http is not None]
        self.routes = sorted(routes, key=lambda route: len(route.placeholders))

    def owns(self, raw_path: str) -> bool:
        return raw_path == self.prefix or raw_path.startswith(self.prefix + "/")

    def match(self, method: str, raw_path: str) -> tuple[ToolRoute, dict[str, str]]:
        """The route for this request, or a 404/405 `RequestError`."""
        return self.matches(method, raw_path)[0]

    def matches(self, method: str, raw_path: str) -> list[tuple[ToolRoute, dict[str, str]]]:
        """Every route for this request, most specific first (tools may share an endpoint:
        Render's `create_service` and `create_static_site`), or a 404/405 `RequestError`."""
        path = raw_path[len(self.prefix) :].rstrip("/") or "/"
        allowed: list[str] = []
        found = []
        for route in self.routes:
            values = route.match(path)
            if values is None:
                continue
            assert route.tool.http is not None
            if route.tool.http.method == method:
                found.append((route, values))
            allowed.append(route.tool.http.method)
        if found:
            return found
        if allowed:
            raise RequestError(
                405, f"{method} not allowed on {raw_path}; use {', '.join(sorted(set(allowed)))}"
            )
        raise RequestError(404, f"no {self.provider.id} route for {method} {raw_path}")
