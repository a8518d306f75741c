"""A benchmark catalog built from real material, written as `specs/*.yaml` of a temp project.

Two kinds of provider, both real:

- copies of the bundled specs (`specs/*.yaml`) under new ids, names and namespaces;
- specs that `toolgen import` writes from the providers' published documents in
  ../shared/upstream (Fly.io and Render today; DigitalOcean, Netlify, PagerDuty and
  CircleCI join as soon as the importer reads them).

Each imported document appears once per 450 providers (at least once), the rest
are bundled copies in turn, so 900 providers hold exactly twice the material of
450. Imports are cached by the document's bytes and the importer's code
(`TOOLGEN_BENCH_CACHE`, default: the user cache directory), so after the first
build a catalog costs only file copies.

    python benchmarks/catalog.py /tmp/cat --providers 450
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from attrs import frozen

REPO = Path(__file__).resolve().parent.parent
UPSTREAM = REPO.parent / "shared" / "upstream"
TOOLGEN = str(Path(sys.executable).parent / "toolgen")
BLOCK = 450  # every imported document appears once per BLOCK providers
IMPORTER_CODE = ("generator/importer", "generator/upstream", "generator/spec")


@frozen
class Document:
    """A published API description that `toolgen import` turns into a spec."""

    key: str  # short name, the prefix of the ids of its copies
    path: Path


DOCUMENTS = (
    Document("fly-api", UPSTREAM / "fly/machines-openapi3.json"),
    Document("render-api", UPSTREAM / "render/render-public-api-1.json"),
    Document("digitalocean", UPSTREAM / "digitalocean/DigitalOcean-public.v2.bundled.json.gz"),
    Document("netlify", UPSTREAM / "netlify/swagger.yml"),
    Document("pagerduty", UPSTREAM / "pagerduty/openapiv3.json.gz"),
    Document("circleci", UPSTREAM / "circleci/openapi-final.json"),
)


def bundled_specs() -> list[Path]:
    """The bundled specs: as frozen with the code for this run (`measure.freeze_code`), or live."""
    folder = Path(os.environ.get("TOOLGEN_BENCH_SPECS") or REPO / "specs")
    return sorted(folder.glob("*.yaml"))


def cache_dir() -> Path:
    if configured := os.environ.get("TOOLGEN_BENCH_CACHE"):
        return Path(configured)
    import platformdirs

    return Path(platformdirs.user_cache_dir("toolgen")) / "bench-imports"


def importer_digest() -> str:
    import hashlib

    sha = hashlib.sha256()
    for folder in IMPORTER_CODE:
        for path in sorted((REPO / folder).rglob("*.py")):
            sha.update(path.relative_to(REPO).as_posix().encode() + b"\0" + path.read_bytes())
    return sha.hexdigest()[:16]


def imported_spec(document: Document, code: str | None = None) -> str | None:
    """The spec `toolgen import` writes for `document` (cached), or None when it cannot import it."""
    import hashlib

    if not document.path.is_file():
        return None
    code = code or importer_digest()
    key = hashlib.sha256(document.path.read_bytes()).hexdigest()[:16]
    cached = cache_dir() / f"{document.key}-{key}-{code}.yaml"
    failed = cached.with_suffix(".failed")
    if cached.is_file():
        return cached.read_text("utf-8")
    if failed.is_file():
        return None
    text = _import(document)
    cached.parent.mkdir(parents=True, exist_ok=True)
    if text is None:
        failed.write_text("toolgen import failed\n")
        return None
    cached.write_text(text, "utf-8")
    return text


def _import(document: Document) -> str | None:
    """Import every operation; when that fails, every operation whose operationId is unique."""
    with tempfile.TemporaryDirectory(prefix="toolgen-import-") as temp:
        project = Path(temp)
        (project / "specs").mkdir()
        shutil.copy(REPO / "pyproject.toml", project)
        attempts = [[]]
        if unique := _unique_operation_ids(document.path):
            attempts.append([arg for op in unique for arg in ("--operations", op)])
        for extra in attempts:
            command = [TOOLGEN, "import", str(document.path), "--id", document.key, *extra]
            done = subprocess.run(command, check=False, cwd=project, capture_output=True, text=True)
            spec = project / "specs" / f"{document.key}.yaml"
            if spec.is_file():
                return spec.read_text("utf-8")
            print(f"import of {document.path.name} failed: {done.stderr[-300:]}", file=sys.stderr)
    return None


def _unique_operation_ids(path: Path) -> list[str]:
    """Operation ids that occur once (JSON documents only; [] when unreadable)."""
    try:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        paths = json.loads(raw).get("paths", {})
    except (ValueError, OSError, AttributeError):
        return []
    ids = Counter(
        operation.get("operationId")
        for item in paths.values()
        for operation in item.values()
        if isinstance(operation, dict) and "responses" in operation
    )
    return [op for op, count in ids.items() if op and count == 1]


def renamed(text: str, new_id: str, new_name: str) -> str:
    """A spec under a new id, name and namespace: its Lua examples and doc paths follow."""
    old_id = _field(text, "id")
    old_namespace = _field(text, "namespace")
    namespace = new_id.replace("-", "_")
    text = _set_field(text, "id", new_id)
    text = _set_field(text, "namespace", namespace)
    text = _set_field(text, "name", new_name)
    text = re.sub(
        rf"\bapp\.integrations\.{re.escape(old_namespace)}\b", f"app.integrations.{namespace}", text
    )
    return re.sub(rf"\b{re.escape(old_id)}\.(?=[a-z_]+\b)", f"{new_id}.", text)


def _field(text: str, name: str) -> str:
    match = re.search(rf"(?m)^provider:\n(?:  .*\n)*?  {name}: *(\S+)", text)
    if match is None:
        raise ValueError(f"no provider.{name} in spec")
    return match.group(1).strip("'\"")


def _set_field(text: str, name: str, value: str) -> str:
    pattern = rf"(?m)(^provider:\n(?:  .*\n)*?  {name}: *).*$"
    return re.sub(pattern, lambda m: m.group(1) + value, text, count=1)


def sources(providers: int) -> Iterator[tuple[str, str, str]]:
    """(new id, display name, original spec text) of each provider of the catalog."""
    code = importer_digest()
    documents = [(d, t) for d in DOCUMENTS if (t := imported_spec(d, code)) is not None]
    bundled = [(p.stem, p.read_text("utf-8")) for p in bundled_specs()]
    copies = max(1, providers // BLOCK)
    count = 0
    for copy in range(copies):
        for document, text in documents:
            if count < providers:
                count += 1
                yield _copy_id(document.key, copy), f"{document.key} {copy}", text
    index = 0
    while count < providers:
        stem, text = bundled[index % len(bundled)]
        yield f"{stem}-c{index:04d}", f"{stem} copy {index}", text
        index, count = index + 1, count + 1


def _copy_id(key: str, copy: int) -> str:
    """Copies of an imported spec keep the id's length: its MCP names were cut to fit 64."""
    return key if copy == 0 else f"{key[:-2]}{copy:02d}"


def make_catalog(root: Path, providers: int) -> Path:
    """A project at `root` (pyproject.toml + specs/) with the catalog; returns root."""
    if root.exists():
        shutil.rmtree(root)
    (root / "specs").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", root / "pyproject.toml")
    for new_id, name, text in sources(providers):
        (root / "specs" / f"{new_id}.yaml").write_text(renamed(text, new_id, name), "utf-8")
    return root


def tool_count(root: Path) -> int:
    """Tools of the catalog's specs (top-level `tools:` entries)."""
    total = 0
    for spec in (root / "specs").glob("*.yaml"):
        text = spec.read_text("utf-8")
        tools = text.partition("\ntools:\n")[2]
        tools = re.split(r"(?m)^\S", tools, maxsplit=1)[0]
        total += len(re.findall(r"(?m)^  - name:", tools))
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--providers", type=int, default=450)
    args = parser.parse_args()
    make_catalog(args.root, args.providers)
    print(f"{args.providers} providers, {tool_count(args.root)} tools in {args.root / 'specs'}")


if __name__ == "__main__":
    main()
