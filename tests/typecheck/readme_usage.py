"""The generated clients used the way README.md and docs/python-clients.md show.

Not run: `.ci/run` type-checks it with `pyright` (strict, pyrightconfig.json) and
`mypy --strict`, so a client change that breaks a documented use fails CI. File
arguments are checked on the `bodies` fixture client (tests/bodies/test_client_typing.py).
"""

from __future__ import annotations

import asyncio

from generated.clients.heroku import AsyncHeroku, Heroku
from generated.clients.heroku.models import App
from generated.clients.render2 import Render2
from generated.clients.render2.models import EnvVarInput
from generator.runtime.errors import NotFoundError
from generator.runtime.pages import SyncPage
from generator.runtime.retry import RetryPolicy


def sync_use() -> list[str]:
    with Heroku.from_account("default") as heroku:
        app = heroku.get_app(app_id_or_name="orders-api", timeout=5.0, max_retries=0)
        page: SyncPage[App] = heroku.list_apps(extra_headers={"X-Trace": "t-1"})
        first = [item.name for item in page.items if item.name]
        following = page.next_page() if page.has_next_page() else None
        every = [item.name for item in page if item.name]
        raw = heroku.with_raw_response.get_app(app_id_or_name=app.id)
        print(raw.status_code, raw.request_id, following, page.page_params)
        return first + every


async def async_use() -> list[str]:
    async with AsyncHeroku.from_account("default", retry=RetryPolicy()) as heroku:
        page = await heroku.list_apps()
        first_two = page.items[:2]
        every_app = [app async for app in page]
        pages = [len(p.items) async for p in page.iter_pages()]
        print(pages)
        return [app.name for app in first_two + every_app if app.name]


def models_and_errors() -> None:
    with Render2.from_env() as render:
        try:
            created = render.create_service(
                type="web_service",
                name="api",
                runtime="python",
                env_vars=[EnvVarInput(key="A", value="1"), {"key": "B", "generate_value": True}],
            )
        except NotFoundError as error:
            print(error.status, error.request_id)
            return
        print(created.to_dict(), created.additional_properties.get("extra"))


if __name__ == "__main__":
    print(sync_use(), asyncio.run(async_use()))
    models_and_errors()
