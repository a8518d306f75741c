"""Markdown and URLs from specs, made safe for the HTML site.

Raw HTML in Markdown is shown as text (`html: False`), markdown-it refuses
`javascript:`-like link targets, and images become links so a page never
fetches anything from another host.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache
from urllib.parse import urlsplit

from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

from generator.render.escape import Escaped, html
from generator.render.site_highlight import fence_highlight

MAX_HEADING = 6
# Code blocks and tables scroll sideways when wide: keyboard users reach them by Tab.
_FOCUSABLE_PRE = '<pre tabindex="0" role="region" aria-label="Code">'


def _image_as_link(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env) or "image"
    return f'<a href="{html(str(token.attrGet("src") or ""))}">{html(alt)}</a>'


def _focusable_code(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    default = getattr(RendererHTML, tokens[idx].type)  # `fence` or `code_block`
    return str(default(self, tokens, idx, options, env)).replace("<pre>", _FOCUSABLE_PRE, 1)


def _focusable_table(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    tokens[idx].attrSet("tabindex", "0")
    return self.renderToken(tokens, idx, options, env)


@cache
def _parser() -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": False, "highlight": fence_highlight}).enable("table")
    parser.add_render_rule("image", _image_as_link)
    for kind in ("fence", "code_block"):
        parser.add_render_rule(kind, _focusable_code)
    parser.add_render_rule("table_open", _focusable_table)
    return parser


# One line of prose that Markdown leaves as it is: no markup, entity, list or block start.
_PLAIN = re.compile(r"[A-Za-z(][A-Za-z0-9 ,.;:'()/?%$@=+-]*")


@lru_cache(maxsize=8192)
def markdown(text: str, shift: int = 0) -> Escaped:
    """HTML for Markdown text; headings move `shift` levels down (`#` -> `<h3>` for 2).

    Memoized (field and parameter descriptions repeat across a provider's functions),
    and one line of plain prose skips the parser: it can only become one paragraph.
    """
    plain = text.rstrip(" ")
    if _PLAIN.fullmatch(plain) and "  " not in plain:
        return Escaped(f"<p>{plain}</p>\n")
    parser = _parser()
    tokens = parser.parse(text)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            level = min(int(token.tag[1:]) + shift, MAX_HEADING)
            token.tag = f"h{level}"
    return Escaped(parser.renderer.render(tokens, parser.options, {}))


def web_url(url: str) -> str:
    """The URL when it is an absolute http(s) link, else "" (no link is shown)."""
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else ""
