"""How the code is shaped, checked on the source (STYLE.md, HELPERS.md): functions of at most
50 lines, and no timing figures in docstrings and comments (figures go in the README's
benchmark, where they are measured again; in the code they go stale)."""

from __future__ import annotations

import ast
import pathlib
import re

import metrodesk

ROOT = pathlib.Path(metrodesk.__file__).parent
MAX_LINES = 50

#: the sample data's tables: long by nature (one record after another), read as data
TABLES = {
    "services/sample/demo.py": {
        "_Seed.organisations",
        "_Seed.people",
        "_Seed.member_cities",
        "_Seed.seoul_meeting",
        "_Seed.strategic_meeting",
    },
    # the window's stylesheet: one Qt stylesheet text, filled with the colours of the set
    "ui/window/style.py": {"stylesheet"},
}


def _body_lines(node: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
    """Lines from the first statement after the docstring to the end of the function."""
    first = node.body[0]
    docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)
    start = (first.end_lineno or first.lineno) + 1 if docstring else first.lineno
    return (node.end_lineno or node.lineno) - start + 1


def _functions() -> list[tuple[str, str, int]]:
    out = []
    for path in sorted(ROOT.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        name = path.relative_to(ROOT).as_posix()
        out += [(name, q, n) for q, n in _lengths(ast.parse(path.read_text(encoding="utf-8")))]
    return out


def _lengths(tree: ast.AST, prefix: str = "") -> list[tuple[str, int]]:
    """(qualified name, body lines) of every function: "Class.method", "outer.inner"."""
    out = []
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            name = prefix + node.name
            if not isinstance(node, ast.ClassDef):
                out.append((name, _body_lines(node)))
            out += _lengths(node, name + ".")
        else:
            out += _lengths(node, prefix)
    return out


def test_functions_are_at_most_fifty_lines():
    too_long = [
        f"{module}: {function} ({lines} lines)"
        for module, function, lines in _functions()
        if lines > MAX_LINES and function not in TABLES.get(module, set())
    ]
    assert too_long == []


def test_every_table_left_long_is_still_long():
    """An exemption names a function that exists and needs it; one that was shortened or
    renamed would otherwise go on exempting whatever takes its name."""
    lengths = {(module, function): lines for module, function, lines in _functions()}
    stale = [
        f"{module}: {function}"
        for module, functions in TABLES.items()
        for function in functions
        if lengths.get((module, function), 0) <= MAX_LINES
    ]
    assert stale == [], "short now (or gone): take them off TABLES"


#: a duration in figures: "~0.3 s", "40 ms", "50 µs", "half a second"
TIMING = re.compile(r"\d\s*(?:ms|µs|s|seconds?)\b(?![-\w])|half a second", re.IGNORECASE)
#: where a figure is a setting, not a measurement
SETTING = re.compile(r"_(?:MS|SECONDS)\s*=|timeout|busy_timeout|interval", re.IGNORECASE)
#: the start quotes two figures of its own still (its owner's to move into the README)
NOT_YET = {"app.py"}


def _comment_and_docstring_lines(path: pathlib.Path) -> list[tuple[int, str]]:
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    out = [(n, line) for n, line in enumerate(lines, 1) if line.lstrip().startswith("#")]
    for node in ast.walk(ast.parse(text)):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            value = body[0].value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                start, end = body[0].lineno, body[0].end_lineno or body[0].lineno
                out += [(n, lines[n - 1]) for n in range(start, end + 1)]
    return out


def test_no_timing_figures_in_docstrings_or_comments():
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{n}: {line.strip()}"
        for path in sorted(ROOT.rglob("*.py"))
        if "migrations" not in path.parts and path.relative_to(ROOT).as_posix() not in NOT_YET
        for n, line in _comment_and_docstring_lines(path)
        if TIMING.search(line) and not SETTING.search(line)
    ]
    assert found == []


def test_the_checks_see_a_long_function_and_a_figure(tmp_path: pathlib.Path):
    source = '"""Fast: ~40 ms."""\n\ndef f():\n    """Doc."""\n' + "    x = 1\n" * 51
    path = tmp_path / "m.py"
    path.write_text(source)
    (node,) = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.FunctionDef)]
    assert _body_lines(node) == 51
    assert [n for n, line in _comment_and_docstring_lines(path) if TIMING.search(line)] == [1]
