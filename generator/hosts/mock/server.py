"""`MockServer`: the mock app on a real loopback port, in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterable
from types import TracebackType
from typing import Any, Self

import uvicorn

from generator.hosts.mock.app import base_path, create_app, create_multi_app
from generator.hosts.mock.control import Injection, MockState
from generator.spec.model import Catalog, Provider

START_TIMEOUT = 10.0


class MockServer:
    """Serve one provider, or several (a catalog or list: each below `/<provider-id>`).

    >>> with MockServer(provider) as server:
    ...     httpx.get(f"{server.url}/apps", ...)   # server.url == "http://127.0.0.1:<port>/v1"
    """

    def __init__(
        self,
        providers: Provider | Catalog | Iterable[Provider],
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        items: int = 5,
    ) -> None:
        if isinstance(providers, Provider):
            app = create_app(providers, items=items)
            self._prefixes = {providers.id: base_path(providers)}
        else:
            chosen = list(providers.providers if isinstance(providers, Catalog) else providers)
            app = create_multi_app(chosen, items=items)
            self._prefixes = {p.id: f"/{p.id}{base_path(p)}" for p in chosen}
        self._socket = socket.create_server((host, port))
        # Accepted connections inherit this; without it, Nagle plus delayed ACKs
        # add ~40 ms to every answer uvicorn writes in two parts.
        self._socket.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        bound_host, bound_port = self._socket.getsockname()[:2]
        self.origin = f"http://{bound_host}:{bound_port}"
        self.state: MockState = app.state.mock
        self._app = app
        config = uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def expire_tokens(self) -> None:
        """Forget every OAuth access token issued (the next call gets a 401)."""
        self._app.state.oauth.expire()

    @classmethod
    def multi(cls, providers: Catalog | Iterable[Provider], **options: Any) -> MockServer:
        """Every provider below `/<provider-id>`: `url_for("fly-io")` is `<origin>/fly-io/v1`."""
        return cls(providers, **options)

    @property
    def url(self) -> str:
        """Base URL a client uses (`http://127.0.0.1:<port>/v1`); single-provider servers only."""
        if len(self._prefixes) != 1:
            raise ValueError("a server of several providers has one URL each: use url_for(id)")
        return self.origin + next(iter(self._prefixes.values()))

    def url_for(self, provider_id: str) -> str:
        if provider_id not in self._prefixes:
            raise KeyError(f"the mock server does not serve {provider_id!r}")
        return self.origin + self._prefixes[provider_id]

    def inject(self, **settings: Any) -> None:
        """Queue a failure; same keys as `POST /__mock__/inject` (`status`, `times`, `delay`, ...)."""
        self.state.inject(Injection.from_json(settings))

    def requests(self) -> list[dict[str, Any]]:
        return self.state.requests()

    def reset(self) -> None:
        self.state.reset()

    def serve_forever(self) -> None:
        """Run in the calling thread until Ctrl-C."""
        self._server.run(sockets=[self._socket])

    def start(self) -> Self:
        self._thread = threading.Thread(
            target=self._server.run,
            kwargs={"sockets": [self._socket]},
            name="mock-server",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + START_TIMEOUT
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the mock server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=START_TIMEOUT)
            self._thread = None
        self._socket.close()

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()
