"""`compose:` in a spec: mistakes are located errors (docs/spec-format.md, Intent-level tools)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.spec import load_provider

FLY = Path(__file__).resolve().parents[2] / "specs" / "fly-io.yaml"

CASES = {
    "unknown call": (
        "      call: update_machine_config\n      read:",
        "      call: update_machine_cfg\n      read:",
        (
            "error[unknown-reference]: compose call of 'update_machine' names unknown tool"
            " 'update_machine_cfg' (did you mean 'update_machine_config'?)"
        ),
    ),
    "fills no param": (
        "wire: config.guest.cpus,",
        "wire: konfig.guest.cpus,",
        (
            "error[unknown-reference]: param 'cpus' of 'update_machine' fills 'konfig.guest.cpus',"
            " no param of 'update_machine_config'"
        ),
    ),
    "malformed path": (
        'wire: "config.mounts[0].volume"',
        'wire: "config.mounts[x].volume"',
        "error[invalid-value]: param 'volume_id': malformed path 'config.mounts[x].volume'",
    ),
    "merge on a string": (
        "{name: image, type: string, wire: config.image,",
        "{name: image, type: string, merge: true, wire: config.image,",
        "error[invalid-value]: merge applies to object params, not 'image'",
    ),
    "each over a scalar": (
        '{name: secret_names, type: "string[]",',
        "{name: secret_names, type: string,",
        "error[invalid-value]: compose of 'unset_secrets': 'secret_names' must be a list param",
    ),
    "compose and http": (
        "    compose:\n      call: update_secrets",
        "    http: {method: POST, path: /x}\n    compose:\n      call: update_secrets",
        "error[invalid-value]: tool 'set_secrets' has both http and compose",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_compose_mistakes_are_located_errors(case: str, tmp_path: Path) -> None:
    old, new, expected = CASES[case]
    text = FLY.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    (tmp_path / "fly-io.yaml").write_text(text.replace(old, new), encoding="utf-8")
    provider, diagnostics = load_provider(tmp_path / "fly-io.yaml", tmp_path)
    assert provider is None
    lines = [str(d) for d in diagnostics]
    assert any(expected in line for line in lines), lines


def test_the_bundled_spec_describes_what_each_placed_param_changes() -> None:
    provider, diagnostics = load_provider(FLY, FLY.parents[1])
    assert provider is not None, diagnostics
    tool = provider.tool("launch_machine")
    assert tool is not None and tool.compose is not None
    volume_path = tool.param("volume_path")
    assert volume_path is not None and volume_path.default == "/data"
    assert volume_path.description.endswith(
        "Sets `config.mounts[0].path` of `create_machine`. Only with `volume_id`."
    )
