"""`DeprecationWarning`s for deprecated tools and parameters, at the caller's line."""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import Any

from generator.runtime.meta import ToolSpec
from generator.runtime.model import UNSET


def warn_deprecated(tool: ToolSpec, args: Mapping[str, Any], stacklevel: int) -> None:
    """Warn when `tool` is deprecated, and for each deprecated parameter the caller passed."""
    if tool.deprecated:
        warnings.warn(
            f"{tool.full_name}: {tool.deprecated}", DeprecationWarning, stacklevel=stacklevel + 1
        )
    for param in tool.params:
        if param.deprecated and args.get(param.name, UNSET) not in (UNSET, None):
            warnings.warn(
                f"{tool.full_name}({param.name}=...): {param.deprecated}",
                DeprecationWarning,
                stacklevel=stacklevel + 1,
            )
