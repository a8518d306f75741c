"""Hostile specs of issue 14: each is refused by the loader with located diagnostics.

Every case edits the valid fixture (`bad_specs/valid/shop.yaml`) and expects the
exact diagnostics, after `shop.yaml:`. Before these checks each of them was
accepted and then broke `generate` (an unlocated render error) or its output
(Python that does not compile or import, an MCP name with a newline, ...).
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.spec import load_provider
from generator.spec.diagnostics import Report
from generator.spec.model import Api, Loc, Provider, Tool
from generator.spec.summary import check_unique

ROOT = Path(__file__).resolve().parents[2]
VALID = Path(__file__).parent.parent / "fixtures" / "bad_specs" / "valid" / "shop.yaml"
LIST_TOOL = '    pagination: {style: cursor}\n    returns: {type: "string[]"}\n    http:'

# name -> ((old, new) edits; old "" appends new), expected diagnostics
CASES: dict[str, tuple[tuple[tuple[str, str], ...], list[str]]] = {
    "credential-timeout": (
        (("", "credentials:\n  timeout: {description: Seconds.}\n"),),
        [
            "18:3: error[reserved-name]: credential name 'timeout' is an argument of the generated client (account, base_url, http_client, retry, self, timeout, transport)"
        ],
    ),
    "type-like-module-name": (
        (("", "types:\n  Sequence:\n    fields:\n      a: {type: string}\n"),),
        [
            "18:3: error[reserved-name]: type name 'Sequence' is already defined by the generated client module"
        ],
    ),
    "empty-param-name": (
        (
            (
                "{name: item_id, type: string}",
                '{name: item_id, type: string}\n      - {name: "", type: string}',
            ),
        ),
        ["17:16: error[invalid-name]: param name '' is empty"],
    ),
    "dotted-wire-collision": (
        (
            ("method: GET", "method: POST"),
            (
                "{name: item_id, type: string}",
                "{name: item_id, type: string}\n      - {name: config, type: object}\n      - {name: image, type: string, wire: config.image}",
            ),
        ),
        [
            "17:9: error[duplicate-wire]: wire name 'config' of param 'config' is also the parent object of param 'image'"
        ],
    ),
    "provider-id-index": (
        (("id: shop", "id: index"),),
        [
            "2:3: error[reserved-name]: provider id 'index' would overwrite a catalog-wide page",
            "2:7: error[id-mismatch]: provider id 'index' does not match the file name 'shop.yaml'",
        ],
    ),
    "paginated-without-returns": (
        (("    http:", "    pagination: {style: cursor}\n    http:"),),
        [
            "14:17: error[pagination-returns]: paginated tool 'get_item' must declare a list type in `returns`"
        ],
    ),
    "trailing-newline-name": (
        (("name: get_item", 'name: "get_item\\n"'),),
        [
            "11:11: error[invalid-name]: tool name 'get_item\\n' is not snake_case (it contains a control or invisible character)"
        ],
    ),
    "control-in-param-name": (
        (("name: item_id, type", 'name: "item\\x01id", type'),),
        [
            "14:31: error[path-placeholder]: placeholder '{item_id}' in '/items/{item_id}' has no 'in: path' param (did you mean 'item\\x01id'?)",
            "16:16: error[control-character]: 'item\\x01id' contains U+0001: spec text may not hold control characters (TAB and line feed aside), lone surrogates or line separators",
            "16:16: error[invalid-name]: param name 'item\\x01id' is not snake_case (it contains a control or invisible character)",
        ],
    ),
    "nul-in-summary": (
        (("summary: Get an item.", 'summary: "Get an\\0 item."'),),
        [
            "12:14: error[control-character]: 'Get an\\x00 item.' contains U+0000: spec text may not hold control characters (TAB and line feed aside), lone surrogates or line separators"
        ],
    ),
    "nul-in-enum": (
        (("{name: item_id, type: string}", '{name: item_id, type: string, enum: ["a\\0"]}'),),
        [
            "16:46: error[control-character]: 'a\\x00' contains U+0000: spec text may not hold control characters (TAB and line feed aside), lone surrogates or line separators"
        ],
    ),
    "credential-self": (
        (("", "credentials:\n  self: {description: Me.}\n"),),
        [
            "18:3: error[reserved-name]: credential name 'self' is an argument of the generated client (account, base_url, http_client, retry, self, timeout, transport)"
        ],
    ),
    "type-like-client-class": (
        (("", "types:\n  Shop:\n    fields:\n      a: {type: string}\n"),),
        [
            "18:3: error[reserved-name]: type name 'Shop' is already defined by the generated client module"
        ],
    ),
    "namespace-names-an-import": (
        (("namespace: shop", "namespace: timeout"),),
        [
            (
                "2:3: error[reserved-name]: namespace 'timeout' names its client class 'Timeout',"
                " which the generated client module already imports"
            )
        ],
    ),
    "fields-collide-in-python": (
        (
            (
                "",
                "types:\n  Item:\n    fields:\n      item_id: {type: string}\n      itemId: {type: string, name: item_id}\n",
            ),
        ),
        [
            "21:7: error[name-collision]: field 'itemId' of type 'Item' has the Python name 'item_id' of the field on line 20"
        ],
    ),
    "tool-like-iter-method": (
        (
            ("    http:", LIST_TOOL),
            (
                "",
                "  - name: iter_get_item\n    summary: Iterate.\n    access: read\n    http: {method: GET, path: /iter}\n",
            ),
        ),
        [
            "19:5: error[name-collision]: tool name 'iter_get_item' is the generated iterator of the paginated tool 'get_item' (line 11)"
        ],
    ),
    "default-not-of-type": (
        (
            (
                "{name: item_id, type: string}",
                "{name: item_id, type: string}\n      - {name: limit, type: integer, default: ten}",
            ),
        ),
        ["17:9: error[invalid-default]: default 'ten' of param 'limit' is not of type integer"],
    ),
    "empty-base-url": (
        (("base_url: https://shop.example/api", 'base_url: ""'),),
        [
            "9:3: error[unsafe-value]: api base_url '' is not an absolute https:// or http:// URL with a host"
        ],
    ),
    "merge-key": (
        (
            ("  - name: get_item", "  - &tool\n    name: get_item"),
            ("", "  - <<: *tool\n    name: get_other\n"),
        ),
        ["18:5: error[merge-key]: merge keys ('<<:') are not supported: write the keys out"],
    ),
    "hook-outside-package": (
        (('http: {method: GET, path: "/items/{item_id}"}', "implementation: os:system"),),
        [
            "11:5: error[unsafe-value]: implementation 'os:system' is outside the hooks package: use 'generator.hooks.<module>:<function>'"
        ],
    ),
    "javascript-base-url": (
        (("base_url: https://shop.example/api", 'base_url: "javascript:alert(1)"'),),
        [
            "9:3: error[unsafe-value]: api base_url 'javascript:alert(1)' is not an absolute https:// or http:// URL with a host"
        ],
    ),
    "file-base-url": (
        (("base_url: https://shop.example/api", "base_url: file:///etc/passwd"),),
        [
            "9:3: error[unsafe-value]: api base_url 'file:///etc/passwd' is not an absolute https:// or http:// URL with a host"
        ],
    ),
    "crlf-in-header": (
        (
            (
                "base_url: https://shop.example/api",
                'base_url: https://shop.example/api\n  headers: {X-Trace: "a\\r\\nSet-Cookie: b"}',
            ),
        ),
        [
            "9:3: error[unsafe-value]: api header 'X-Trace': the value contains a line break or control character",
            "10:22: error[control-character]: 'a\\r\\nSet-Cookie: b' contains U+000D: spec text may not hold control characters (TAB and line feed aside), lone surrogates or line separators",
        ],
    ),
    "dot-segment-in-path": (
        (("/items/{item_id}", "/items/../admin/{item_id}"),),
        [
            "14:11: error[unsafe-value]: http path '/items/../admin/{item_id}' has a '.' or '..' segment, whitespace, '?', '#' or '\\': give query params as params"
        ],
    ),
}


def spec_text(edits: tuple[tuple[str, str], ...]) -> str:
    text = VALID.read_text(encoding="utf-8")
    for old, new in edits:
        assert old == "" or old in text, old
        text = text + new if old == "" else text.replace(old, new, 1)
    return text


@pytest.mark.parametrize("case", sorted(CASES))
def test_hostile_spec_is_refused_with_located_diagnostics(case: str, tmp_path: Path) -> None:
    edits, expected = CASES[case]
    (tmp_path / "shop.yaml").write_text(spec_text(edits), encoding="utf-8")
    provider, diagnostics = load_provider(tmp_path / "shop.yaml", tmp_path)
    assert provider is None
    assert [str(d).removeprefix("shop.yaml:") for d in diagnostics] == expected


# Class 6: resource caps, each refused fast and located, never a crash (run in a subprocess,
# where a segmentation fault would show as a negative exit status).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x: " + "[" * 40_000 + "]" * 40_000 + "\n", "1:53: error[too-deep]"),
        ("x: " + "{a: " * 40_000 + "1" + "}" * 40_000 + "\n", "1:200: error[too-deep]"),
        ("x:\n" + "".join("  " * (i + 1) + "-\n" for i in range(60)), "51:101: error[too-deep]"),
        (
            "# " + "x" * 16_000_000 + "\n",
            "1:1: error[too-large]: the file is larger than 16,000,000",
        ),
    ],
    ids=["flow-lists", "flow-mappings", "block-lists", "size"],
)
def test_caps_refuse_hostile_yaml_quickly(text: str, expected: str, tmp_path: Path) -> None:
    (tmp_path / "shop.yaml").write_text(text, encoding="utf-8")
    script = (
        "import sys; from pathlib import Path; from generator.spec import load_provider;"
        "_, d = load_provider(Path(sys.argv[1]), Path(sys.argv[2])); print(*d, sep='\\n')"
    )
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "shop.yaml"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    elapsed = time.perf_counter() - started
    assert done.returncode == 0, done.stderr[-2000:]
    [line] = done.stdout.splitlines()
    assert line.startswith(f"shop.yaml:{expected}")
    assert elapsed < 5, f"{elapsed:.1f} s (interpreter start included)"


def test_an_alias_bomb_is_refused(tmp_path: Path) -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]" for i in range(1, 12)]
    (tmp_path / "shop.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    provider, diagnostics = load_provider(tmp_path / "shop.yaml", tmp_path)
    assert provider is None
    assert [d.code for d in diagnostics] == ["too-large"]


# Class 5: the naming rule makes the MCP names of two providers distinct...
def test_namespace_and_tool_names_may_not_hold_the_mcp_separator(tmp_path: Path) -> None:
    text = spec_text((("namespace: shop", "namespace: shop__b"), ("name: get_item", "name: a__b")))
    (tmp_path / "shop.yaml").write_text(text, encoding="utf-8")
    _, diagnostics = load_provider(tmp_path / "shop.yaml", tmp_path)
    assert [str(d).removeprefix("shop.yaml:") for d in diagnostics] == [
        (
            "2:3: error[invalid-name]: namespace 'shop__b' contains '__' or ends with '_':"
            " MCP names join it to tools by '__'"
        ),
        "11:5: error[invalid-name]: tool name 'a__b' contains '__', which separates MCP name parts",
    ]


# ...and the catalog refuses any published name two providers share, pointing at both.
def test_the_catalog_refuses_a_published_name_two_providers_share() -> None:
    def provider(id_: str, namespace: str, tool: str) -> Provider:
        source = f"specs/{id_}.yaml"
        tools = (Tool(name=tool, summary="s"),)
        return Provider(
            id_,
            id_,
            namespace,
            "c",
            "d",
            "u",
            Api(""),
            tools=tools,
            source=source,
            loc=Loc(source, 1, 1),
        )

    report = Report()
    check_unique(
        [provider("a", "a", "b__list_widgets"), provider("a-b", "a__b", "list_widgets")], report
    )
    assert sorted(map(str, report.diagnostics)) == [
        (
            "specs/a-b.yaml:1:1: error[duplicate-published-name]: published name"
            " 'a__b__list_widgets' is also published by specs/a.yaml"
        ),
        (
            "specs/a.yaml:1:1: error[duplicate-published-name]: published name"
            " 'a__b__list_widgets' is also published by specs/a-b.yaml"
        ),
    ]


# Class 1: what validate accepts, generate renders; what it refuses, generate refuses too.
def test_validate_and_generate_agree_on_a_hostile_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "specs").mkdir()
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    edits, expected = CASES["credential-timeout"]
    (tmp_path / "specs" / "shop.yaml").write_text(spec_text(edits), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    validated = CliRunner().invoke(app, ["validate"])
    generated = CliRunner().invoke(app, ["generate", "--root", str(tmp_path)])
    assert validated.exit_code == generated.exit_code == 1
    assert f"specs/shop.yaml:{expected[0]}" in validated.stderr.splitlines()
    assert f"specs/shop.yaml:{expected[0]}" in generated.stderr.splitlines()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pyproject.toml", "specs"]


def test_validate_reports_a_renderer_failure_located(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backstop: a spec every check passes but a renderer refuses is still an error."""
    from generator import render

    def refuse(provider: Provider) -> dict[str, str]:
        raise ValueError("no renderer takes this")

    monkeypatch.setattr(render, "render_provider", refuse)
    (tmp_path / "shop.yaml").write_text(VALID.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", "shop.yaml"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "shop.yaml:2:3: error[render-failed]: the spec passes every check but does not render:"
        " no renderer takes this"
    )


def test_lua_blocks_in_tool_descriptions_are_checked(tmp_path: Path) -> None:
    description = (
        "    description: |\n      Fetches one item:\n\n      ```lua\n"
        '      local item = app.integrations.shop.get_item({ id = "a" })\n      ```\n'
    )
    text = spec_text((("    access: read", description + "    access: read"),))
    (tmp_path / "shop.yaml").write_text(text, encoding="utf-8")
    _, diagnostics = load_provider(tmp_path / "shop.yaml", tmp_path)
    assert [str(d).removeprefix("shop.yaml:") for d in diagnostics] == [
        "17:42: error[example-missing-param]: call of 'get_item' lacks required param(s): item_id",
        "17:53: error[example-unknown-param]: 'get_item' has no param 'id'",
    ]


def test_validate_reports_a_path_two_owners_would_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backstop also catches a provider page landing on a catalog page (without the
    `reserved-name` check on the id `index`)."""
    from generator import naming

    monkeypatch.setattr(naming, "RESERVED_PROVIDER_IDS", frozenset())
    text = VALID.read_text(encoding="utf-8").replace("id: shop", "id: index")
    (tmp_path / "index.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", "index.yaml"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "index.yaml:2:3: error[render-failed]: docs/reference/index.md would be written for"
        " index.yaml and the catalog"
    )


def test_validate_reports_generated_python_that_binds_a_name_twice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The backstop for names a template binds that the checks do not know yet: here the
    client class name, with its `reserved-name` check switched off."""
    from generator.spec import checks_names

    monkeypatch.setattr(checks_names, "_check_types", lambda provider, report: None)
    text = VALID.read_text(encoding="utf-8").replace(
        "{name: item_id, type: string}",
        "{name: item_id, type: string}\n      - {name: s, type: Shop}",
    )
    text += "types:\n  Shop:\n    fields:\n      a: {type: string}\n"
    (tmp_path / "shop.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["validate", "shop.yaml"])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "shop.yaml:2:3: error[render-failed]: the spec passes every check but"
        " generated/clients/shop/client.py: 'Shop' is bound twice in the module"
    )


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from x import A\nclass A: pass\n", ["'A' is bound twice in the module"]),
        ("class C:\n    a: int\n    a: str\n", ["'a' is bound twice in class C"]),
        (
            "def f(self, self): pass\n",
            ["does not compile: duplicate argument 'self' in function definition (line 1)"],
        ),
        ("from __future__ import annotations\nimport a\nb = 1\n", []),
    ],
)
def test_py_check_finds_names_bound_twice(source: str, expected: list[str]) -> None:
    from generator.render import py_check

    assert py_check.problems(source) == expected
