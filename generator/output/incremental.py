"""Specs -> rendered files, re-doing only what changed since a cached run.

Per spec, two cache entries: its load (model and diagnostics) and its render
(diagnostics, files and the provider's summary). The catalog-wide files are
keyed by every provider's summary, so they come from the summaries alone. A
run with no change reads only render entries; an edit reloads and re-renders
that provider. Given an `OutputState`, owners whose files are still as the last
write left them are not read from the cache at all: their paths are `kept`.
The files are byte-identical to those of a run with an empty cache.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from attrs import frozen

from generator.output import pipeline
from generator.output.cache import Cache, Fingerprint, digest
from generator.output.manifest import CATALOG_OWNER
from generator.output.plan import Owned, pack
from generator.output.state import OutputState, Written
from generator.spec.diagnostics import Diagnostic, Report, has_errors, sorted_diagnostics
from generator.spec.model import Provider
from generator.spec.summary import ProviderSummary, check_unique, summarize

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
    provider: Provider | None  # only in load entries
    diagnostics: tuple[Diagnostic, ...]
    files: dict[str, bytes]  # packed (`plan.pack`): what crosses from workers and is cached
    summary: ProviderSummary | None = None


@frozen
class Build:
    """Rendered files to plan with, owners known unchanged, and what a write should record."""

    files: dict[str, Owned]
    kept: dict[str, str]  # path -> owner: unchanged since the last write, neither rendered nor read
    diagnostics: list[Diagnostic]
    owners: tuple[Written, ...]  # every owner of the build (files' sizes and mtimes not filled in)
    keys: frozenset[str]  # every spec's render key and the catalog key: what a state may keep


def build(
    root: Path,
    ids: Sequence[str] = (),
    on_provider: Callable[[str], None] = lambda _id: None,
    cache: Cache | None = None,
    state: OutputState | None = None,
) -> Build:
    """Files of the selected providers (all when `ids` is empty) plus the catalog-wide ones."""
    cache = cache or Cache()
    fingerprint = Fingerprint()
    jobs = []
    resolved_root, specs = root.resolve(), (root / "specs").resolve()
    for path in pipeline.catalog_paths(root, ids):
        resolved = path.resolve() if path.is_symlink() else specs / path.name
        where = (resolved_root.as_posix(), resolved.as_posix())  # they make `source`
        load_key = digest("load", fingerprint.code, *where, path.read_bytes())
        jobs.append(Job(path, load_key, digest("render", load_key, fingerprint.templates)))
    kept = {job: written for job in jobs if state and (written := state.unchanged(job.render_key))}
    outcomes = {job: _from_state(kept[job]) if job in kept else _cached(cache, job) for job in jobs}
    missing = [job for job, outcome in outcomes.items() if outcome is None]
    for outcome in outcomes.values():
        if outcome is not None:
            on_provider(outcome.provider_id)
    outcomes.update(zip(missing, _run(missing, root, cache, on_provider), strict=True))
    done = {job: outcome for job, outcome in outcomes.items() if outcome is not None}
    diagnostics = sorted_diagnostics(d for outcome in done.values() for d in outcome.diagnostics)
    if has_errors(diagnostics):
        raise pipeline.SpecErrors(diagnostics)
    summaries = sorted((o.summary for o in done.values() if o.summary), key=lambda s: s.id)
    _check_unique(summaries, diagnostics)
    catalog_key = digest("catalog", fingerprint.code, fingerprint.templates, repr(summaries))
    catalog = state.unchanged(catalog_key) if state else None
    selected = {job: o for job, o in done.items() if not ids or o.provider_id in ids}
    fresh = [(job.render_key, o) for job, o in selected.items() if job not in kept]
    if catalog is None:
        catalog_files = _catalog_files(catalog_key, summaries, cache)
        fresh.append((catalog_key, Outcome(CATALOG_OWNER, None, (), catalog_files)))
    cache.prune()
    unchanged = [kept[job] for job in selected if job in kept] + ([catalog] if catalog else [])
    files, kept_paths = _files([(o.provider_id, o.files) for _key, o in fresh], unchanged)
    owners = (*unchanged, *(_written(key, outcome) for key, outcome in fresh))
    keys = frozenset([*(job.render_key for job in jobs), catalog_key])
    return Build(files, kept_paths, diagnostics, owners, keys)


def _files(
    parts: list[tuple[str, dict[str, bytes]]], kept: list[Written]
) -> tuple[dict[str, Owned], dict[str, str]]:
    """Rendered files by path, and kept paths; a path may have one owner."""
    files = pipeline.merge(parts)
    paths: dict[str, str] = {}
    for written in kept:
        for path in written.paths:
            if path in files or path in paths:
                other = files[path].owner if path in files else paths[path]
                raise pipeline.RenderError(
                    f"{path} is produced by both {other} and {written.owner}"
                )
            paths[path] = written.owner
    return files, paths


def _cached(cache: Cache, job: Job) -> Outcome | None:
    entry = cache.get(job.render_key)
    return entry if isinstance(entry, Outcome) else None


def _from_state(written: Written) -> Outcome:
    return Outcome(written.owner, None, written.diagnostics, {}, written.summary)


def _written(key: str, outcome: Outcome) -> Written:
    files = tuple((path, 0, 0) for path in outcome.files)
    return Written(key, outcome.provider_id, outcome.diagnostics, outcome.summary, files)


def _run(
    jobs: list[Job], root: Path, cache: Cache, on_provider: Callable[[str], None]
) -> list[Outcome]:
    if jobs:
        _reload_templates(cache)
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
    """Load (from the cache when it can) and render one spec, caching both steps.

    The outcome carries the files and the summary, not the model: nothing else needs it.
    """
    from generator import render

    loaded = _load(job, root, cache)
    if loaded.provider is None:
        return loaded  # errors are reported, never cached
    rendered = pipeline.guarded(loaded.provider_id, render.render_provider, loaded.provider)
    files = {path: pack(text) for path, text in rendered.items()}
    summary = summarize(loaded.provider)
    outcome = Outcome(loaded.provider_id, None, loaded.diagnostics, files, summary)
    cache.put(job.render_key, outcome)
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


def _reload_templates(cache: Cache) -> None:
    """Before rendering: templates as they are now (Jinja is not imported by a no-op run)."""
    from generator.render.env import reload_templates

    reload_templates(cache.directory / "jinja")


def _check_unique(summaries: list[ProviderSummary], diagnostics: list[Diagnostic]) -> None:
    report = Report()
    check_unique(summaries, report)
    if report.diagnostics:
        raise pipeline.SpecErrors(sorted_diagnostics([*diagnostics, *report.diagnostics]))


def _catalog_files(key: str, summaries: list[ProviderSummary], cache: Cache) -> dict[str, bytes]:
    """The catalog-wide files, from the cache or rendered from the providers' summaries."""
    from generator import render

    files = cache.get(key)
    if not isinstance(files, dict):
        _reload_templates(cache)
        rendered = pipeline.guarded("the catalog", render.render_catalog_files, summaries)
        files = {path: pack(text) for path, text in rendered.items()}
        cache.put(key, files)
    return files
