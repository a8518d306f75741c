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


def test_serve_rebuilds_after_a_spec_edit_and_pages_reload(tmp_path: Path) -> None:
    import os
    import re
    import shutil
    import time

    root = Path(__file__).resolve().parents[2]
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    shutil.copy(root / "pyproject.toml", project)
    shutil.copy(root / "specs" / "heroku.yaml", project / "specs")
    env = {**os.environ, "TOOLGEN_CACHE_DIR": str(tmp_path / "cache")}
    site = project / "site"
    build = [TOOLGEN, "docs", "build", "--root", str(project)]
    subprocess.run(build, check=True, env=env, capture_output=True, timeout=300)
    command = [TOOLGEN, "docs", "serve", "--port", "0", "--root", str(project)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split(" at ", 1)[1].split()[0]
        assert process.stdout.readline().startswith("Watching ")
        page = httpx.get(url + "providers/heroku.html", timeout=10).text
        assert '<script src="/__toolgen/reload.js" defer></script>' in page
        assert "__toolgen" not in (site / "providers" / "heroku.html").read_text("utf-8")
        assert "location.reload()" in httpx.get(url + "__toolgen/reload.js", timeout=10).text
        assert httpx.get(url + "__toolgen/version", timeout=10).text == "0"
        spec = project / "specs" / "heroku.yaml"
        text = re.sub(
            r"(?m)^(    summary: ).*$", r"\1Served and edited.", spec.read_text(), count=1
        )
        spec.write_text(text, "utf-8")
        deadline = time.monotonic() + 120
        while httpx.get(url + "__toolgen/version", timeout=10).text == "0":
            assert time.monotonic() < deadline, "no rebuild after the spec edit"
            time.sleep(0.3)
        assert "Served and edited." in httpx.get(url + "providers/heroku.html", timeout=10).text
    finally:
        process.terminate()
        process.wait(timeout=30)
