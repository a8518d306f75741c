"""The site's full-text search index, built by Pagefind.

Pagefind writes its index and its own search UI (`pagefind-ui.js`,
`pagefind-ui.css`) into `<site>/pagefind/`; the pages load them from there.

We run the binary the `pagefind` package ships (`pagefind[bin]`) rather than
its asyncio service API: the service answers "written" before every file is
flushed and is then terminated, which leaves empty or missing files at
random. The CLI exits only when the index is complete, and with the pages
fixed its output is byte-identical from build to build.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from pagefind.service import get_executable

SEARCH_DIR = "pagefind"
LANGUAGE = "en"
OPTIONS = ("--output-subdir", SEARCH_DIR, "--force-language", LANGUAGE, "--quiet")


class SearchIndexError(Exception):
    """Pagefind is missing or failed to index the site."""


def build_search_index(site: Path) -> None:
    """Index every HTML page under `site` into `site/pagefind/`."""
    binary = get_executable()
    if binary is None:
        raise SearchIndexError("the Pagefind binary is missing: pip install 'pagefind[bin]'")
    command = [str(binary), "--site", str(site), *OPTIONS]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise SearchIndexError(f"Pagefind failed ({result.returncode}): {output}")
