"""The reference site's owners for a project, from the generation cache.

Each spec's model comes from `toolgen generate`'s load cache (loaded, checked
and cached once when missing), never re-validated when cached. A provider's
pages are cached too, with its `SiteEntry`, under a key of the spec's load key
and the templates; the index page is keyed by every entry. So a build after one
spec edit loads and renders that provider alone and re-renders the index.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

from generator.output import incremental, pipeline
from generator.output.cache import Cache, Fingerprint, digest
from generator.render.site_build import Owner
from generator.spec.diagnostics import Diagnostic, has_errors, sorted_diagnostics
from generator.spec.model import Provider


@frozen
class Part:
    """A provider's index entry (`SiteEntry`) and warnings, cached apart from its pages."""

    job: incremental.Job
    entry: object
    diagnostics: tuple[Diagnostic, ...]


@frozen
class SitePlan:
    owners: list[Owner]
    diagnostics: list[Diagnostic]  # warnings (errors raise `pipeline.SpecErrors`)
    providers: int


def site_owners(root: Path, ids: Sequence[str] = (), cache: Cache | None = None) -> SitePlan:
    """Owners of the site of the providers `ids` (all when empty), diagnostics first checked."""
    from generator.render import site

    cache = cache or Cache()
    site.reload_templates(cache.directory / "jinja")
    fingerprint = Fingerprint()
    jobs: list[incremental.Job] = []
    resolved_root, specs = root.resolve(), (root / "specs").resolve()
    for path in pipeline.catalog_paths(root, ids):
        resolved = path.resolve() if path.is_symlink() else specs / path.name
        where = (resolved_root.as_posix(), resolved.as_posix())
        load_key = digest("load", fingerprint.code, *where, path.read_bytes())
        site_key = digest("site", load_key, fingerprint.templates)
        jobs.append(incremental.Job(path, load_key, site_key))
    parts: list[Part] = []
    diagnostics: list[Diagnostic] = []
    for job in jobs:
        part, found = _part(job, root, cache)
        diagnostics += found
        if part is not None:
            parts.append(part)
    diagnostics = sorted_diagnostics(diagnostics)
    if has_errors(diagnostics):
        raise pipeline.SpecErrors(diagnostics)
    chosen = sorted(
        (p for p in parts if not ids or _id(p.entry) in ids), key=lambda p: _id(p.entry)
    )
    entries = [part.entry for part in chosen]
    index_key = digest("site-index", fingerprint.code, fingerprint.templates, repr(entries))
    owners = [
        Owner("assets", digest("site-assets", fingerprint.templates), site.render_assets),
        Owner("index", index_key, lambda: site.render_index(entries)),  # type: ignore[arg-type]
    ]
    pages = [_pages(part.job, root, cache) for part in chosen]
    owners += [
        Owner(f"provider:{_id(part.entry)}", part.job.render_key, render)
        for part, render in zip(chosen, pages, strict=True)
    ]
    owners.append(_llms(index_key, chosen, pages))
    cache.prune()
    return SitePlan(owners, diagnostics, len(chosen))


def _part(job: incremental.Job, root: Path, cache: Cache) -> tuple[Part | None, list[Diagnostic]]:
    """The provider's index entry, cached or from its model (itself from the load cache)."""
    key = digest("site-entry", job.render_key)
    cached = cache.get(key)
    if isinstance(cached, Part):
        return cached, list(cached.diagnostics)
    loaded = incremental._load(job, root, cache)
    if loaded.provider is None:
        return None, list(loaded.diagnostics)
    from generator.render import site

    part = Part(job, site.site_entry(loaded.provider), loaded.diagnostics)
    if not isinstance(cache.get(job.render_key), dict):  # render now: the model is loaded
        cache.put(job.render_key, _render(loaded.provider))
    cache.put(key, part)
    return part, list(part.diagnostics)


def _pages(job: incremental.Job, root: Path, cache: Cache) -> Callable[[], dict[str, str]]:
    """Renders the provider's pages when the site needs them: from the cache when it can."""

    def render() -> dict[str, str]:
        files = cache.get(job.render_key)
        if isinstance(files, dict):
            return files
        provider = incremental._load(job, root, cache).provider
        assert provider is not None  # its entry was built from the same load
        files = _render(provider)
        cache.put(job.render_key, files)
        return files

    return render


def _llms(index_key: str, chosen: list[Part], pages: list[Callable[[], dict[str, str]]]) -> Owner:
    """llms.txt and llms-full.txt: re-rendered when the index or any provider's pages change."""
    from generator.render import site, site_llms

    key = digest("site-llms", index_key, *(part.job.render_key for part in chosen))

    def render() -> dict[str, str]:
        twins = [
            files[site_llms.twin(site.provider_page(_id(part.entry)))]
            for part, files in zip(chosen, (of_provider() for of_provider in pages), strict=True)
        ]
        return site_llms.render_llms([part.entry for part in chosen], twins)  # type: ignore[misc]

    return Owner("llms", key, render)


def _render(provider: Provider) -> dict[str, str]:
    from generator.render import site

    return pipeline.guarded(provider.id, site.render_provider_pages, provider)


def _id(entry: object) -> str:
    return str(getattr(entry, "id", ""))
