"""The Jinja environment shared by every surface, with the finalize guard."""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup

from generator.render.escape import FILTERS, Escaped

TEMPLATES = Path(__file__).parent / "templates"


class UnescapedValue(jinja2.TemplateError):
    pass


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Compiled templates kept across runs; Jinja recompiles a template whose source changed.

    A damaged file or a directory that cannot be written only costs speed.
    """

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001 (a damaged file is a miss)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


# At most one: the directory given to `reload_templates`.
_compiled: list[_CompiledTemplates] = []


def reload_templates(compiled: Path) -> None:
    """Read the templates afresh, keeping compiled ones in `compiled` for later runs.

    Templates are not checked for edits while rendering (that is a `stat` per
    use), so a long-lived process (`generate --watch`) calls this before each run.
    """
    with contextlib.suppress(OSError):
        compiled.mkdir(parents=True, exist_ok=True)
    _compiled[:] = [_CompiledTemplates(str(compiled))]
    environment.cache_clear()


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
        bytecode_cache=_compiled[0] if _compiled else None,
        auto_reload=False,
    )
    env.filters.update(FILTERS)
    return env


def render_template(surface: str, template: str, **context: object) -> str:
    return environment(surface).get_template(template).render(**context)
