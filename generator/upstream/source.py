"""Reading an upstream document file: JSON or YAML, gzipped or not, as untrusted input.

Limits: at most `MAX_BYTES` after decompression (a gzip bomb stops there),
YAML through the safe loader only (no tags that build objects), nesting bounded
by Python's recursion limit (reported, never a crash). `line_of` maps a JSON
pointer back to a 1-based line of a YAML or JSON text for reports.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
from pathlib import Path
from typing import Any

from attrs import frozen

MAX_BYTES = 64 * 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"


class UpstreamError(Exception):
    """An upstream document that cannot be read or understood."""


@frozen
class SourceText:
    """One document file: its parsed value and its text (for locating problems)."""

    path: Path
    text: str
    data: Any
    is_yaml: bool

    def line_of(self, pointer: str) -> int:
        """The 1-based line where `pointer` (`/paths/~1apps/get`) starts; 0 when unknown."""
        if self.is_yaml:
            return _yaml_line(self.text, pointer)
        return _json_line(self.text, pointer)


def read_source(path: Path) -> SourceText:
    raw = _read_bytes(path)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UpstreamError(f"{path}: not UTF-8 text: {exc}") from None
    try:
        return SourceText(path, text, json.loads(text), is_yaml=False)
    except json.JSONDecodeError:
        pass
    except RecursionError:
        raise UpstreamError(f"{path}: nested too deeply") from None
    return SourceText(path, text, _read_yaml(path, text), is_yaml=True)


def _read_bytes(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            head = handle.read(2)
            handle.seek(0)
            stream: Any = gzip.GzipFile(fileobj=handle) if head == _GZIP_MAGIC else handle
            data = stream.read(MAX_BYTES + 1)
    except (OSError, EOFError) as exc:
        raise UpstreamError(f"{path}: cannot read: {exc}") from None
    if len(data) > MAX_BYTES:
        raise UpstreamError(f"{path}: larger than {MAX_BYTES // (1024 * 1024)} MB")
    return bytes(data)


def _read_yaml(path: Path, text: str) -> Any:
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        return YAML(typ="safe").load(text)  # libyaml
    except YAMLError:
        pass  # libyaml is stricter than the YAML spec in places (`:` in flow scalars)
    except RecursionError:
        raise UpstreamError(f"{path}: nested too deeply") from None
    try:
        return YAML(typ="safe", pure=True).load(text)
    except YAMLError as exc:
        raise UpstreamError(f"{path}: neither JSON nor YAML: {exc}") from None
    except RecursionError:
        raise UpstreamError(f"{path}: nested too deeply") from None


def pointer_parts(pointer: str) -> list[str]:
    return [p.replace("~1", "/").replace("~0", "~") for p in pointer.split("/")[1:]]


def pointer(*parts: str) -> str:
    return "".join("/" + p.replace("~", "~0").replace("/", "~1") for p in parts)


@functools.lru_cache(maxsize=2)
def _compose(text: str) -> Any:
    from ruamel.yaml import YAML

    try:
        return YAML(typ="safe").compose(text)
    except Exception:  # noqa: BLE001 - what libyaml refuses, the pure parser read (see _read_yaml)
        return YAML(typ="safe", pure=True).compose(text)


def _yaml_line(text: str, where: str) -> int:
    from ruamel.yaml.nodes import MappingNode

    node: Any = _compose(text)
    mark = node.start_mark
    for part in pointer_parts(where):
        if not isinstance(node, MappingNode):
            return 0
        pair = next(((k, v) for k, v in node.value if str(k.value) == part), None)
        if pair is None:
            return 0
        mark, node = pair[0].start_mark, pair[1]  # the key's line: `get:`, not its first child
    return int(mark.line) + 1


def _json_line(text: str, where: str) -> int:
    """Best effort for JSON: the first line quoting each key in turn after the previous one."""
    offset = 0
    for part in pointer_parts(where):
        match = re.compile(re.escape(json.dumps(part)) + r"\s*:").search(text, offset)
        if match is None:
            return 0
        offset = match.end()
    return text.count("\n", 0, offset) + 1 if where else 1
