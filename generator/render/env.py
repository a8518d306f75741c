"""The Jinja environment shared by every surface, with the finalize guard."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.render.escape import FILTERS, Escaped

TEMPLATES = Path(__file__).parent / "templates"


class UnescapedValue(jinja2.TemplateError):
    pass


def _finalize(value: object) -> str:
    """Let through only escaped text and plain integers; anything else is a bug."""
    if isinstance(value, (Escaped, Markup)):
        return str(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise UnescapedValue(
        f"template printed {type(value).__name__} {str(value)[:60]!r} without a sink filter"
    )


@cache
def environment(surface: str) -> jinja2.Environment:
    """Environment for `templates/<surface>/`; templates are named after their output.

    Another surface's templates are reachable as `<surface>/<name>` for includes.
    """
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([TEMPLATES / surface, TEMPLATES]),
        undefined=jinja2.StrictUndefined,
        finalize=_finalize,
        autoescape=False,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(FILTERS)
    return env


def render_template(surface: str, template: str, **context: object) -> str:
    return environment(surface).get_template(template).render(**context)
