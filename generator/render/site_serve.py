"""A local HTTP server for a built site (stdlib `http.server`, loopback only)."""

from __future__ import annotations

from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HOST = "127.0.0.1"


class QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request."""

    def log_message(self, format: str, *args: Any) -> None:
        pass


def site_server(site: Path, port: int = 0, *, quiet: bool = False) -> ThreadingHTTPServer:
    """A server for `site` on 127.0.0.1 (port 0: any free port); call `serve_forever()`."""
    handler = QuietHandler if quiet else SimpleHTTPRequestHandler
    return ThreadingHTTPServer((HOST, port), partial(handler, directory=str(site)))


def server_url(server: ThreadingHTTPServer) -> str:
    return f"http://{HOST}:{server.server_address[1]}/"
