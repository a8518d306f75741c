"""`toolgen accounts|providers|search|schema|doctor` as a user runs them: real processes,
a real credentials file, and expectations taken from the spec model."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from generator import naming
from generator.spec.model import Catalog

TOOLGEN = str(Path(sys.executable).parent / "toolgen")
REPO = Path(__file__).resolve().parents[2]
SECRET = "fo1_do-not-print-me-7c1a"


def run(
    *args: str, env: dict[str, str], stdin: str = "", cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [TOOLGEN, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=60,
        check=False,
    )


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.endswith(("_TOKEN", "_KEY"))}
    clean["TOOLGEN_CREDENTIALS"] = str(tmp_path / "conf" / "credentials.toml")
    return clean


def test_secret_from_stdin_is_stored_private_and_never_printed(env: dict[str, str]) -> None:
    path = Path(env["TOOLGEN_CREDENTIALS"])
    path.parent.mkdir()
    path.write_text('# my accounts\n[other.default]\nx = "1"  # kept\n')
    path.chmod(0o644)
    done = run(
        "accounts", "set", "fly-io", "api_token", "org_slug=acme", env=env, stdin=SECRET + "\n"
    )
    assert done.returncode == 0, done.stderr
    assert SECRET not in done.stdout + done.stderr
    text = path.read_text()
    assert "# my accounts" in text and "# kept" in text
    assert f'api_token = "{SECRET}"' in text and 'org_slug = "acme"' in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    shown = run("accounts", "show", "fly-io", "--json", env=env)
    assert SECRET not in shown.stdout
    rows = {row["name"]: row for row in json.loads(shown.stdout)["credentials"]}
    assert rows["api_token"]["source"] == "file" and rows["org_slug"]["value"] == "acme"


def test_secret_on_the_command_line_is_refused(env: dict[str, str]) -> None:
    done = run("accounts", "set", "fly-io", f"api_token={SECRET}", env=env)
    assert done.returncode == 1 and "is secret" in done.stderr
    assert not Path(env["TOOLGEN_CREDENTIALS"]).exists()


def test_stdin_json_and_unknown_names_get_suggestions(env: dict[str, str]) -> None:
    done = run(
        "accounts",
        "set",
        "heroku",
        "--account",
        "ci",
        "--stdin-json",
        env=env,
        stdin=json.dumps({"api_token": SECRET}),
    )
    assert done.returncode == 0 and SECRET not in done.stdout + done.stderr
    typo = run("accounts", "set", "heroku", "api_tokn=1", env=env)
    assert typo.returncode == 1 and "did you mean 'api_token'" in typo.stderr
    unknown = run("accounts", "show", "herku", env=env)
    assert unknown.returncode == 2 and "did you mean 'heroku'" in unknown.stderr
    listed = json.loads(run("accounts", "list", "heroku", "--json", env=env).stdout)
    states = {a["account"]: a["ready"] for a in listed["accounts"]}
    assert states == {"ci": True, "default": False}
    assert (
        run("accounts", "unset", "heroku", "api_token", "--account", "ci", env=env).returncode == 0
    )
    assert run("accounts", "remove", "heroku", "--account", "ci", env=env).returncode == 0
    assert "[heroku.ci]" not in Path(env["TOOLGEN_CREDENTIALS"]).read_text()
    again = run("accounts", "remove", "heroku", "--account", "ci", "--json", env=env)
    assert again.returncode == 1 and json.loads(again.stdout)["ok"] is False


def test_providers_counts_come_from_the_specs(catalog: Catalog, env: dict[str, str]) -> None:
    done = run("providers", "--json", env=env)
    rows = {row["id"]: row for row in json.loads(done.stdout)["providers"]}
    for provider in catalog.providers:
        expected = {
            a: sum(t.access == a for t in provider.tools) for a in ("read", "write", "destructive")
        }
        assert rows[provider.id]["functions"] == expected
        assert rows[provider.id]["auth"] == provider.api.auth.kind


def test_search_and_schema_by_any_published_name(catalog: Catalog, env: dict[str, str]) -> None:
    found = json.loads(run("search", "restart a machine", "--json", "--limit", "3", env=env).stdout)
    assert "fly-io.restart_machine" in [hit["full_name"] for hit in found["hits"]]
    provider = catalog.provider("fly-io")
    assert provider is not None
    tool = provider.tool("get_app")
    assert tool is not None
    names = [
        naming.lua_path(provider.namespace, tool.name),
        naming.full_name(provider.id, tool.name),
        naming.mcp_name(provider.namespace, tool.name),
    ]
    for name in names:
        schema = json.loads(run("schema", name, "--json", env=env).stdout)
        assert set(schema["input_schema"]["properties"]) == {p.name for p in tool.params}
        assert schema["full_name"] == "fly-io.get_app"
    miss = run("schema", "fly-io.get_ap", env=env)
    assert miss.returncode == 2 and "did you mean 'fly-io.get_app'" in miss.stderr


def test_doctor_finds_stale_tree_missing_credential_and_open_file(
    tmp_path: Path, env: dict[str, str]
) -> None:
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    shutil.copy(REPO / "pyproject.toml", project)
    shutil.copy(REPO / "specs" / "heroku.yaml", project / "specs")
    path = Path(env["TOOLGEN_CREDENTIALS"])
    path.parent.mkdir()
    path.write_text("[heroku.default]\n")
    path.chmod(0o644)
    done = run("doctor", "heroku", "--json", env=env, cwd=project)
    assert done.returncode == 1
    fixes = {f["check"]: f["fix"] for f in json.loads(done.stdout)["findings"] if not f["ok"]}
    assert fixes == {
        "generated": "toolgen generate",
        "credentials-file": f"chmod 600 {path}",
        "credentials:heroku.default": "toolgen accounts set heroku api_token",
    }
    assert run("generate", env=env, cwd=project).returncode == 0
    path.chmod(0o600)
    env["HEROKU_API_KEY"] = SECRET
    healthy = run("doctor", "heroku", env=env, cwd=project)
    assert healthy.returncode == 0, healthy.stdout
    assert SECRET not in healthy.stdout + healthy.stderr
