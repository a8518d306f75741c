"""A local HTTP server for a built site (stdlib `http.server`, loopback only).

With a `LiveReload`, every HTML page it sends carries one extra script tag
(`/__toolgen/reload.js`, added while serving, never written to the site) that
polls `/__toolgen/version` and reloads the page when a rebuild bumped it.
"""

from __future__ import annotations

import threading
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

HOST = "127.0.0.1"
VERSION_PATH = "/__toolgen/version"
SCRIPT_PATH = "/__toolgen/reload.js"
SCRIPT_TAG = f'<script src="{SCRIPT_PATH}" defer></script>'
RELOAD_JS = f"""// toolgen docs serve: reload this page after a rebuild.
"use strict";
(() => {{
  let seen = null;
  const poll = async () => {{
    try {{
      const version = await (await fetch("{VERSION_PATH}", {{ cache: "no-store" }})).text();
      if (seen !== null && version !== seen) location.reload();
      seen = version;
    }} catch (error) {{
      // the server is restarting: try again
    }}
    setTimeout(poll, 700);
  }};
  poll();
}})();
"""


class LiveReload:
    """The site's version: bumped after every rebuild that changed files."""

    def __init__(self) -> None:
        self.version = 0
        self._lock = threading.Lock()

    def bump(self) -> None:
        with self._lock:
            self.version += 1


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


class LiveHandler(QuietHandler):
    """Serves the site plus the reload script and version; pages get the script tag."""

    live: LiveReload

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if path == VERSION_PATH:
            return self._send(str(self.live.version).encode(), "text/plain; charset=utf-8")
        if path == SCRIPT_PATH:
            return self._send(RELOAD_JS.encode(), "text/javascript; charset=utf-8")
        if path.endswith("/"):
            path += "index.html"
        file = Path(self.translate_path(path))
        if file.suffix == ".html" and file.is_file():
            page = file.read_text("utf-8").replace("</head>", f"{SCRIPT_TAG}\n</head>", 1)
            return self._send(page.encode(), "text/html; charset=utf-8")
        return super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


def site_server(
    site: Path, port: int = 0, *, quiet: bool = False, live: LiveReload | None = None
) -> ThreadingHTTPServer:
    """A server for `site` on 127.0.0.1 (port 0: any free port); call `serve_forever()`."""
    handler: type[SimpleHTTPRequestHandler] = QuietHandler if quiet else SimpleHTTPRequestHandler
    if live is not None:
        handler = type("BoundLiveHandler", (LiveHandler,), {"live": live})
    return ThreadingHTTPServer((HOST, port), partial(handler, directory=str(site)))


def server_url(server: ThreadingHTTPServer) -> str:
    return f"http://{HOST}:{server.server_address[1]}/"
