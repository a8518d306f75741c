"""What a start-up imports: a no-op `toolgen generate` loads neither rich, Jinja nor the YAML
loader, and only its own command module (the timing budgets are in benchmarks/bench_startup.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
import sys
from generator.launcher import main
try:
    main(["generate"])
except SystemExit as exit:
    status = exit.code
print(status, " ".join(sorted(sys.modules)))
"""


def test_noop_generate_imports_little(tmp_path: Path) -> None:
    project, code = tmp_path / "project", tmp_path / "code"
    shutil.copytree(ROOT / "specs", project / "specs")
    shutil.copy(ROOT / "pyproject.toml", project)
    # a copy of the code: edits elsewhere in the tree must not change the cache keys meanwhile
    shutil.copytree(
        ROOT / "generator", code / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    env = {**os.environ, "PYTHONPATH": str(code), "TOOLGEN_CACHE_DIR": str(tmp_path / "cache")}

    def probe() -> tuple[str, set[str]]:
        done = subprocess.run(
            [sys.executable, "-c", PROBE],
            cwd=project,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        status, _, modules = done.stdout.strip().splitlines()[-1].partition(" ")
        return status, set(modules.split())

    cold_status, cold = probe()
    assert cold_status == "0" and "jinja2" in cold  # the cold run did render
    status, modules = probe()
    assert status == "0"
    heavy = {"rich", "jinja2", "ruamel.yaml", "generator.render.env", "generator.spec.loader"}
    assert not heavy & modules, sorted(heavy & modules)
    commands = {m for m in modules if m.startswith("generator.commands.")}
    assert commands <= {"generator.commands.generate", "generator.commands.common",
                        "generator.commands.completing"}  # fmt: skip
