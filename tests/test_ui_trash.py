"""The Trash dialog from the Edit menu: restore a deleted contact, the lists follow; emptying
asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QTableWidget
from ui_support import column_texts, open_section, open_window, record_table, settle

from metrodesk.ui.records.trash_dialog import TrashDialog


def _open_trash(qtbot, window) -> TrashDialog:
    window.trash_action.trigger()
    dialog = window.findChild(TrashDialog, "trashDialog")
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, window)
    return dialog


def test_restore_from_trash_brings_the_contact_back_to_the_list(qtbot, sample_path):
    # given a contact deleted from the list
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    before = column_texts(record_table(window))
    page.select_row(0)
    name = before[0]
    page.delete_current()
    settle(qtbot, window)
    assert name not in column_texts(record_table(window))
    # when it is restored from the Trash
    dialog = _open_trash(qtbot, window)
    table = dialog.findChild(QTableWidget, "trashTable")
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == name
    assert table.item(0, 1).text() == "Contact"
    restore = dialog.findChild(QPushButton, "restoreButton")
    assert not restore.isEnabled()
    table.selectRow(0)
    assert restore.isEnabled()
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # then the Trash is empty and the list shows the contact again
    assert table.rowCount() == 0
    assert sorted(column_texts(record_table(window))) == sorted(before)
    assert "Restored" in window.statusBar().currentMessage()


def test_empty_trash_asks_first(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    services = window.services
    org = services.lists.page("organisation", "", 0, 1)[0].id
    services.records.delete("organisation", org)
    dialog = _open_trash(qtbot, window)
    table = dialog.findChild(QTableWidget, "trashTable")
    assert table.rowCount() == 1
    empty = dialog.findChild(QPushButton, "emptyTrashButton")

    # cancelled: nothing happens
    qtbot.mouseClick(empty, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirmEmptyTrash")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, window)
    assert services.trash.count() == 1

    # confirmed: purged for good
    qtbot.mouseClick(empty, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "confirmEmptyTrash") is not None)
    box = next(b for b in dialog.findChildren(QMessageBox, "confirmEmptyTrash") if b.isVisible())
    box.findChild(QPushButton, "confirmEmptyButton").click()
    settle(qtbot, window)
    assert services.trash.count() == 0
    assert table.rowCount() == 0
    assert not empty.isEnabled()
