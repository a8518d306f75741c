"""`toolgen docs serve` as a user runs it: a subprocess serving a built site on loopback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx

TOOLGEN = str(Path(sys.executable).parent / "toolgen")


def test_serve_answers_pages_and_assets(site: Path) -> None:
    command = [TOOLGEN, "docs", "serve", "--port", "0", "--out", str(site)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()  # "Serving <site> at http://127.0.0.1:<port>/ ..."
        url = line.split(" at ", 1)[1].split()[0]
        assert url.startswith("http://127.0.0.1:")
        index = httpx.get(url + "index.html", timeout=10)
        css = httpx.get(url + "assets/site.css", timeout=10)
        missing = httpx.get(url + "no-such-page.html", timeout=10)
    finally:
        process.terminate()
        process.wait(timeout=30)
    assert index.status_code == 200 and "provider-filter" in index.text
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    assert missing.status_code == 404


def test_serve_without_a_site_says_how_to_build_one(tmp_path: Path) -> None:
    command = [TOOLGEN, "docs", "serve", "--out", str(tmp_path / "nothing")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 1
    assert "run `toolgen docs build` first" in done.stderr
