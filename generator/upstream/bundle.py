"""Documents split across files: relative `$ref`s pulled into one document.

`referencing` resolves each reference (relative to the file it appears in);
this module only decides what is allowed and where the target lands. Every
distinct external target is copied once under `x-toolgen-bundled/<name>` of
the root document (named after the pointer's last part or the file name, so
type names stay readable), and the reference is rewritten to point there.
Remote references (`https:`), files outside the root document's folder and
cycles through files are refused or handled without unbounded recursion.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin, urlparse
from urllib.request import url2pathname

from referencing import Registry, Resource
from referencing.exceptions import NoSuchResource, Unresolvable

from generator.upstream.source import UpstreamError, read_source

BUNDLED = "x-toolgen-bundled"
MAX_DEPTH = 256


def has_external_refs(node: Any) -> bool:
    stack, seen = [node], set()
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                return True
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


def bundle(document: dict[str, Any], path: Path) -> dict[str, Any]:
    """`document` itself when it has no external reference, else a bundled copy."""
    if not has_external_refs(document):
        return document
    return _Bundler(document, path).run()


class _Bundler:
    def __init__(self, document: dict[str, Any], path: Path) -> None:
        self.root = document
        self.folder = path.resolve().parent
        self.root_uri = path.resolve().as_uri()
        resource: Resource[Any] = Resource.opaque(document)
        self.registry: Registry[Any] = Registry(retrieve=self._retrieve).with_resource(  # type: ignore[call-arg]
            self.root_uri, resource
        )
        self.targets: dict[str, str] = {}  # absolute target URI -> local `#/...` reference
        self.bundled: dict[str, Any] = {}

    def run(self) -> dict[str, Any]:
        result = self._rewrite(self.root, self.root_uri, 0)
        result[BUNDLED] = self.bundled
        return dict(result)

    def _retrieve(self, uri: str) -> Resource[Any]:
        parsed = urlparse(uri)
        if parsed.scheme != "file":
            raise UpstreamError(f"remote $ref refused: {uri}")
        path = Path(url2pathname(unquote(parsed.path))).resolve()
        if not path.is_relative_to(self.folder):
            raise UpstreamError(f"$ref outside the document's folder refused: {path}")
        return Resource.opaque(read_source(path).data)

    def _rewrite(self, node: Any, base: str, depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise UpstreamError(f"nested deeper than {MAX_DEPTH} levels in {base}")
        if isinstance(node, list):
            return [self._rewrite(item, base, depth + 1) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        out = {k: self._rewrite(v, base, depth + 1) for k, v in node.items() if k != "$ref"}
        if isinstance(ref, str):
            out["$ref"] = self._local(ref, base, depth)
        return out

    def _local(self, ref: str, base: str, depth: int) -> str:
        target = urljoin(base, ref)
        document, fragment = urldefrag(target)
        if document == self.root_uri:
            return "#" + fragment
        if target in self.targets:
            return self.targets[target]
        try:
            resolved = self.registry.resolver(base_uri=base).lookup(ref)
        except (NoSuchResource, Unresolvable) as exc:
            cause: BaseException | None = exc
            while cause is not None:  # our refusal, wrapped by `referencing`
                if isinstance(cause, UpstreamError):
                    raise UpstreamError(str(cause)) from None
                cause = cause.__cause__ or cause.__context__
            raise UpstreamError(f"unresolvable $ref {ref!r} in {base}") from None
        name = self._name(document, fragment)
        local = f"#/{BUNDLED}/{name}"
        self.targets[target] = local
        self.bundled[name] = {}  # claimed before its own references are followed (cycles)
        self.bundled[name] = self._rewrite(resolved.contents, document, depth + 1)
        return local

    def _name(self, document: str, fragment: str) -> str:
        last = fragment.rsplit("/", 1)[-1] if fragment.strip("/") else ""
        stem = last or Path(urlparse(document).path).stem
        wanted = re.sub(r"[^A-Za-z0-9_.-]+", "_", unquote(stem)) or "part"
        name, counter = wanted, 2
        while name in self.bundled:
            name, counter = f"{wanted}{counter}", counter + 1
        return name
