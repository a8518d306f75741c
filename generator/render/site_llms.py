"""The site's Markdown: a twin (`<page>.md`) next to every page, `llms.txt` and `llms-full.txt`.

Twins come from the same models as the other Markdown surfaces: a provider's is
its reference page (docs/reference/<id>.md), a function's its agent-facing Lua
doc (generated/lua/<id>/<tool>.md) plus the Python example. `llms.txt` lists
every twin (llmstxt.org layout); `llms-full.txt` is the reference in one file.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Sequence
from typing import Protocol

from generator.render import lua_docs, reference
from generator.render.common import banner, finish, spec_source
from generator.render.env import render_template
from generator.render.site_function import Function
from generator.spec.model import Provider

LLMS = "llms.txt"
LLMS_FULL = "llms-full.txt"
INDEX_TWIN = "index.md"
TITLE = "toolgen provider reference"
# Links between repository files (`../credentials.md`) lead nowhere inside the site.
_REPO_LINK = re.compile(r"\[([^\]\n]*)\]\((?:\.\./)+[^)\s]*\.md\)")


class Entry(Protocol):
    """What llms.txt shows of a provider (the site's `SiteEntry`)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def description(self) -> str: ...
    @property
    def functions(self) -> tuple[tuple[str, str], ...]: ...


def twin(page: str) -> str:
    """The Markdown twin's path of an `.html` page."""
    return page.removesuffix(".html") + ".md"


def provider_twins(provider: Provider, page: str, functions: Sequence[Function]) -> dict[str, str]:
    """The provider's Markdown twin and one per function."""
    files = {twin(page): _site_markdown(reference.render_provider(provider).popitem()[1])}
    for function in functions:
        text = render_template(
            lua_docs.SURFACE, "tool.md.j2", banner=banner(spec_source(provider)), doc=function.doc
        )
        python = f"## Python example\n\n{fence(function.python_example, 'python')}"
        files[twin(function.page)] = finish(_site_markdown(text).rstrip() + "\n\n" + python)
    return files


def render_llms(entries: Sequence[Entry], provider_markdown: Sequence[str]) -> dict[str, str]:
    """`llms.txt` (also the index page's twin) and `llms-full.txt` (every provider's twin)."""
    entries = sorted(entries, key=lambda entry: entry.id)
    functions = sum(len(entry.functions) for entry in entries)
    summary = (
        "> Every provider toolgen generates Lua functions, MCP tools and Python clients for:"
        f" {len(entries)} providers, {functions} functions."
    )
    lines = [
        f"# {TITLE}",
        "",
        summary,
        "",
        "Each link is the Markdown twin of a page of this site; `llms-full.txt` holds them all.",
    ]
    for entry in entries:
        folder = posixpath.join("providers", entry.id)
        name = _line(entry.name)
        lines += ["", f"## {name}", ""]
        lines.append(f"- [{_link_text(name)}]({folder}.md): {_line(entry.description)}")
        lines += [f"- [{tool}]({folder}/{tool}.md): {_line(s)}" for tool, s in entry.functions]
    index = "\n".join(lines) + "\n"
    full = f"# {TITLE}\n\n" + "\n\n".join(text.rstrip() for text in provider_markdown) + "\n"
    return {LLMS: index, INDEX_TWIN: index, LLMS_FULL: full}


def fence(code: str, language: str) -> str:
    """A fenced block longer than any backtick run inside `code`."""
    longest = max((len(run) for run in re.findall(r"`+", code)), default=0)
    marks = "`" * max(3, longest + 1)
    return f"{marks}{language}\n{code.rstrip(chr(10))}\n{marks}\n"


def _site_markdown(text: str) -> str:
    """Without the do-not-edit banner and with repository links as plain text."""
    lines = text.split("\n")
    if lines and lines[0].startswith("<!-- generated from "):
        lines = lines[1:]
    return _REPO_LINK.sub(r"\1", "\n".join(lines).lstrip("\n"))


def _link_text(text: str) -> str:
    return re.sub(r"([\\\[\]])", r"\\\1", text)


def _line(text: str) -> str:
    """Text on one line (a description's later lines would break the list)."""
    return " ".join(text.split())
