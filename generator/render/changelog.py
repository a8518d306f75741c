"""Per-provider changelogs: `docs/changelog/<id>.md`, from the spec's `version` and `changelog:`."""

from __future__ import annotations

from generator import naming
from generator.render.common import banner, finish, spec_source
from generator.render.env import render_template
from generator.spec.model import Provider

SURFACE = "changelog"


def render_provider(provider: Provider) -> dict[str, str]:
    text = render_template(
        SURFACE, "provider.md.j2", banner=banner(spec_source(provider)), provider=provider
    )
    return {naming.changelog_path(provider.id): finish(text)}
