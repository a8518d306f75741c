"""Specs -> rendered files, re-doing only what changed since a cached run.

Per spec, two cache entries: its load (model and diagnostics) and its render
(diagnostics and files). The catalog-wide files are keyed by every spec's load
key. A run with no change reads only render entries; an edit reloads and
re-renders that provider, then re-renders the catalog files from cached models.
The result is the same as `pipeline.load` + `pipeline.render_files`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

from generator.output import pipeline
from generator.output.cache import Cache, Fingerprint, digest
from generator.output.manifest import CATALOG_OWNER
from generator.output.plan import Owned
from generator.spec.diagnostics import Diagnostic, Report, has_errors, sorted_diagnostics
from generator.spec.model import Catalog, Provider

PARALLEL_THRESHOLD = 16  # fewer specs to build than this: forking workers costs more than it saves


@frozen
class Job:
    path: Path
    load_key: str
    render_key: str


@frozen
class Outcome:
    """One spec's contribution: its provider (None when the spec has errors), diagnostics, files."""

    provider_id: str
    provider: Provider | None
    diagnostics: tuple[Diagnostic, ...]
    files: dict[str, str]


def build(
    root: Path,
    ids: Sequence[str] = (),
    on_provider: Callable[[str], None] = lambda _id: None,
    cache: Cache | None = None,
) -> tuple[dict[str, Owned], list[Diagnostic]]:
    """Files of the selected providers (all when `ids` is empty) plus the catalog-wide ones."""
    cache = cache or Cache()
    fingerprint = Fingerprint()
    jobs = []
    for path in pipeline.catalog_paths(root, ids):
        where = (root.resolve().as_posix(), path.resolve().as_posix())  # they make `source`
        load_key = digest("load", fingerprint.code, *where, path.read_bytes())
        jobs.append(Job(path, load_key, digest("render", load_key, fingerprint.templates)))
    outcomes = {job: _cached_outcome(cache, job) for job in jobs}
    missing = [job for job, outcome in outcomes.items() if outcome is None]
    for outcome in outcomes.values():
        if outcome is not None:
            on_provider(outcome.provider_id)
    outcomes.update(zip(missing, _run(missing, root, cache, on_provider), strict=True))
    done = {job: outcome for job, outcome in outcomes.items() if outcome is not None}
    diagnostics = sorted_diagnostics(d for outcome in done.values() for d in outcome.diagnostics)
    if has_errors(diagnostics):
        raise pipeline.SpecErrors(diagnostics)
    catalog_key = digest("catalog", fingerprint.templates, *(job.load_key for job in jobs))
    catalog_files = cache.get(catalog_key)
    if not isinstance(catalog_files, dict):
        catalog_files = _render_catalog(root, cache, done, diagnostics)
        cache.put(catalog_key, catalog_files)
    cache.prune()
    selected = [(o.provider_id, o.files) for o in done.values() if not ids or o.provider_id in ids]
    return pipeline.merge([*selected, (CATALOG_OWNER, catalog_files)]), diagnostics


def _cached_outcome(cache: Cache, job: Job) -> Outcome | None:
    entry = cache.get(job.render_key)
    return entry if isinstance(entry, Outcome) else None


def _run(
    jobs: list[Job], root: Path, cache: Cache, on_provider: Callable[[str], None]
) -> list[Outcome]:
    workers = min(len(os.sched_getaffinity(0)), -(-len(jobs) // PARALLEL_THRESHOLD))
    if workers < 2:
        return [_report(build_one(job, root, cache), on_provider) for job in jobs]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")  # workers inherit the imported generator
    with ProcessPoolExecutor(workers, mp_context=context) as pool:
        args = ([root] * len(jobs), [cache] * len(jobs))
        chunk = max(1, len(jobs) // (workers * 8))
        return [_report(o, on_provider) for o in pool.map(build_one, jobs, *args, chunksize=chunk)]


def _report(outcome: Outcome, on_provider: Callable[[str], None]) -> Outcome:
    on_provider(outcome.provider_id)
    return outcome


def build_one(job: Job, root: Path, cache: Cache) -> Outcome:
    """Load (from the cache when it can) and render one spec, caching both steps."""
    from generator import render

    loaded = _load(job, root, cache)
    if loaded.provider is None:
        return loaded  # errors are reported, never cached
    files = pipeline.guarded(loaded.provider_id, render.render_provider, loaded.provider)
    outcome = Outcome(loaded.provider_id, loaded.provider, loaded.diagnostics, files)
    cache.put(job.render_key, Outcome(outcome.provider_id, None, outcome.diagnostics, files))
    return outcome


def _load(job: Job, root: Path, cache: Cache) -> Outcome:
    from generator.spec.loader import load_provider

    entry = cache.get(job.load_key)
    if isinstance(entry, Outcome):
        return entry
    provider, diagnostics = load_provider(job.path, root)
    outcome = Outcome(provider.id if provider else job.path.stem, provider, tuple(diagnostics), {})
    if provider is not None:
        cache.put(job.load_key, outcome)
    return outcome


def _render_catalog(
    root: Path, cache: Cache, done: dict[Job, Outcome], diagnostics: list[Diagnostic]
) -> dict[str, str]:
    """The catalog-wide files, from every provider's model (cached ones are loaded here)."""
    from generator import render
    from generator.spec.loader import _check_unique

    providers = [o.provider or _load(job, root, cache).provider for job, o in done.items()]
    loaded = [p for p in providers if p is not None]
    report = Report()
    _check_unique(loaded, report)
    if report.diagnostics:
        raise pipeline.SpecErrors(sorted_diagnostics([*diagnostics, *report.diagnostics]))
    return pipeline.guarded("the catalog", render.render_catalog_files, Catalog(loaded))
