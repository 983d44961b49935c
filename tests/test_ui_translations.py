"""The interface in a pseudo-language: every text on screen went through translation.

A translator generated from the catalogue lupdate extracts shows each text it holds as
"⟦text⟧" (tests/pseudo_language.py); the main window, every section and every dialog are shown
in it, and any visible text left outside ⟦…⟧ (user data and numbers excepted) fails the test:
that text would stay English for a French or Spanish user."""

from __future__ import annotations

from pathlib import Path

import pytest
from every_dialog import KINDS, dialogs
from pseudo_language import PseudoTranslator, UserData, catalogue_keys, leaks
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QTabWidget
from ui_support import open_window, settle

from metrodesk.ui.imports.wizard import CALENDAR, PREVIEW
from metrodesk.ui.runtime import languages
from metrodesk.ui.window.sections import SECTIONS


@pytest.fixture(scope="module")
def keys():
    return catalogue_keys()


@pytest.fixture
def pseudo(qapp, keys):
    languages.install(qapp)
    translator = PseudoTranslator(keys, qapp)
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_the_window_and_every_section_are_translated(qtbot, pseudo, sample_path):
    allowed = UserData(sample_path, pseudo.keys)
    window = open_window(qtbot, sample_path)
    found = {}
    for i, section in enumerate(SECTIONS):
        window.show_section(i)
        settle(qtbot, window)
        QApplication.processEvents()
        found[section.title] = leaks(window, allowed)
    lines = [f"{where}: {leak}" for where, items in found.items() for leak in items]
    assert lines == [], "\n".join(lines)


def _every_tab(root, allowed):
    """Leaks of `root` with each page of each of its tab widgets shown in turn."""
    found = leaks(root, allowed)
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            found += leaks(root, allowed)
        tabs.setCurrentIndex(0)
    return sorted(set(found))


def test_every_dialog_is_translated(qtbot, pseudo, sample_path):
    allowed = UserData(sample_path, pseudo.keys)
    window = open_window(qtbot, sample_path)
    for kind in KINDS:
        window.show_kind(kind)
        settle(qtbot, window)
    found = {}
    # the conflicts inbox: empty here, its empty state shown
    for label, open_dialog in (dialogs(window) | {"conflicts": window.show_conflicts}).items():
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        settle(qtbot, window)
        found[label] = _every_tab(dialog, allowed)
        dialog.close()
    lines = [f"{where}: {leak}" for where, items in found.items() for leak in items]
    assert lines == [], "\n".join(lines)


IMPORTS = Path(__file__).resolve().parent / "data" / "imports"


def test_the_import_wizard_is_translated(qtbot, pseudo, sample_path):
    """Its pages, and what the services say of a file: the preview's summary, notes, states
    and reasons, and a calendar's range page."""
    window = open_window(qtbot, sample_path)
    found = []
    for name, page in (("outlook_fr.csv", PREVIEW), ("outlook_calendar.ics", CALENDAR)):
        path = IMPORTS / name
        allowed = UserData(sample_path, pseudo.keys, files=[path])
        wizard = window.import_excel(path=path)
        qtbot.waitUntil(lambda w=wizard, p=page: w.page() == p and not w.busy(), timeout=60_000)
        found += [f"{name}: {leak}" for leak in leaks(wizard, allowed)]
        if page == CALENDAR:
            qtbot.mouseClick(
                wizard.findChild(QPushButton, "importNextButton"), Qt.MouseButton.LeftButton
            )
            qtbot.waitUntil(lambda w=wizard: w.page() == PREVIEW and not w.busy(), timeout=60_000)
            found += [f"{name} preview: {leak}" for leak in leaks(wizard, allowed)]
        wizard.close()
    assert found == [], "\n".join(found)
