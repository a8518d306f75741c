"""A loopback HTTP server that answers from a script and records what it got."""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from attrs import define, field, frozen


@frozen
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless it is bytes
    headers: dict[str, str] = field(factory=dict)
    delay: float = 0.0


@frozen
class Seen:
    method: str
    path: str  # raw request target, query included
    headers: dict[str, str]
    body: bytes


@define
class Script:
    url: str
    replies: deque[Reply] = field(factory=deque)
    seen: list[Seen] = field(factory=list)

    def add(self, *replies: Reply) -> None:
        self.replies.extend(replies)


def _handler(script: Script) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True

        def _answer(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
            script.seen.append(Seen(self.command, self.path, dict(self.headers), body))
            reply = (
                script.replies.popleft() if script.replies else Reply(500, {"message": "no reply"})
            )
            time.sleep(reply.delay)
            data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
            if reply.body is None:
                data = b""
            self.send_response(reply.status)
            headers = {"Content-Type": "application/json", **reply.headers}
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            try:
                self.wfile.write(data)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout tests)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

        def log_message(self, format: str, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def scripted_server() -> Iterator[Script]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(Script("")))
    script = Script(f"http://127.0.0.1:{server.server_address[1]}")
    server.RequestHandlerClass = _handler(script)
    thread = threading.Thread(target=server.serve_forever, args=(0.01,), daemon=True)
    thread.start()
    try:
        yield script
    finally:
        server.shutdown()
        server.server_close()
