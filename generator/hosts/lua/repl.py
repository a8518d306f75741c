"""`toolgen lua --repl`: an interactive Lua prompt with the host's namespaces.

One Lua state serves the whole session, so globals persist between entries;
each entry runs under the host's time limit (in-process: a stuck C call is not
interrupted here, Ctrl-C is). An entry that is an expression prints its value
as JSON. With readline, history is kept in the user's cache directory and Tab
completes `app.integrations.*`, `docs.*` and the other namespaces.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from generator import naming
from generator.hosts.lua.bridge import Output
from generator.hosts.lua.calllog import CallLog
from generator.hosts.lua.convert import ConversionError, to_python
from generator.hosts.lua.host import LuaHost
from generator.hosts.lua.mcp_client import McpServers

GLOBALS = (
    naming.namespace_path(""),
    "app.mcp.",
    "docs.",
    "json.",
    "regex.",
    "mcp.",
    "dump(",
    "print(",
    "lua_read_doc(",
)
PROMPT, MORE = "lua> ", "...> "


class LuaRepl:
    def __init__(self, host: LuaHost, stream: TextIO) -> None:
        self.host = host
        self.stream = stream
        self.deadline = 0.0
        self._open()

    def _open(self) -> None:
        limits = self.host.limits
        self.output = Output(limits.max_output, self.stream)
        self.servers = McpServers(dict(self.host.mcp_servers), self.time_left)
        log = CallLog(lambda record: None)
        self.session = self.host.open_session(self.output, log, self.servers, self.time_left)

    def time_left(self) -> float:
        return self.deadline - time.monotonic()

    def close(self) -> None:
        self.servers.close()

    def evaluate(self, code: str) -> tuple[bool, str]:
        """(ok, text to show): the value of an expression as JSON, or the error message."""
        self.deadline = time.monotonic() + self.host.limits.timeout
        self.output.size = 0  # the output cap applies per entry
        ok, value = self.session.run(f"return {code}", "repl")
        if not ok and _is_syntax_error(value):
            ok, value = self.session.run(code, "repl")
        if not ok:
            message = str(dict(value.items()).get("message", ""))
            if "time limit exceeded" in message or "memory" in message:
                self._open()  # a stopped state cannot run again: start a fresh one
                message += " (the session was restarted: globals are gone)"
            return False, message
        if value is None:
            return True, ""
        try:
            shown = to_python(self.session, value, "value", self.host.limits)
        except ConversionError as exc:
            return True, f"<{exc}>"
        return True, json.dumps(shown, ensure_ascii=False, indent=2)

    def is_incomplete(self, code: str) -> bool:
        """Whether `code` only lacks its end (an open block or string): ask for more lines."""
        from generator.spec.examples import compile_error

        if compile_error(f"return {code}") is None:
            return False  # a complete expression
        error = compile_error(code)
        return error is not None and "<eof>" in error[2]


def _is_syntax_error(value: Any) -> bool:
    message = str(dict(value.items()).get("message", ""))
    return "syntax error" in message or "unexpected symbol" in message or "<eof>" in message


def completer(names: list[str]) -> Callable[[str, int], str | None]:
    candidates = sorted({*names, *GLOBALS})

    def complete(text: str, state: int) -> str | None:
        found = [name for name in candidates if name.startswith(text)]
        return found[state] if state < len(found) else None

    return complete


def run_repl(host: LuaHost, history: Path | None) -> int:
    """Read-eval-print until end of input; 0 on a clean exit."""
    names = [] if host.registry is None else [e.lua_path for e in host.registry.tools()]
    readline = _setup_readline(completer(names), history)
    repl = LuaRepl(host, sys.stdout)
    print("toolgen Lua: app.integrations.*, docs.*, json.*, regex.*, mcp.*; Ctrl-D exits.")
    try:
        while True:
            try:
                code = input(PROMPT)
                while repl.is_incomplete(code):
                    code += "\n" + input(MORE)
            except EOFError:
                print()
                return 0
            except KeyboardInterrupt:
                print()
                continue
            if not code.strip():
                continue
            ok, text = repl.evaluate(code)
            if text:
                print(text if ok else f"error: {text}", file=sys.stdout if ok else sys.stderr)
    finally:
        repl.close()
        if readline is not None and history is not None:
            readline.write_history_file(str(history))


def _setup_readline(complete: Callable[[str, int], str | None], history: Path | None) -> Any:
    try:
        import readline
    except ImportError:  # no readline on this platform: a plain prompt
        return None
    readline.set_completer_delims(" \t\n()=,{}[]")
    readline.set_completer(complete)
    readline.parse_and_bind("tab: complete")
    if history is not None:
        history.parent.mkdir(parents=True, exist_ok=True)
        if history.exists():
            readline.read_history_file(str(history))
        readline.set_history_length(1000)
    return readline
