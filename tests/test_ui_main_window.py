"""The main window driven as a user would, by objectName, on real database files."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import connect_raw
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QWidget,
)
from ui_support import (
    KINDS,
    column_texts,
    current_page,
    open_section,
    open_window,
    record_table,
    search_box,
    settle,
    type_text,
)

from metrodesk.app import create_main_window
from metrodesk.data.errors import DamagedDatabase
from metrodesk.ui.records.record_dialog import RecordDialog

SECTION_NAMES = [
    "Dashboard",
    "Contacts",
    "Organisations",
    "Member cities",
    "Training",
    "Meetings",
    "Action items",
]


def test_window_names_its_parts(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    assert window.objectName() == "mainWindow"
    assert window.windowTitle() == "MetroDesk — sample.sqlite"
    nav = window.findChild(QListWidget, "navigation")
    assert [nav.item(i).text() for i in range(nav.count())] == SECTION_NAMES
    # every list section has its search box, table and New button, named for automation
    for i, kind in enumerate(KINDS, start=1):
        nav.setCurrentRow(i)
        page = current_page(window)
        assert page is window.current_section()
        assert page.findChild(QLineEdit, "searchBox").isVisible()
        assert page.findChild(QTableView, "recordTable").isVisible()
        new = page.findChild(QPushButton, "newButton")
        assert new.text().startswith("New ")
        assert page.kind == kind
    assert window.findChild(QWidget, "globalSearch") is not None


def test_typing_in_the_search_box_filters_the_list(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "contact")
    box, table = search_box(window), record_table(window)
    assert box.placeholderText() == "Search contacts…"
    assert box.isClearButtonEnabled()

    qtbot.keyClicks(box, "agnes")
    qtbot.waitUntil(lambda: column_texts(table) == ["Agnès Bickart"])
    assert window.statusBar().findChild(QLabel, "statusCount").text() == "1 contact"

    box.clear()
    qtbot.keyClicks(box, "kim")
    qtbot.waitUntil(lambda: column_texts(table) == ["KIM Chang-Beom"])

    # accents typed are ignored too
    box.clear()
    type_text(qtbot, box, "Agnès")
    qtbot.waitUntil(lambda: column_texts(table) == ["Agnès Bickart"])


def test_empty_lists_say_why(qtbot, sample_path, db_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "contact")
    qtbot.keyClicks(search_box(window), "xyz")
    table = record_table(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert table.empty_text == "No match for ‘xyz’"
    # Esc in the search box clears it and the full list returns
    qtbot.keyClick(search_box(window), Qt.Key.Key_Escape)
    assert search_box(window).text() == ""
    qtbot.waitUntil(lambda: table.model().rowCount() == 9)

    empty = open_window(qtbot, db_path)
    open_section(qtbot, empty, "organisation")
    assert record_table(empty).empty_text == "No organisations yet — press New organisation"


def test_shortcuts_switch_sections_and_focus_the_search(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert current_page(window).kind == "member_city"
    assert window.findChild(QListWidget, "navigation").currentItem().text() == "Member cities"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: search_box(window).hasFocus())
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert current_page(window) is window.dashboard


def test_status_bar_counts_and_names_the_database(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "member_city")
    bar = window.statusBar()
    assert bar.findChild(QLabel, "statusCount").text() == "9 member cities"
    assert bar.findChild(QLabel, "statusPath").text() == str(sample_path.resolve())


def test_delete_key_moves_the_record_to_trash(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    qtbot.keyClicks(search_box(window), "agnes")
    table = record_table(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    notice = window.statusBar().findChild(QWidget, "undoNotice")
    settle(qtbot, window)
    assert notice.isVisible()
    assert notice.findChild(QLabel, "undoNoticeText").text() == "Moved ‘Agnès Bickart’ to Trash"
    assert window.services.lists.count("contact", "agnes") == 0
    assert page.model.count() == 0
    # the notice's Undo brings her back
    qtbot.mouseClick(notice.findChild(QPushButton, "undoNoticeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert not notice.isVisible()
    assert window.services.lists.count("contact", "agnes") == 1


def test_enter_and_double_click_open_the_record(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "contact")
    qtbot.keyClicks(search_box(window), "kim")
    table = record_table(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Edit contact — KIM Chang-Beom"
    assert dialog.editor("organisation_id").edit.text() == "Metropolitan Government of Seoul"
    dialog.reject()
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is None)

    # a double click is a press and release, then a second press that Qt reports as double
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is not None)
    window.findChild(RecordDialog).reject()


def test_closing_the_window_stops_the_worker_and_closes_the_database(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.runner.run(lambda: window.services.lists.count("contact"))
    window.close()
    assert window.runner.closed
    assert window.runner.wait(0)  # nothing is left running


def test_lists_follow_edits_of_other_kinds(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    contacts = open_section(qtbot, window, "contact")
    organisation_column = contacts.model.column("organisation")
    assert "City of Dakar" in column_texts(contacts.table, organisation_column)
    # when an organisation is renamed in its own section
    open_section(qtbot, window, "organisation")
    qtbot.keyClicks(search_box(window), "dakar")
    table = record_table(window)
    qtbot.waitUntil(lambda: column_texts(table) == ["City of Dakar"])
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = window.findChild(RecordDialog)
    name = dialog.editor("name").edit
    name.clear()
    qtbot.keyClicks(name, "Ville de Dakar")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is None)
    assert column_texts(table) == ["Ville de Dakar"]
    assert window.statusBar().currentMessage() == "Saved"
    # then the contacts list shows the new name when it is shown again
    open_section(qtbot, window, "contact")
    assert "Ville de Dakar" in column_texts(contacts.table, organisation_column)


def test_undo_and_redo_a_deletion_from_the_edit_menu(qtbot, sample_path):
    # given Agnès deleted from the Contacts list
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "contact")
    qtbot.keyClicks(search_box(window), "agnes")
    table = record_table(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Delete contact")
    # when the user presses Ctrl+Z
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # then she is back in the list, and the Edit menu offers to redo the deletion
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    qtbot.waitUntil(lambda: window.redo_action.text() == "&Redo Delete contact")
    assert window.statusBar().currentMessage() == "Undone: Delete contact"
    # and Ctrl+Shift+Z deletes her again
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    assert window.services.lists.count("contact", "agnes") == 0


def test_a_section_page_is_built_when_first_shown_with_its_rows(qtbot, sample_path):
    # given a window just opened: the dashboard is shown and no list has been read yet
    window = open_window(qtbot, sample_path)
    assert current_page(window) is window.dashboard
    assert window.pages == {}
    names = window.services.lists.page("organisation", limit=500)
    # when the user opens Organisations
    page = open_section(qtbot, window, "organisation")
    # then that page alone is built, in its place, and lists every organisation
    assert set(window.pages) == {"organisation"}
    table = record_table(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == len(names))
    assert column_texts(table) == [row.values[0] for row in names]
    assert window.statusBar().findChild(QLabel, "statusCount").text() == page.count_text()
    # and going back and forth keeps that same page
    window.show_section(0)
    assert open_section(qtbot, window, "organisation") is page


def test_going_to_a_record_builds_its_section_and_selects_it(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    row = window.services.lists.page("member_city", limit=1)[0]
    window.go_to("member_city", row.id)
    page = window.page("member_city")
    assert current_page(window) is page
    table = record_table(window)
    assert table.currentIndex().row() >= 0
    assert page.model.record_id(table.currentIndex().row()) == row.id


def _wreck_contact_table(path):
    """Damage the open does not read, only SQLite's quick_check: the contact table's root page."""
    with connect_raw(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root[0] - 1) * page_size] = 0xFF
    path.write_bytes(bytes(data))


def test_damage_found_by_the_check_after_the_window_shows_is_reported(qtbot, sample_path):
    # given a file whose damage only the full check sees: the window opens on it at once
    _wreck_contact_table(sample_path)
    window = create_main_window(sample_path)
    qtbot.addWidget(window)
    reported: list[BaseException] = []
    window.damaged_handler = reported.append
    window.show()
    # then the check, run in the background, reports it (the app then offers the newest backup)
    qtbot.waitUntil(lambda: bool(reported), timeout=30_000)
    assert isinstance(reported[0], DamagedDatabase)
    assert str(reported[0]).startswith("sample.sqlite is damaged")


def test_without_a_handler_the_window_itself_says_the_file_is_damaged(qtbot, sample_path):
    _wreck_contact_table(sample_path)
    window = create_main_window(sample_path)
    qtbot.addWidget(window)
    window.show()

    def error_shown() -> bool:
        boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog"]
        # the check's own report ("… is damaged: *** in database main ***"), not a read's
        return any("sample.sqlite is damaged: " in box.text() for box in boxes if box.isVisible())

    qtbot.waitUntil(error_shown, timeout=30_000)


def test_start_leaves_out_what_only_later_actions_need(sample_path):
    """Excel, calendars, e-mail rules and Alembic are loaded when first used: each costs tens
    of milliseconds (openpyxl and Alembic ~0.1-0.3 s) of the time to a usable window."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from metrodesk.app import create_main_window\n"
        "app = QApplication([])\n"
        f"window = create_main_window({str(sample_path)!r})\n"
        "window.show()\n"
        "window.show_kind('contact')\n"
        "app.processEvents()\n"
        "window.shutdown()\n"
        "lazy = ('openpyxl', 'alembic', 'icalendar', 'email_validator',\n"
        "        'metrodesk.services.imports.apply', 'metrodesk.services.exports.workbook')\n"
        "print(','.join(m for m in lazy if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == ""


def test_list_language_names_are_pycountrys_own():
    # read from pycountry's data file directly at start (faster than its lookup): same names
    import pycountry

    from metrodesk.ui.window.formatting import language_name

    for code in ("fr", "es", "ko", "el", "ar", "zh"):
        assert language_name(code) == pycountry.languages.get(alpha_2=code).name
    assert language_name("xx") == "xx"
    assert language_name("fra") == "fra"


def test_the_app_offers_the_newest_backup_when_the_check_finds_damage(
    qtbot, sample_path, monkeypatch
):
    from metrodesk import app
    from metrodesk.services.storage.backups import take_backup
    from metrodesk.services.storage.maintenance import check_database

    # given a sound backup, then damage only the full check sees
    backup = take_backup(sample_path, None).path
    _wreck_contact_table(sample_path)
    offered: list[object] = []

    def answer(db_path, exc, newest, box=None):  # the modal dialog, answered "Restore"
        offered.append(newest)
        return newest is not None

    monkeypatch.setattr(app, "explain_open_error", answer)
    shown = app._ShownDatabase(sample_path)  # closes (and deletes) its windows itself
    try:
        assert shown.open()
        first = shown.window
        # when the check reports the damage: the window closes, the backup is offered and
        # restored, and the restored file opens in a new window
        qtbot.waitUntil(lambda: shown.window not in (None, first), timeout=30_000)
        assert offered == [backup]
        qtbot.waitUntil(lambda: not shown.window.check_runner.busy(), timeout=30_000)
    finally:
        shown.close()
    assert check_database(sample_path).ok
