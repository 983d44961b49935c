"""File › Backups… and File › Check database… on a real window and real files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QPushButton
from ui_support import open_window, settle

from metrodesk.app import explain_open_error
from metrodesk.data.errors import DamagedDatabase
from metrodesk.services.storage import backups


def test_opening_makes_the_daily_backup_and_the_dialog_lists_it(qtbot, sample_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    made = backups.list_backups(sample_path)
    assert [b.kind for b in made] == [backups.DAILY]
    dialog = window.show_backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    assert dialog.table.item(0, 1).text() == "Daily"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()


def test_restore_from_the_dialog_brings_the_data_back(qtbot, sample_path: Path) -> None:
    # given a window whose daily backup holds the organisations, then all deleted
    window = open_window(qtbot, sample_path)
    svc = window.services
    before = svc.lists.count("organisation")
    for row in svc.lists.page("organisation", limit=1000):
        svc.records.delete("organisation", row.id)
    assert svc.lists.count("organisation") == 0
    dialog = window.show_backups()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    # when the user restores it and confirms
    dialog.ask_restore()
    yes = dialog.confirm.button(QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restored, timeout=30_000):
        yes.click()
    settle(qtbot, window)
    # then the window's own services read the restored data, and the file as it was is kept
    assert svc.lists.count("organisation") == before
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2)
    kinds = {b.kind for b in backups.list_backups(sample_path)}
    assert kinds == {backups.DAILY, backups.BEFORE_RESTORE}


def test_check_database_shows_a_readable_report(qtbot, sample_path: Path) -> None:
    window = open_window(qtbot, sample_path)
    dialog = window.check_database()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)
    assert dialog.verdict.text() == "The database is sound."
    text = dialog.text.toPlainText()
    assert "integrity: ok" in text and "links: ok" in text and "result: sound" in text


def test_a_damaged_file_offers_the_newest_backup(qtbot, tmp_path: Path) -> None:
    box = QMessageBox()
    qtbot.addWidget(box)
    newest = tmp_path / "backups" / "db-daily-20261123-090000.sqlite"

    # the dialog is modal: answer it from the event loop, as the user would
    QTimer.singleShot(0, lambda: box.findChild(QPushButton, "restoreNewestButton").click())
    chosen = explain_open_error(
        tmp_path / "db.sqlite", DamagedDatabase("db is damaged"), newest, box
    )
    assert chosen
    assert "db-daily-20261123-090000.sqlite" in box.text()
