"""Help › About and Edit › Settings…: what a user and a support person see, the preferences
declared once in the settings table, stored on OK only."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QMessageBox, QTableWidget
from ui_support import open_window

import metrodesk
from metrodesk import paths
from metrodesk.ui.runtime import settings
from metrodesk.ui.runtime.settings import Preferences


@pytest.fixture
def prefs(tmp_path: Path):
    """The user's preferences in a file of this test's own (Qt keeps the first path it saw)."""
    store = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(store))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(store))
    yield Preferences()
    Preferences().store.clear()


def _answer_next_box(qtbot, button: QMessageBox.StandardButton) -> list[str]:
    """Press `button` in the next message box that opens; its text is returned in the list."""
    seen: list[str] = []

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        box.button(button).click()

    QTimer.singleShot(0, press)
    return seen


def test_about_names_version_licence_libraries_and_folders(qtbot, db_path, prefs):
    window = open_window(qtbot, db_path)
    # when the user opens Help › About MetroDesk
    window.about_action.trigger()
    dialog = window.findChild(QLabel, "aboutText").window()
    qtbot.waitExposed(dialog)
    # then it says the version and the licence
    text = dialog.findChild(QLabel, "aboutText").text()
    assert f"MetroDesk {metrodesk.__version__}" in text and "MIT" in text
    # the libraries with the versions this copy runs
    table = dialog.findChild(QTableWidget, "aboutLibraries")
    shown = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert shown["SQLAlchemy"] == importlib.metadata.version("SQLAlchemy")
    assert shown["openpyxl"] == importlib.metadata.version("openpyxl")
    assert {"Python", "Qt", "PySide6", "SQLite", "Alembic"} <= set(shown)
    # and where the data and its backups live
    places = [w.text() for w in dialog.findChildren(QLabel, "aboutLocation")]
    assert str(db_path) in places and str(paths.backup_dir(db_path)) in places
    # Copy details gives support all of it in one go
    dialog.copy_details()
    copied = QApplication.clipboard().text()
    assert metrodesk.__version__ in copied and str(db_path) in copied and "SQLAlchemy" in copied
    dialog.close()


def test_every_preference_is_declared_with_a_type_and_default_and_survives_bad_values(prefs):
    for setting in settings.SETTINGS:
        # the default is of the declared type, one of the choices when there are choices
        assert isinstance(setting.default, setting.type), setting.key
        if setting.choices:
            assert setting.default in {value for value, _ in setting.choices}
        # nothing stored: the default
        assert prefs.get(setting, "contact") == setting.default
    # a hand-edited file with values of no use reads as the defaults
    prefs.store.setValue(settings.START_SECTION.key, "purple")
    prefs.store.setValue(settings.HIDDEN_COLUMNS.key_for("contact"), 42)
    assert prefs.get(settings.START_SECTION) == "dashboard"
    assert prefs.get(settings.HIDDEN_COLUMNS, "contact") == []
    # a stored value reads back as its type
    prefs.set(settings.HIDDEN_COLUMNS, ["email", "phone"], "contact")
    assert Preferences().get(settings.HIDDEN_COLUMNS, "contact") == ["email", "phone"]
    assert prefs.kinds_with(settings.HIDDEN_COLUMNS) == ["contact"]


def test_settings_open_from_the_edit_menu_with_focus_on_the_first_field(qtbot, db_path, prefs):
    window = open_window(qtbot, db_path)
    action = window.settings_action
    assert action.menuRole() == action.MenuRole.PreferencesRole
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    first = dialog.findChild(QComboBox, "setting_appearance_language")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert first.accessibleName() == "Language"


def test_settings_are_stored_on_ok_and_esc_asks_before_dropping_changes(qtbot, db_path, prefs):
    window = open_window(qtbot, db_path)
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    combo = dialog.findChild(QComboBox, "setting_window_startSection")
    combo.setCurrentIndex(combo.findData("last"))
    # Esc with a change asks; Cancel keeps the dialog and the change
    seen = _answer_next_box(qtbot, QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert seen and dialog.isVisible() and combo.currentData() == "last"
    assert prefs.get(settings.START_SECTION) == "dashboard"
    # OK stores it
    dialog.accept()
    assert Preferences().get(settings.START_SECTION) == "last"
    # Esc with nothing changed closes at once, and Discard drops a change
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    combo = dialog.findChild(QComboBox, "setting_window_startSection")
    combo.setCurrentIndex(combo.findData("dashboard"))
    _answer_next_box(qtbot, QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert Preferences().get(settings.START_SECTION) == "last"


def test_the_window_opens_on_the_section_shown_last_when_asked_to(qtbot, db_path, prefs):
    prefs.set(settings.START_SECTION, "last")
    window = open_window(qtbot, db_path)
    window.show_kind("meeting")
    window.close()
    again = open_window(qtbot, db_path)
    assert again.navigation.currentItem().text() == "Meetings"
    prefs.set(settings.START_SECTION, "dashboard")
    again.close()
    assert open_window(qtbot, db_path).navigation.currentRow() == 0


def test_hidden_columns_are_shown_again_from_the_settings(qtbot, db_path, prefs):
    window = open_window(qtbot, db_path)
    window.show_kind("contact")
    page = window.page("contact")
    page.set_column_hidden("email", True)
    assert prefs.get(settings.HIDDEN_COLUMNS, "contact") == ["email"]
    dialog = window.show_settings()
    qtbot.waitExposed(dialog)
    summary = dialog.findChild(QLabel, "hiddenColumnsSummary")
    assert "Contacts" in summary.text()
    qtbot.mouseClick(dialog.reset_columns_button, Qt.MouseButton.LeftButton)
    assert "all its columns" in summary.text()
    # nothing forgotten before OK
    assert prefs.get(settings.HIDDEN_COLUMNS, "contact") == ["email"]
    dialog.accept()
    assert Preferences().get(settings.HIDDEN_COLUMNS, "contact") == []
    assert not page.table.isColumnHidden(page.model.column("email"))
