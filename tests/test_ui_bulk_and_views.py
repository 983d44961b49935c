"""Bulk actions on a selection, undone in one step, and saved views that survive a restart,
driven as a person does."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QWidget
from ui_support import column_texts, open_section, open_window, record_table, settle, type_text

from metrodesk.app import create_main_window
from metrodesk.ui.lists.saved_views import SaveViewDialog
from metrodesk.ui.lists.selection_bar import ValueDialog


def _shot(widget, name: str) -> None:
    folder = os.environ.get("METRODESK_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _select_rows(table, rows: list[int]) -> None:
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    table.clearSelection()
    for row in rows:
        table.selectionModel().select(table.model().index(row, 0), flags)


def test_a_bulk_tag_is_undone_in_one_step(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    settle(qtbot, window)
    table = record_table(window)
    bar = page.findChild(QWidget, "selectionBar")
    assert not bar.isVisible()
    _select_rows(table, [0, 1, 2])
    assert bar.isVisible()
    assert bar.findChild(QLabel, "selectionCount").text() == "3 selected"
    assert bar.findChild(QPushButton, "selectAllListedButton").text() == "Select all 9 listed"
    qtbot.mouseClick(bar.findChild(QPushButton, "bulk_tag_tags"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(ValueDialog, "bulkValueDialog")
    assert dialog is not None and dialog.windowTitle() == "Tag 3 contacts"
    value = dialog.findChild(QLineEdit, "bulkValue")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is value)
    type_text(qtbot, value, "Dakar 2026")
    _shot(window, "bulk-tag")
    qtbot.mouseClick(dialog.findChild(QPushButton, "bulkOkButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    people = [table.model().record_id(r) for r in range(3)]
    services = window.services
    assert all("Dakar 2026" in services.records.get("contact", p)["tags"] for p in people)
    assert window.statusBar().currentMessage().startswith("3 changed, as one step")
    # one Ctrl+Z takes the three back
    qtbot.waitUntil(lambda: window.undo_action.text() == "&Undo Tag 3 contacts Dakar 2026")
    window.undo_action.trigger()
    settle(qtbot, window)
    assert not any("Dakar 2026" in services.records.get("contact", p)["tags"] for p in people)


def test_the_whole_list_moves_to_the_trash_and_comes_back(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "action_item")
    settle(qtbot, window)
    table = record_table(window)
    _select_rows(table, [0])
    bar = page.selection_bar
    qtbot.mouseClick(bar.findChild(QPushButton, "selectAllListedButton"), Qt.MouseButton.LeftButton)
    assert bar.findChild(QLabel, "selectionCount").text() == "4 selected"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 0)
    notice = window.statusBar().findChild(QWidget, "undoNotice")
    qtbot.waitUntil(notice.isVisible)
    assert notice.findChild(QLabel, "undoNoticeText").text() == "Moved 4 action items to Trash"
    qtbot.mouseClick(notice.findChild(QPushButton, "undoNoticeButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.model().rowCount() == 4)


def test_a_saved_view_survives_a_restart(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "member_city")
    settle(qtbot, window)
    region = page.findChild(QComboBox, "regionFilter")
    region.setCurrentIndex(region.findData("Africa"))
    settle(qtbot, window)
    table = record_table(window)
    assert column_texts(table) == ["Cairo", "Dakar"]
    page.set_column_hidden("population", True)
    qtbot.mouseClick(page.findChild(QPushButton, "saveViewButton"), Qt.MouseButton.LeftButton)
    dialog = page.findChild(SaveViewDialog, "saveViewDialog")
    name = dialog.findChild(QLineEdit, "viewName")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)
    type_text(qtbot, name, "Members, Africa")
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveViewOk"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.views_panel.item_for("Members, Africa") is not None)
    assert window.statusBar().currentMessage() == "View ‘Members, Africa’ saved"
    page.set_column_hidden("population", False)
    window.close()

    # a new window on the same file: the view is under Member cities, and shows the list so
    again = create_main_window(sample_path)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    settle(qtbot, again)
    item = again.views_panel.item_for("Members, Africa")
    assert item is not None and item.parent().text(0) == "Member cities"
    again.views_panel.tree.setCurrentItem(item)
    again.views_panel.tree.itemClicked.emit(item, 0)
    settle(qtbot, again)
    page = again.current_section()
    assert page.kind == "member_city"
    table = page.table
    qtbot.waitUntil(lambda: column_texts(table) == ["Cairo", "Dakar"])
    assert page.findChild(QComboBox, "regionFilter").currentData() == "Africa"
    assert table.isColumnHidden(page.model.column("population"))
    _shot(again, "saved-views")
