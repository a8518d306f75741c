"""`toolgen mcp serve --transport http` as a real process on a free loopback port.

The server is started with `--port 0`; its start-up line (stderr, captured in
a file so a full pipe can never block it) names the endpoint it bound.
"""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import httpx2
from mcp_helpers import ROOT, TOOLGEN

START_TIMEOUT = 60.0
STARTUP = re.compile(r"^toolgen mcp: serving (http://\S+/mcp) (.*)$", re.MULTILINE)


class RemoteServer:
    def __init__(self, process: subprocess.Popen[bytes], log: Path) -> None:
        self.process = process
        self.log = log
        self.url = ""
        self.fields: dict[str, str] = {}

    def wait_started(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while not (match := STARTUP.search(self.log.read_text(encoding="utf-8"))):
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"server did not start:\n{self.log.read_text()}")
            time.sleep(0.05)
        self.url = match.group(1)
        self.fields = dict(word.split("=", 1) for word in match.group(2).split())
        while True:  # workers accept once their app has started
            try:
                if httpx.get(self.fields["health"], timeout=2).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            assert self.process.poll() is None and time.monotonic() < deadline, self.log.read_text()
            time.sleep(0.05)

    def access_log(self) -> list[dict[str, Any]]:
        lines = self.log.read_text(encoding="utf-8").splitlines()
        return [json.loads(line) for line in lines if line.startswith("{")]


@contextmanager
def remote_server(
    tmp_path: Path, *args: str, credentials: Path, env: dict[str, str] | None = None
) -> Iterator[RemoteServer]:
    log = tmp_path / f"server-{time.monotonic_ns()}.log"
    command = [TOOLGEN, "mcp", "serve", "--transport", "http", "--port", "0", *args]
    environment = {"TOOLGEN_CREDENTIALS": str(credentials), **(env or {})}
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=ROOT, env=environment, stdin=subprocess.DEVNULL, stderr=sink
        )
    server = RemoteServer(process, log)
    try:
        server.wait_started()
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


def tokens_file(path: Path, tokens: dict[str, str], *, hashed: set[str] = frozenset()) -> Path:
    """A `[tokens]` TOML file; tokens in `hashed` are written as `sha256:<hex>`."""
    lines = ["[tokens]"]
    for token, account in tokens.items():
        key = "sha256:" + hashlib.sha256(token.encode()).hexdigest() if token in hashed else token
        lines.append(f"{json.dumps(key)} = {json.dumps(account)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def bearer_client(token: str | None = None) -> httpx2.AsyncClient:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx2.AsyncClient(headers=headers, timeout=httpx2.Timeout(30.0))


class Alternating(httpx2.AsyncBaseTransport):
    """A client-side load balancer: each request goes to the next of `ports`, in turn."""

    def __init__(self, ports: list[int]) -> None:
        self.ports = ports
        self.sent: list[int] = []
        self.inner = httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        port = self.ports[len(self.sent) % len(self.ports)]
        self.sent.append(port)
        request.url = request.url.copy_with(port=port)
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()
