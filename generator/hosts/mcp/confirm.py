"""Calls the permission policy says to *ask* about: ask the user through MCP elicitation,
else obey the flags.

The rule (docs/mcp.md): by default writes and destructive calls ask (the
policy file can allow or deny them per provider and account, see `toolgen
policy`). A client that declares the elicitation capability is asked and the
call runs only on an accepted "yes"; a client without it (or a stateless HTTP
server, which cannot send it a request) gets them only when the server runs
with --allow-writes. `deny` refuses whatever the flags; `--read-only` offers no
write or destructive tool at all.
"""

from __future__ import annotations

import json
from typing import Any

import mcp_types as types
from mcp.shared.exceptions import NoBackChannelError

ALLOW_FLAG = "--allow-writes"
CONFIRM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "confirm": {"type": "boolean", "title": "Run it", "description": "Yes: run the call."}
    },
    "required": ["confirm"],
}
MAX_ARGUMENTS_SHOWN = 500


def supports_elicitation(session: Any) -> bool:
    capabilities = getattr(session, "client_capabilities", None)
    return capabilities is not None and capabilities.elicitation is not None


async def refusal(
    session: Any,
    name: str,
    title: str,
    arguments: dict[str, Any],
    allow_writes: bool,
    access: str = "destructive",
) -> str | None:
    """None when the call may run; otherwise why not (nothing was sent)."""
    what = "destructive" if access == "destructive" else "a write"
    if supports_elicitation(session):
        shown = json.dumps(arguments, ensure_ascii=False)[:MAX_ARGUMENTS_SHOWN]
        message = f"{title} ({name}) is {what} call. Run it with {shown}?"
        try:
            answer: types.ElicitResult = await session.elicit_form(message, CONFIRM_SCHEMA)
        except NoBackChannelError:
            pass  # stateless HTTP: no way to ask; the flags decide
        else:
            if answer.action == "accept" and (answer.content or {}).get("confirm") is True:
                return None
            verb = {"accept": "did not confirm", "decline": "declined", "cancel": "cancelled"}
            refused = verb.get(answer.action, "refused")
            return f"{name}: the user {refused} this {access} call; nothing was sent"
    if allow_writes:
        return None
    return (
        f"{name} is {what} call: start the server with {ALLOW_FLAG} to run it, "
        "or use a client that supports elicitation to confirm each call (nothing was sent)"
    )
