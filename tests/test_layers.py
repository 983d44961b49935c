"""The core (data + services) must run without Qt: the CLI, sync and tests depend on it."""

import pathlib
import pkgutil
import subprocess
import sys

import import_graph
from import_graph import Graph, raw_engine_use

import metrodesk
import metrodesk.data
import metrodesk.services


def _modules(package) -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(package.__path__, package.__name__ + ".")
        if ".migrations" not in m.name
    ]


def test_data_and_services_never_import_qt():
    # given every module of the two lower layers
    names = _modules(metrodesk.data) + _modules(metrodesk.services)
    assert "metrodesk.services.records.crud" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith('PySide6'))\n"
        "print(','.join(bad))\n"
    )
    # when they are all imported in a clean interpreter
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # then no Qt module got loaded
    assert out.stdout.strip() == ""


def test_data_layer_never_imports_services_or_ui():
    names = _modules(metrodesk.data)
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}: importlib.import_module(name)\n"
        "print(','.join(sorted(m for m in sys.modules\n"
        "    if m.startswith(('metrodesk.services', 'metrodesk.ui')))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


# --- the import graph, read from the source (imports inside functions included) -----------

ROOT = pathlib.Path(metrodesk.__file__).parent
GRAPH = Graph(import_graph.modules(ROOT, "metrodesk"))
QT = ("PySide6", "shiboken6")
RAW_SQL = ("sqlalchemy", "sqlite3", "sqlcipher3", "alembic")
#: what the UI may take from the data layer: its vocabulary, not its machinery
UI_MAY_USE_FROM_DATA = ("metrodesk.data.enums", "metrodesk.data.errors")


def _under(*prefixes: str) -> list[str]:
    return [m for m in GRAPH.known if m.startswith(prefixes) and ".migrations" not in m]


def test_the_graph_sees_every_module_and_late_imports():
    assert "metrodesk.services.records.crud" in GRAPH.known
    # the facade loads the cities service inside a function: that import is an edge too
    assert "metrodesk.services.cities.membership" in GRAPH.reachable("metrodesk.services.facade")


def test_data_and_services_never_load_qt_the_ui_or_the_cli_even_late():
    lower = _under("metrodesk.data", "metrodesk.services")
    assert GRAPH.violations(lower, (*QT, "metrodesk.ui", "metrodesk.cli")) == []


def test_data_never_loads_services():
    assert GRAPH.violations(_under("metrodesk.data"), ("metrodesk.services",)) == []


def test_ui_imports_no_sql_and_only_the_data_layer_s_vocabulary():
    offenders = []
    for module in _under("metrodesk.ui"):
        for edge in GRAPH.edges[module]:
            inside = GRAPH.internal(edge.target) or ""
            raw = any(edge.target == p or edge.target.startswith(p + ".") for p in RAW_SQL)
            data = inside.startswith("metrodesk.data") and inside not in UI_MAY_USE_FROM_DATA
            if raw or data:
                offenders.append(f"{module}:{edge.line} imports {edge.target}")
    assert offenders == []


def test_ui_never_touches_the_database_object_or_sessions():
    """Widgets call services: never `.db`, `.engine`, `exec_driver_sql`, a Session."""
    found = [
        f"{use.module}:{use.line}: {use.what}"
        for module in _under("metrodesk.ui")
        for use in raw_engine_use(module, GRAPH.known[module])
    ]
    assert found == []


def test_the_checks_catch_what_they_claim(tmp_path: pathlib.Path):
    """The same checks on a package made to break every rule, each break hidden as well as
    it can be: a late import, a relative one, an import through another module."""
    pkg = tmp_path / "app"
    (pkg / "data").mkdir(parents=True)
    (pkg / "ui").mkdir()
    for folder in (pkg, pkg / "data", pkg / "ui"):
        (folder / "__init__.py").write_text("")
    (pkg / "data" / "helpers.py").write_text("def later():\n    from PySide6 import QtCore\n")
    (pkg / "data" / "models.py").write_text("from . import helpers\nfrom ..ui import page\n")
    (pkg / "ui" / "page.py").write_text(
        "def rows(services):\n"
        "    import sqlalchemy.orm\n"
        "    from app.data.models import X\n"
        "    with services.db.read() as s:\n"
        "        return s.connection().exec_driver_sql('select 1'), sqlalchemy.orm.Session\n"
    )
    graph = Graph(import_graph.modules(pkg, "app"))
    qt = graph.violations(["app.data.models"], QT)
    assert qt and "app.data.helpers:2" in qt[0]
    assert graph.violations(["app.data.models"], ("app.ui",))
    targets = {e.target for e in graph.edges["app.ui.page"]}
    assert {"sqlalchemy.orm", "app.data.models"} <= targets
    uses = {u.what for u in raw_engine_use("app.ui.page", graph.known["app.ui.page"])}
    assert {".db", ".exec_driver_sql", ".connection"} <= uses
