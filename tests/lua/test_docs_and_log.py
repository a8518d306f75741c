"""docs.list, docs.search, lua_read_doc, and the --json envelope with its call log."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.hosts.lua import Limits, LuaHost
from generator.hosts.mock import MockServer
from generator.hosts.registry import Registry
from generator.search import SearchIndex, default_search_dir

ROOT = Path(__file__).resolve().parents[2]


def ok(host: LuaHost, code: str) -> Any:
    result = host.run(code)
    assert result.error is None, result.error
    return result.result


def test_docs_list_gives_providers_and_their_functions(
    host: LuaHost, fly_registry: Registry
) -> None:
    count = len(fly_registry.tools("fly-io"))
    assert ok(host, "return docs.list()") == [
        {"id": "fly-io", "namespace": "app.integrations.fly_io", "functions": count}
    ]
    functions = ok(host, 'return docs.list("fly-io")')
    assert [f["full_name"] for f in functions] == [e.full_name for e in fly_registry.tools()]
    assert functions[0] == {
        "name": "list_apps",
        "full_name": "fly-io.list_apps",
        "lua_path": "app.integrations.fly_io.list_apps",
        "access": "read",
        "summary": functions[0]["summary"],
    }
    assert ok(host, 'return #docs.list("fly_io") == #docs.list("integrations.fly-io")') is True
    failed = host.run('local x = docs.list("fly-oi")')
    assert failed.error is not None
    assert failed.error["message"].startswith("script:1: docs.list: unknown provider 'fly-oi'")


def test_docs_search_ranks_like_the_mcp_search_tool(host: LuaHost) -> None:
    hits = ok(host, 'return docs.search("restart a machine", { limit = 3 })')
    expected = SearchIndex.load(default_search_dir()).search("restart a machine", limit=3)
    assert [h["full_name"] for h in hits] == [h.full_name for h in expected]
    assert hits[0]["full_name"] == "fly-io.restart_machine"
    reads = ok(host, 'return docs.search("machine", { access = "read", provider = "fly-*" })')
    assert reads and all(h["access"] == "read" for h in reads)
    assert "unknown option 'acces'" in str(host.run('docs.search("x", {acces = "read"})').error)


def test_lua_read_doc_reads_what_docs_read_reads(host: LuaHost) -> None:
    provider = (ROOT / "generated/lua/fly-io.md").read_text(encoding="utf-8")
    function = (ROOT / "generated/lua/fly-io/list_apps.md").read_text(encoding="utf-8")
    assert ok(host, 'return lua_read_doc("integrations.fly-io")') == provider
    assert ok(host, 'return lua_read_doc("integrations.fly-io.list_apps")') == function
    assert ok(host, 'return lua_read_doc("fly-io.list_apps")') == function


def json_lua(*args: str) -> tuple[int, dict[str, Any]]:
    done = subprocess.run(
        [str(Path(sys.executable).parent / "toolgen"), "lua", *args, "--json"],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    return done.returncode, json.loads(done.stdout)


def test_json_envelope_logs_calls_with_secrets_redacted(
    reset: MockServer, credentials_file: Path, tmp_path: Path
) -> None:
    script = tmp_path / "workflow.lua"
    script.write_text(
        "local fly = app.integrations.fly_io\n"
        "print(#fly.list_apps({}))\n"
        "fly.set_secrets({ app_name = 'a', secrets = { API_KEY = 'sk-live-123' } })\n"
        "local ok = pcall(fly.create_app, { app_name = 'b', api_token = 'tok-999' })\n"
        "fly.get_app({ app_name = 'missing' })\n",
        encoding="utf-8",
    )
    reset.inject(status=404, path="/apps/missing", body={"error": "app not found"})
    code, out = json_lua(str(script), "--force")
    assert code == 1
    assert set(out) == {"ok", "result", "output", "error", "calls"}
    assert out["error"]["message"] == "workflow.lua:5: fly-io.get_app: 404 app not found"
    calls = out["calls"]
    assert [(c["tool"], c["status"]) for c in calls] == [
        ("fly-io.list_apps", "ok"),
        ("fly-io.set_secrets", "ok"),
        ("fly-io.create_app", "error"),
        ("fly-io.get_app", "error"),
    ]
    assert calls[1]["args"] == {"app_name": "a", "secrets": {"API_KEY": "[redacted]"}}
    assert calls[2]["args"]["api_token"] == "[redacted]"
    assert calls[3]["http_status"] == 404 and calls[3]["error"] == "app not found"
    assert all(isinstance(c["duration_ms"], float) for c in calls)
    text = json.dumps(out)
    assert "sk-live-123" not in text and "tok-999" not in text


def test_refused_writes_are_logged_as_refused(reset: MockServer, credentials_file: Path) -> None:
    code, out = json_lua("--eval", "local ok = pcall(app.integrations.fly_io.create_app, {})")
    assert code == 0
    assert [(c["tool"], c["status"], c["ok"]) for c in out["calls"]] == [
        ("fly-io.create_app", "refused", False)
    ]
    assert reset.requests() == []


def test_plain_output_shows_the_script_line(
    reset: MockServer, credentials_file: Path, tmp_path: Path
) -> None:
    script = tmp_path / "workflow.lua"
    script.write_text(
        "\n\nlocal app_info = app.integrations.fly_io.get_app({ app_name = 'gone' })\n"
    )
    reset.inject(status=404, path="/apps/gone", body={"error": "app not found"})
    done = subprocess.run(
        [str(Path(sys.executable).parent / "toolgen"), "lua", str(script)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 1
    assert done.stderr == "error: workflow.lua:3: fly-io.get_app: 404 app not found\n"


def test_a_call_cut_short_by_the_time_limit_is_logged(
    fly_registry: Registry, reset: MockServer, credentials_file: Path
) -> None:
    reset.inject(path="/apps$", delay=30, times=1)
    host = LuaHost(fly_registry, limits=Limits(timeout=1.5))
    result = host.run("local apps = app.integrations.fly_io.list_apps({})")
    assert result.error == {"message": "time limit exceeded (1.5s)"}
    assert [(c["tool"], c["status"], c["ok"]) for c in result.calls] == [
        ("fly-io.list_apps", "timeout", False)
    ]
    assert result.calls[0]["duration_ms"] > 1000
