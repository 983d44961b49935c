"""The core (data + services) must run without Qt: the CLI, sync and tests depend on it."""

import pathlib
import pkgutil
import re
import subprocess
import sys

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


def test_ui_never_opens_sessions_or_sql():
    """Widgets call services; they never build queries or hold a Session."""
    # a Session as a type or a call, not the word "Session" in a label
    forbidden = re.compile(r"sqlalchemy|sqlite3|\bSession\(|:\s*Session\b|db\.read\(|db\.action\(")
    ui = pathlib.Path(metrodesk.__file__).parent / "ui"
    offenders = [
        f"{path.name}:{n}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if forbidden.search(line)
    ]
    assert offenders == []
