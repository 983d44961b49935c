"""The daily tools driven as a person does: reminders at start (bar, list, tray), the copied
address list leaving out who did not agree, the interaction log of a contact (written on Save
only), and the arrears in the membership report."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableWidget, QTabWidget, QWidget
from ui_support import is_closed, open_section, open_window, record_table, settle

from metrodesk.services.contacts.details import ConsentEntry
from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.window.reminders import RemindersDialog


def _shot(widget, name: str) -> None:
    folder = os.environ.get("METRODESK_SHOTS")
    if folder:
        QApplication.processEvents()
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _contact(svc, name: str):
    return next(h.id for h in svc.search.find(name, kinds=("contact",)) if h.label == name)


def test_reminders_at_start_in_a_bar_a_list_and_the_tray(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    bar = window.findChild(QLabel, "reminderText")
    # the sample's four follow-ups are overdue, and some fees
    qtbot.waitUntil(lambda: window.reminder_bar.isVisible())
    assert bar.text().startswith("Today: 4 action items due, ")
    assert bar.text().endswith("fees overdue")
    button = window.statusBar().findChild(QPushButton, "reminderButton")
    assert button.isVisible() and button.text().startswith("Reminders: 4 action items due")
    _shot(window, "reminders-bar")
    qtbot.mouseClick(
        window.findChild(QPushButton, "showRemindersButton"), Qt.MouseButton.LeftButton
    )
    dialog = window.findChild(RemindersDialog, "remindersDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.findChild(QTableWidget, "remindersTable")
    first = table.item(0, 0).text()
    assert first.startswith("Share Metropolis' expectations")
    assert table.item(0, 3).text().endswith("days late")
    _shot(dialog, "reminders-dialog")
    # marked done: it leaves the list
    rows = table.rowCount()
    qtbot.mouseClick(
        dialog.findChild(QPushButton, "markReminderDoneButton"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: table.rowCount() == rows - 1, timeout=10_000)
    assert table.item(0, 0).text() != first
    # the tray hears of new reminders once: what is already known is not told again
    told: list[tuple[str, str]] = []
    window.reminders.notify = lambda title, text: told.append((title, text))
    window.reminders.check()
    settle(qtbot, window)
    assert told == []
    svc = window.services
    svc.records.create("action_item", {"description": "Call back Dakar", "due_on": "2026-01-01"})
    window.reminders.check()
    settle(qtbot, window)
    assert told == [("MetroDesk reminders", "1 action item due")]
    dialog.close()
    # the keyboard's way: Reports › Reminders…
    assert window.reminders_action.shortcut().toString() == "Ctrl+Shift+R"
    window.reminders_action.trigger()
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(RemindersDialog, "remindersDialog"))
    )


def test_the_copied_address_list_leaves_out_those_without_consent(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    svc = window.services
    agnes, octavi, eric = (
        _contact(svc, n) for n in ("Agnès Bickart", "Octavi de la Varga Mas", "Eric Huybrechts")
    )
    svc.records.update("contact", octavi, {"email": "octavi@metropolis.org"})
    svc.records.update("contact", eric, {"email": "eric@institutparisregion.fr"})
    for person, withdrawn in ((agnes, None), (octavi, "2026-06-01")):
        d = svc.contact_details.details(person)
        consent = [ConsentEntry("Newsletter", "2025-01-10", withdrawn, "form")]
        svc.contact_details.save(person, d.emails, d.phones, d.affiliations, consent)
    page = open_section(qtbot, window, "contact")
    settle(qtbot, window)
    table = record_table(window)
    # three people selected, one of whom withdrew her consent and one never gave it
    table.clearSelection()
    model = table.model()
    for person in (agnes, octavi, eric):
        row = model.row_of(person)
        table.selectionModel().select(
            model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    assert len(page.selected_ids()) == 3
    page.mail_button.menu().aboutToShow.emit()
    assert page.copy_action.text() == "Copy the addresses of the 3 selected"
    QGuiApplication.clipboard().clear()
    page.copy_action.trigger()
    settle(qtbot, window)
    assert QGuiApplication.clipboard().text() == "Agnès Bickart <abickart@metropolis.org>"
    assert window.statusBar().currentMessage() == (
        "1 address copied; 2 left out (no consent in force: 2; no e-mail: 0)"
    )
    # nothing selected: the whole list, through the Edit menu's shortcut
    table.clearSelection()
    window.copy_addresses_action.trigger()
    settle(qtbot, window)
    assert QGuiApplication.clipboard().text() == "Agnès Bickart <abickart@metropolis.org>"
    assert window.statusBar().currentMessage().startswith("1 address copied; 8 left out")


def test_an_interaction_is_logged_in_the_editor_and_written_on_save(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    svc = window.services
    sow = _contact(svc, "Rahmatouca Sow")
    dialog = window.edit_record("contact", sow)
    assert isinstance(dialog, ContactDialog)
    settle(qtbot, window)
    log = dialog.interactions
    dialog.tabs.setCurrentWidget(log)
    # she attended the strategic meeting of 2019: the last contact so far
    assert log.last_contact.text() == "Last contact: 2019-11-26 (Meeting)"
    log.when.setText("2026-11-30")
    log.kind.setCurrentIndex(log.kind.findData("call"))
    log.note.setText("Dates of the Dakar workshop")
    qtbot.mouseClick(log.findChild(QPushButton, "logInteractionButton"), Qt.MouseButton.LeftButton)
    assert log.table.rowCount() == 1
    assert log.table.item(0, 2).text() == "Dates of the Dakar workshop (not saved yet)"
    assert svc.interactions.log(sow) == ()
    _shot(dialog, "interactions-tab")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: is_closed(dialog))
    (entry,) = svc.interactions.log(sow)
    assert (entry.kind, entry.note, entry.with_whom) == (
        "call", "Dates of the Dakar workshop", svc.author,
    )  # fmt: skip
    assert window.undo_action.text() == "&Undo Edit contact"
    # opened again: the last contact is that call
    dialog = window.edit_record("contact", sow)
    settle(qtbot, window)
    assert dialog.interactions.last_contact.text() == "Last contact: 2026-11-30 (Call)"
    dialog.reject()


def test_the_membership_report_shows_arrears_per_city(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    reports = window.show_reports(0)
    settle(qtbot, window)
    table = reports.findChild(QTableWidget, "arrearsTable")
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    cities = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Cairo" in cities and cities[-1] == "Total"
    cairo = cities.index("Cairo")
    assert "2020" in table.item(cairo, 2).text()
    assert table.item(cairo, 3).text().endswith("EUR")
    panel = reports.findChild(QWidget, "membershipReport")
    summary = panel.findChild(QLabel, "reportSummary").text()
    assert " in arrears, owing " in summary
    panel.findChild(QTabWidget, "membershipTables").setCurrentWidget(table)
    _shot(reports, "membership-arrears")
    reports.close()
