"""The client base classes generated code imports (`SyncClient`, `AsyncClient`, `Timeout`).

`base.py` holds what both share; `sync_client.py` and `async_client.py` the two
ways of sending.
"""

from __future__ import annotations

from generator.runtime.async_client import AsyncClient
from generator.runtime.base import LIMITS, ClientBase, Timeout
from generator.runtime.sync_client import SyncClient

__all__ = ["LIMITS", "AsyncClient", "ClientBase", "SyncClient", "Timeout"]
