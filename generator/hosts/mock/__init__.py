"""A fake provider over real HTTP, built from the spec model.

Each tool with `http` is a route `METHOD <base path><http.path>`; the base path is
the path part of `api.base_url` (`/v1` for Fly.io, empty for Heroku). Requests
are checked like the real provider would: auth header shape (401), static
headers, path/query/header params (known, typed, enum, bounds, required) and
the JSON body (keys from `wire` names, dotted paths nest, `$` is the whole
body); a violation answers 400 `{"message": "...names the parameter..."}`.
Unknown routes answer 404, a known path with another method 405.

Answers are the tool's `response_example`, else synthesized from its return
type (see `synth`), with the last path param echoed into `id`/`name`-like keys.
Status is `http.success[0]`, else 200 (204 without a body). List tools page in
their declared style (see `paging`) over `items` entries.

Control endpoints (at the server root, for tests in other processes too; see
`control`): `POST /__mock__/inject`, `GET /__mock__/requests`,
`POST /__mock__/reset`. Full description: `docs/mock-server.md`.

Python API: `create_app(provider)`, `create_multi_app(providers)` (each provider
below `/<provider-id>`), and `MockServer`, which runs either on a loopback port
in a background thread:

    with MockServer(provider) as server:           # server.url: http://127.0.0.1:PORT/v1
        ...
    with MockServer.multi(catalog) as server:      # server.url_for("fly-io")
        ...
"""

from generator.hosts.mock.app import base_path, create_app, create_multi_app
from generator.hosts.mock.control import Injection, MockState
from generator.hosts.mock.server import MockServer

__all__ = ["Injection", "MockServer", "MockState", "base_path", "create_app", "create_multi_app"]
