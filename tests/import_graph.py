"""The project's import graph, read from the source with `ast`: every import statement of every
module, at the top, inside functions and under TYPE_CHECKING alike, so that an import hidden
in a function (to load it late) still counts as the dependency it is.

Used by test_layers.py; kept apart so the checks can be tried on a package made for the test.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Import:
    module: str  # the importing module
    target: str  # what it imports, absolute ("sqlalchemy.orm", "metrodesk.data.models")
    line: int


def modules(root: Path, package: str) -> dict[str, Path]:
    """Module name -> file, for every .py under `root` (the folder of `package`)."""
    out = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join([package, *parts])] = path
    return out


def imports(name: str, path: Path) -> Iterator[Import]:
    """Every import of one module; `from a import b` counts as a.b when a.b is a module, as
    a otherwise (resolved later against the known modules)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    is_package = path.name == "__init__.py"
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(name, is_package, node.module, node.level)
            for alias in node.names:
                yield Import(name, f"{base}.{alias.name}" if base else alias.name, node.lineno)
                yield Import(name, base, node.lineno)


def _absolute(name: str, is_package: bool, module: str | None, level: int) -> str:
    if level == 0:
        return module or ""
    parts = name.split(".")
    keep = len(parts) - level + (1 if is_package else 0)
    base = ".".join(parts[:keep])
    return f"{base}.{module}" if module else base


class Graph:
    """Who imports what, among the project's modules and from outside."""

    def __init__(self, known: dict[str, Path]) -> None:
        self.known = known
        self.edges: dict[str, list[Import]] = {
            name: [i for i in imports(name, path) if i.target] for name, path in known.items()
        }

    def internal(self, target: str) -> str | None:
        """The project module a target names (a name imported from a module is that module)."""
        while target:
            if target in self.known:
                return target
            target = target.rpartition(".")[0]
        return None

    def reachable(self, start: str) -> dict[str, list[Import]]:
        """Every module `start` loads, directly or through others, with a path to it."""
        paths: dict[str, list[Import]] = {start: []}
        todo = [start]
        while todo:
            here = todo.pop()
            for edge in self.edges.get(here, []):
                inside = self.internal(edge.target)
                key = inside or edge.target
                if key not in paths:
                    paths[key] = [*paths[here], edge]
                    if inside is not None:
                        todo.append(inside)
        return paths

    def violations(self, starts: Iterable[str], forbidden: tuple[str, ...]) -> list[str]:
        """For each start module, the forbidden modules it can load, with the chain of imports
        that gets there (one line each)."""
        out = []
        for start in starts:
            for target, chain in sorted(self.reachable(start).items()):
                if chain and _under(target, forbidden):
                    steps = " -> ".join(f"{e.module}:{e.line}" for e in chain)
                    out.append(f"{start} loads {target} ({steps})")
        return out


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


@dataclass(frozen=True)
class RawUse:
    module: str
    line: int
    what: str


#: attribute names that are the database itself or raw SQL: none of them belongs in the UI
RAW_ATTRIBUTES = frozenset({"db", "engine", "exec_driver_sql", "execute", "connection"})
RAW_NAMES = frozenset({"Session", "sessionmaker", "Engine", "Connection"})


def raw_engine_use(name: str, path: Path) -> list[RawUse]:
    """Uses of the database below the services: `.db`, `.engine`, `exec_driver_sql`,
    `execute`, `connection`, and the SQLAlchemy names for sessions, engines and SQL."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in RAW_ATTRIBUTES:
            out.append(RawUse(name, node.lineno, f".{node.attr}"))
        elif isinstance(node, ast.Name) and node.id in RAW_NAMES:
            out.append(RawUse(name, node.lineno, node.id))
    return out
