"""A check on generated Python that compiling alone misses: a name bound twice in one scope.

A spec name that equals a name the generated module already binds (a type named like an
import, two fields with one Python name, a tool named like a generated method) compiles,
then shadows: imports break or `mypy --strict` fails. The spec checks refuse every such
name they know of; this catches the ones a template change adds later.
"""

from __future__ import annotations

import ast


def problems(source: str) -> list[str]:
    """`'Shop' is bound twice in the module` ...; a syntax error is one problem too."""
    try:
        compile(source, "<generated>", "exec")  # the symbol table finds duplicate arguments
        tree = ast.parse(source)
    except SyntaxError as exc:
        return [f"does not compile: {exc.msg} (line {exc.lineno})"]
    found = []
    scopes: list[ast.Module | ast.ClassDef] = [tree]
    scopes += [node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)]
    for scope in scopes:
        seen: set[str] = set()
        where = "the module" if isinstance(scope, ast.Module) else f"class {scope.name}"
        for node in scope.body:
            for name in _bound(node):
                if name in seen:
                    found.append(f"'{name}' is bound twice in {where}")
                seen.add(name)
    return found


def _bound(node: ast.stmt) -> list[str]:
    if isinstance(node, ast.ImportFrom) and node.module == "__future__":
        return []
    if isinstance(node, ast.Import | ast.ImportFrom):
        return [(alias.asname or alias.name).split(".")[0] for alias in node.names]
    if isinstance(node, ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
        return [node.name]
    if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
        return [node.target.id]
    if isinstance(node, ast.Assign):
        return [target.id for target in node.targets if isinstance(target, ast.Name)]
    return []
