"""Every misuse of `http.body`, `content_type`, `file` and `returns.optional` is a located
`invalid-value` error, and `toolgen validate` fails on it."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from generator.cli import app
from generator.spec import load_provider

SPEC = """\
provider: {id: bad, name: Bad, namespace: bad, category: X, description: d, docs_url: "https://x.example"}
api: {base_url: "https://x.example/v1"}
types:
  Box:
    fields:
      blob: {type: file}
tools:
  - name: two_bodies
    summary: s
    access: write
    http: {method: POST, path: /u, body: binary}
    params:
      - {name: a, type: file}
      - {name: b, type: string}
    returns: {type: file}
  - name: form_misuse
    summary: s
    access: write
    http: {method: POST, path: /f, body: form, content_type: text/plain}
    params:
      - {name: box, type: Box}
      - {name: nested, type: string, wire: x.y}
      - {name: upload, type: file}
      - {name: query_file, type: file, in: query}
  - name: grid
    summary: s
    access: write
    http: {method: POST, path: /m, body: multipart}
    params:
      - {name: rows, type: "integer[][]"}
      - {name: files, type: "file[][]"}
    returns: {optional: true}
  - name: xml
    summary: s
    access: write
    http: {method: POST, path: /x, body: xml}
"""

EXPECTED = [
    (6, "type 'file' is only for body params"),
    (11, "needs exactly one 'in: body' param of type file; tool 'two_bodies' has 2"),
    (14, "param 'b' of tool 'two_bodies' is the binary body: its type must be 'file'"),
    (15, "type 'file' is only for body params"),
    (19, "content_type of tool 'form_misuse' applies to 'body: binary' tools only"),
    (21, "form fields are scalars or lists of scalars, not 'Box'"),
    (22, "a form field is named by one key; wire 'x.y'"),
    (23, "param 'upload' of tool 'form_misuse': type 'file' is only for body params"),
    (24, "param 'query_file' of tool 'form_misuse': type 'file' is only for body params"),
    (30, "multipart fields are scalars or lists of scalars, not 'integer[][]'"),
    (31, "param 'files' of tool 'grid': type 'file' is only for body params"),
    (32, "returns.optional needs a returns.type"),
    (36, "invalid body 'xml' (expected one of: json, form, multipart, binary)"),
]


def test_each_misuse_is_reported_where_it_is(tmp_path: Path) -> None:
    path = tmp_path / "specs" / "bad.yaml"
    path.parent.mkdir()
    path.write_text(SPEC, encoding="utf-8")
    provider, diagnostics = load_provider(path, tmp_path)
    assert provider is None
    found = [(d.loc.line, d.code, d.message) for d in diagnostics]
    assert len(found) == len(EXPECTED), found
    for (line, code, message), (want_line, want) in zip(sorted(found), EXPECTED, strict=True):
        assert (line, code) == (want_line, "invalid-value") and want in message, (line, message)
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and "13 error(s)" in result.output


def test_a_type_named_like_the_file_argument_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "specs" / "taken.yaml"
    path.parent.mkdir()
    text = SPEC.replace("id: bad", "id: taken").split("tools:")[0]
    text = text.replace(
        "  Box:\n    fields:\n      blob: {type: file}",
        "  FileInput:\n    fields:\n      a: {type: string}",
    )
    path.write_text(text + "tools: []\n", encoding="utf-8")
    provider, diagnostics = load_provider(path, tmp_path)
    assert provider is None
    assert [(d.code, d.loc.line) for d in diagnostics] == [("reserved-name", 4)], diagnostics
