"""The bodies client under `mypy --strict` and `pyright` (strict): file arguments accept bytes, paths, binary file
objects and tuples and nothing else; an optional result is `X | None`; the package is
ruff-format clean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.needs import missing

from .conftest import ROOT

PYRIGHT = ROOT / "node_modules/.bin/pyright"  # `npm ci` installs it (package.json)

GOOD = """\
import io
from pathlib import Path

from generated.clients.bodies import AsyncBodies, Bodies
from generated.clients.bodies.models import Receipt
from generator.runtime.files import FileInput


def use(client: Bodies) -> Receipt | None:
    with open("a.bin", "rb") as handle:
        client.post_blob(data=handle)
    client.put_archive(name="n", archive=b"PK")
    extras: list[FileInput] = [b"x", io.BytesIO(b"y"), ("n.txt", b"z", "text/plain")]
    client.upload_files(site_id="s", file=Path("a.csv"), extras=extras, labels=("a", "b"))
    client.upload_files(site_id="s", file=("a", Path("a")), extras=[b"x", io.BytesIO(b"y")])
    return client.touch(id="r")


async def use_async(client: AsyncBodies) -> Receipt:
    return await client.submit_form(title="t", tags=["a"], public=True)
"""

BAD = """\
from generated.clients.bodies import Bodies


def misuse(client: Bodies) -> str:
    client.post_blob(data="not a file")
    client.upload_files(site_id="s", file=1)
    return client.touch(id="r").id
"""


def mypy(directory: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MYPYPATH": f"{directory}{os.pathsep}{ROOT}"}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "program.py"],
        cwd=directory,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def tree(bodies_root: Path, tmp_path: Path, program: str) -> Path:
    """The rendered package as `generated.clients.bodies` next to `program.py`."""
    package = tmp_path / "generated" / "clients" / "bodies"
    package.mkdir(parents=True)
    for path in (bodies_root / "generated/clients/bodies").iterdir():
        (package / path.name).write_bytes(path.read_bytes())
    for init in (tmp_path / "generated", tmp_path / "generated" / "clients"):
        (init / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "program.py").write_text(program, encoding="utf-8")
    return tmp_path


def test_file_arguments_type_check(bodies_root: Path, tmp_path: Path) -> None:
    result = mypy(tree(bodies_root, tmp_path, GOOD))
    assert result.returncode == 0, result.stdout + result.stderr


def test_misuse_is_a_type_error(bodies_root: Path, tmp_path: Path) -> None:
    result = mypy(tree(bodies_root, tmp_path, BAD))
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert [line.split(":")[1] for line in lines] == ["5", "6", "7"], result.stdout
    assert '"data" to "post_blob"' in lines[0] and '"file" to "upload_files"' in lines[1]
    assert '"Receipt | None" has no attribute "id"' in lines[2]


def pyright_errors(directory: Path) -> dict[str, list[int]]:
    """Lines pyright (strict) flags, by file name, in `directory`."""
    if not PYRIGHT.exists():
        missing(f"{PYRIGHT} is missing (npm ci)")
    config = {"typeCheckingMode": "strict", "extraPaths": [str(ROOT)]}
    (directory / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    command = [str(PYRIGHT), "--outputjson", "--pythonpath", sys.executable]
    result = subprocess.run(command, cwd=directory, capture_output=True, text=True, check=False)
    errors: dict[str, list[int]] = {}
    for found in json.loads(result.stdout)["generalDiagnostics"]:
        if found["severity"] == "error":
            name = str(Path(found["file"]).relative_to(directory))
            errors.setdefault(name, []).append(found["range"]["start"]["line"] + 1)
    return errors


def test_pyright_strict_accepts_file_arguments_and_flags_misuse(
    bodies_root: Path, tmp_path: Path
) -> None:
    directory = tree(bodies_root, tmp_path, GOOD)
    (directory / "misuse.py").write_text(BAD, encoding="utf-8")
    assert pyright_errors(directory) == {"misuse.py": [5, 6, 7]}


def test_rendered_package_is_ruff_format_clean(bodies_root: Path) -> None:
    package = bodies_root / "generated/clients/bodies"
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--diff", str(package)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
