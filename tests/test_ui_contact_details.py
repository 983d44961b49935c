"""The contact editor's "Contact details" tab, an organisation's "People" tab and the consent
filter of the contacts list."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton, QTableWidget
from ui_support import (
    column_texts,
    is_closed,
    open_section,
    open_window,
    record_table,
    settle,
    type_text,
)

from metrodesk.services.contacts.details import ConsentEntry
from metrodesk.services.sample.demo import SECRETARIAT
from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.contacts.details_tab import ContactDetailsTab
from metrodesk.ui.contacts.organisation_editor import OrganisationDialog


def _shot(widget, name: str) -> None:
    """METRODESK_SHOTS=DIR saves what the test shows, to look at."""
    folder = os.environ.get("METRODESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _id(window, kind: str, words: str):
    return window.services.search.find(words, 1, kinds=(kind,))[0].id


def _open_details(qtbot, window, words: str) -> tuple[ContactDialog, ContactDetailsTab]:
    dialog = window.edit_record("contact", _id(window, "contact", words))
    assert isinstance(dialog, ContactDialog)
    settle(qtbot, window)
    tab = dialog.findChild(ContactDetailsTab)
    dialog.tabs.setCurrentWidget(tab)
    return dialog, tab


def _type_new_email(qtbot, tab: ContactDetailsTab, text: str) -> None:
    table = tab.findChild(QTableWidget, "emailsTable")
    qtbot.mouseClick(tab.findChild(QPushButton, "addEmailButton"), Qt.MouseButton.LeftButton)
    editor = QApplication.focusWidget()
    assert editor is not None and editor.parent() is table.viewport()
    type_text(qtbot, editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # commits the cell, never the whole dialog
    qtbot.waitUntil(lambda: table.item(table.rowCount() - 1, 0).text() == text)
    assert tab.window().isVisible()


def test_add_a_second_email_in_the_tab_and_save(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog, tab = _open_details(qtbot, window, "Bickart")
    table = tab.findChild(QTableWidget, "emailsTable")
    assert table.rowCount() == 1
    _type_new_email(qtbot, tab, "agnès@example.org")
    _shot(dialog, "contact_details")
    # one Save for the whole editor: the tab has no button of its own
    assert tab.findChild(QPushButton, "saveDetailsButton") is None
    assert "Changes not saved yet" in dialog.unsaved_label.text()
    cid = dialog.record_id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert is_closed(dialog)
    emails = window.services.contact_details.details(cid).emails
    assert [e.address for e in emails] == ["abickart@metropolis.org", "agnès@example.org"]
    assert window.services.history.state().undo == "Edit contact"


def test_an_invalid_email_shows_the_reason_at_its_row(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog, tab = _open_details(qtbot, window, "Bickart")
    before = window.services.contact_details.details(dialog.record_id)
    _type_new_email(qtbot, tab, "abickart@")
    dialog.tabs.setCurrentIndex(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.tabs.currentWidget() is tab
    error = tab.findChild(QLabel, "error_emails")
    assert error.isVisible()
    assert error.text().startswith("E-mail 2: not a valid e-mail address")
    table = tab.findChild(QTableWidget, "emailsTable")
    assert table.currentRow() == 1
    assert "not a valid e-mail" in table.item(1, 0).toolTip()
    assert table.item(0, 0).toolTip() == ""
    _shot(dialog, "contact_details_error")
    assert window.services.contact_details.details(dialog.record_id) == before
    assert dialog.isVisible()


def test_moving_an_email_first_makes_it_the_main_one(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog, tab = _open_details(qtbot, window, "Bickart")
    cid = dialog.record_id
    _type_new_email(qtbot, tab, "agnes@example.org")
    table = tab.findChild(QTableWidget, "emailsTable")
    table.setCurrentCell(1, 0)
    qtbot.mouseClick(tab.findChild(QPushButton, "upEmailButton"), Qt.MouseButton.LeftButton)
    assert table.item(0, 0).text() == "agnes@example.org"
    # saved with the dialog's Save: the tab first, then the form
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.findChild(ContactDialog) is None  # saved and closed
    values = window.services.records.get("contact", cid)
    assert values["email"] == "agnes@example.org"


def test_the_people_tab_lists_the_organisation_staff(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    org = _id(window, "organisation", SECRETARIAT)
    dialog = window.edit_record("organisation", org)
    assert isinstance(dialog, OrganisationDialog)
    settle(qtbot, window)
    people = dialog.findChild(QTableWidget, "peopleTable")
    names = [people.item(r, 0).text() for r in range(people.rowCount())]
    assert "Agnès Bickart" in names
    row = names.index("Agnès Bickart")
    dialog.tabs.setCurrentIndex(1)
    _shot(dialog, "organisation_people")
    assert people.item(row, 4).text()  # current
    opened = dialog.open_person(people.item(row, 0).data(Qt.ItemDataRole.UserRole))
    settle(qtbot, window)
    assert isinstance(opened, ContactDialog) and opened.isVisible()
    assert opened.heading.text() == "Agnès Bickart"


def test_consent_filter_narrows_the_list(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    cid = _id(window, "contact", "Bickart")
    d = window.services.contact_details.details(cid)
    consents = [ConsentEntry("Newsletter", "2021-01-01", None, "form")]
    window.services.contact_details.save(cid, d.emails, d.phones, d.affiliations, consents)
    page = open_section(qtbot, window, "contact")
    table = record_table(window)
    total = len(column_texts(table))
    consent = page.findChild(QComboBox, "consentFilter")
    consent.setCurrentIndex(consent.findData("given"))
    settle(qtbot, window)
    assert column_texts(table) == ["Agnès Bickart"]
    consent.setCurrentIndex(consent.findData("none"))
    settle(qtbot, window)
    assert len(column_texts(table)) == total - 1
