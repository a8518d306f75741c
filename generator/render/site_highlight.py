"""Syntax highlighting of the site's code blocks at build time (Pygments, no script).

Tokens become `<span class="k">`-style spans (Pygments' short classes); the theme
for light and dark lives in `static/site.css`. Unknown languages are only escaped.
"""

from __future__ import annotations

from functools import lru_cache

from pygments import highlight as pygments_highlight
from pygments.formatters import HtmlFormatter
from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name

from generator.render.escape import Escaped, html

# Fence info strings the site highlights -> Pygments lexer name.
LANGUAGES = {
    "lua": "lua",
    "python": "python",
    "py": "python",
    "json": "json",
    "toml": "toml",
    "sh": "shell",
    "shell": "shell",
    "bash": "shell",
    "console": "shell",
}


@lru_cache(maxsize=16)
def _lexer(name: str) -> Lexer:
    return get_lexer_by_name(name, stripnl=False, ensurenl=False)


_FORMATTER = HtmlFormatter(nowrap=True)


@lru_cache(maxsize=8192)
def highlight(code: str, language: str) -> Escaped:
    """`code` as escaped HTML with token spans (only escaped for other languages)."""
    name = LANGUAGES.get(language.strip().lower())
    if name is None:
        return html(code)
    out = pygments_highlight(code, _lexer(name), _FORMATTER)
    if not code.endswith("\n") and out.endswith("\n"):
        out = out[:-1]  # the formatter ends every block with a newline: keep the text as given
    return Escaped(out)


def fence_highlight(code: str, language: str, _attrs: str) -> str:
    """markdown-it's `highlight` option: token spans, or "" to let it escape the code."""
    return str(highlight(code, language)) if language.strip().lower() in LANGUAGES else ""
