"""Spec evolution: what an edit changes on each surface, and whether it breaks users.

`compare_catalogs(old, new)` lists every change between two versions of the specs,
classified per surface (Python client, Lua, MCP, docs) as breaking or compatible.
`toolgen diff` prints it; `propose_version` turns it into the next semantic version.
"""

from generator.evolve.changes import Change, Severity, Surface
from generator.evolve.compare import compare_catalogs, compare_providers
from generator.evolve.versions import propose_version

__all__ = [
    "Change",
    "Severity",
    "Surface",
    "compare_catalogs",
    "compare_providers",
    "propose_version",
]
