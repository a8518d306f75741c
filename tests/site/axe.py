"""axe-core (the npm package, pinned in package.json) injected into a page of the built site.

`npm ci` installs it; without it the accessibility tests are skipped (failed in CI).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.needs import missing

if TYPE_CHECKING:
    from selenium.webdriver.chrome.webdriver import WebDriver

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")  # impacts a page must not have
MAX_PAGES = 150  # a large catalog: the index, every provider page and a sample of the rest
COLOR_RULES = ("color-contrast", "link-in-text-block")  # what a color scheme changes

RUN = """
const [only, done] = [arguments[0], arguments[arguments.length - 1]];
const options = {resultTypes: ["violations"]};
if (only) options.runOnly = {type: "rule", values: only};
axe.run(document, options).then(
  (result) => done(result.violations.map((v) => ({
    id: v.id, impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(" ") + ": " + (n.failureSummary || "")),
  }))),
  (error) => done([{id: "axe-error", impact: "critical", nodes: [String(error)]}]),
);
"""


@cache
def axe_source() -> str:
    if not AXE.exists():
        missing(f"{AXE} is missing (npm ci)")
    return AXE.read_text(encoding="utf-8")


def blocking_violations(browser: WebDriver, page: str, only: tuple[str, ...] = ()) -> list[str]:
    """`rule (impact) on page: element: why` for each serious or critical violation."""
    if not browser.execute_script("return typeof axe !== 'undefined'"):
        browser.execute_script(axe_source())
    browser.set_script_timeout(120)
    found: list[dict[str, Any]] = browser.execute_async_script(RUN, list(only) or None)
    return [
        f"{v['id']} ({v['impact']}) on {page}: {node}"
        for v in found
        if v["impact"] in BLOCKING
        for node in v["nodes"]
    ]


def pages_to_check(site: Path) -> list[str]:
    """Every HTML page of the site (relative paths), or at most MAX_PAGES of them: the
    index and provider pages first, then function pages evenly spaced."""
    pages = sorted(
        str(path.relative_to(site)) for path in site.rglob("*.html") if "pagefind" not in path.parts
    )
    if len(pages) <= MAX_PAGES:
        return pages
    first = [page for page in pages if page.count("/") <= 1]
    rest = [page for page in pages if page.count("/") > 1]
    room = max(MAX_PAGES - len(first), 0)
    step = max(len(rest) // room, 1) if room else len(rest) + 1
    return first + rest[::step][:room]
