"""`toolgen generate --watch`: regenerate after every saved spec or template.

Each batch of changes triggers a normal, incremental run, so only the edited
provider is re-rendered (every provider after a template edit). A broken spec
prints its diagnostics and the watcher keeps going.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from generator.output.cache import TEMPLATES

READY_TIMEOUT_MS = (
    500  # the watcher wakes this often with no change; the first wake-up says it is ready
)

if TYPE_CHECKING:
    from watchfiles import Change

    from generator.output.printer import Printer


def watch_project(console: Printer, project: Path, regenerate: Callable[[], int]) -> None:
    """Run `regenerate` after each batch of saved specs or templates, until Ctrl-C."""
    import watchfiles

    specs = project / "specs"
    watching = watchfiles.watch(
        specs, TEMPLATES, watch_filter=_relevant(specs), raise_interrupt=False,
        yield_on_timeout=True, rust_timeout=READY_TIMEOUT_MS,
    )  # fmt: skip
    ready = False
    for changes in watching:
        if not changes:  # a timeout: the watcher is running, so later saves are seen
            if not ready:
                console.print(f"Watching {specs} and {TEMPLATES} (Ctrl-C stops).")
                ready = True
            continue
        names = sorted({Path(path).name for _change, path in changes})
        console.print(f"Changed: {', '.join(names)}")
        try:
            regenerate()
        except Exception as exc:  # noqa: BLE001 (a bug must not end the session; next save retries)
            console.print(f"error: {type(exc).__name__}: {exc}")
        console.print("Waiting for changes.")


def _relevant(specs: Path) -> Callable[[Change, str], bool]:
    """Spec files (`specs/*.yaml`) and any template; never editor swap files or caches."""
    import watchfiles

    default = watchfiles.DefaultFilter()

    def relevant(change: Change, path: str) -> bool:
        file = Path(path)
        return default(change, path) and (file.parent != specs or file.suffix == ".yaml")

    return relevant
