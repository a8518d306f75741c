"""Read built pages back with the stdlib HTML parser: elements, ids, links and text."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from attrs import define

Attrs = dict[str, str | None]
VOID = frozenset({"meta", "link", "input", "br", "hr", "img", "source", "wbr", "area", "col"})


@define
class Element:
    tag: str
    attrs: Attrs
    text: str = ""


class Page(HTMLParser):
    """Every element with its attributes and the text inside it."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[Element] = []
        self._open: list[Element] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element = Element(tag, dict(attrs))
        self.elements.append(element)
        if tag not in VOID:
            self._open.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append(Element(tag, dict(attrs)))  # `<hr />`: nothing to close

    def handle_endtag(self, tag: str) -> None:
        if all(e.tag != tag for e in self._open):
            return  # a stray end tag closes nothing
        while self._open:
            if self._open.pop().tag == tag:
                break

    def handle_data(self, data: str) -> None:
        for element in self._open:
            element.text += data

    @property
    def ids(self) -> set[str]:
        return {str(e.attrs["id"]) for e in self.elements if e.attrs.get("id")}

    @property
    def text(self) -> str:
        return next(e.text for e in self.elements if e.tag == "body")

    def all(self, tag: str) -> list[Element]:
        return [e for e in self.elements if e.tag == tag]

    def links(self) -> list[str]:
        return [
            str(e.attrs[key])
            for e in self.elements
            for key in ("href", "src")
            if e.attrs.get(key) is not None
        ]


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text("utf-8"))
    page.close()
    return page


def is_internal(link: str) -> bool:
    parts = urlsplit(link)
    return not parts.scheme and not parts.netloc
