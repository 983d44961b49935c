"""The record editor: built from the form table, checked as the user types, saved in the
background, and the list follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from ui_support import (
    column_texts,
    current_page,
    open_section,
    open_window,
    record_table,
    search_box,
    settle,
    type_text,
)

from metrodesk.services.records.forms import FORMS
from metrodesk.ui.records.record_dialog import RecordDialog


def _new_dialog(qtbot, window, kind: str) -> RecordDialog:
    page = open_section(qtbot, window, kind)
    qtbot.mouseClick(page.findChild(QPushButton, "newButton"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_new_contact_is_checked_as_typed_then_saved_and_selected(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _new_dialog(qtbot, window, "contact")
    assert dialog.windowTitle() == "New contact"
    save = dialog.findChild(QPushButton, "saveButton")
    # the editor is the form table: one editor and one error label per field
    assert [k for k in dialog.editors] == [f.key for f in FORMS["contact"]]
    # a required field is empty: Save waits, but nothing is flagged before the user was there
    assert not save.isEnabled()
    assert not dialog.findChild(QLabel, "error_family_name").isVisible()

    type_text(qtbot, dialog.editor("given_name").edit, "Jürgen")
    qtbot.keyClicks(dialog.editor("family_name").edit, "Huber")
    assert save.isEnabled()

    email = dialog.editor("email").edit
    qtbot.keyClicks(email, "jhuber@")
    error = dialog.findChild(QLabel, "error_email")
    assert error.isVisible()
    assert "not a valid e-mail address" in error.text()
    assert not save.isEnabled()

    qtbot.keyClicks(email, "berlin.de")
    assert not error.isVisible()
    assert save.isEnabled()

    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is None)
    settle(qtbot, window)
    table = record_table(window)
    current = table.currentIndex()
    assert current.isValid() and table.selectionModel().isRowSelected(current.row())
    assert table.model().index(current.row(), 0).data() == "Jürgen Huber"
    assert "Jürgen Huber" in column_texts(table)
    assert window.services.lists.count("contact") == 10


def test_phone_is_checked_against_the_country(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _new_dialog(qtbot, window, "contact")
    qtbot.keyClicks(dialog.editor("family_name").edit, "Won")
    qtbot.keyClicks(dialog.editor("phone").edit, "02-2133-0000")
    error = dialog.findChild(QLabel, "error_phone")
    assert "start with + and the country code" in error.text()
    # naming the country makes the national number valid
    qtbot.keyClicks(dialog.editor("country").edit, "KR")
    assert not error.isVisible()
    assert dialog.findChild(QPushButton, "saveButton").isEnabled()
    assert dialog.changes()["phone"] == "+82221330000"


def test_editing_writes_only_what_changed(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "member_city")
    qtbot.keyClicks(search_box(window), "seoul")
    table = record_table(window)
    qtbot.waitUntil(lambda: column_texts(table) == ["Seoul"])
    table.selectRow(0)
    current_page(window).open_current()
    dialog = window.findChild(RecordDialog)
    assert dialog.changes() == {}

    population = dialog.editor("population").edit
    population.clear()
    qtbot.keyClicks(population, "9.7 million")
    assert dialog.findChild(QLabel, "error_population").text() == "must be a whole number"
    population.clear()
    qtbot.keyClicks(population, "9668465")
    assert dialog.changes() == {"population": 9668465}
    qtbot.keyClick(population, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is None)
    settle(qtbot, window)
    record_id = table.model().record_id(0)
    assert window.services.records.get("member_city", record_id)["population"] == 9668465
    assert table.model().text(0, "population") == "9,668,465"


def test_a_link_is_picked_from_search_hits(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _new_dialog(qtbot, window, "contact")
    qtbot.keyClicks(dialog.editor("family_name").edit, "Lee")
    org = dialog.editor("organisation_id")
    org.edit.setFocus()
    qtbot.keyClicks(org.edit, "seoul human")
    # while the words name no record, the field says so and Save waits
    assert dialog.findChild(QLabel, "error_organisation_id").isVisible()
    qtbot.waitUntil(lambda: org.hits.rowCount() == 1)
    hit = org.hits.item(0)
    assert hit.text() == "Seoul Human Resource Development Center (SHRDC) — Seoul · South Korea"
    org.pick(hit.data(Qt.ItemDataRole.UserRole), hit.data(Qt.ItemDataRole.UserRole + 1))
    assert not dialog.findChild(QLabel, "error_organisation_id").isVisible()
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(RecordDialog) is None)
    settle(qtbot, window)
    qtbot.keyClicks(search_box(window), "lee")
    table = record_table(window)
    qtbot.waitUntil(lambda: table.model().rowCount() == 1)
    assert table.model().text(0, "organisation").startswith("Seoul Human Resource")


def test_rules_across_fields_are_shown_at_the_field(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _new_dialog(qtbot, window, "meeting")
    qtbot.keyClicks(dialog.editor("title").edit, "Board meeting")
    starts = dialog.editor("starts_at").edit
    qtbot.keyClicks(starts, "26/11/2019")
    assert "YYYY-MM-DD" in dialog.findChild(QLabel, "error_starts_at").text()
    starts.clear()
    qtbot.keyClicks(starts, "2019-11-27 09:00")
    qtbot.keyClicks(dialog.editor("ends_at").edit, "2019-11-26 18:00")
    save = dialog.findChild(QPushButton, "saveButton")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    # the services refuse it, the dialog stays open and says why, at the field
    assert dialog.isVisible()
    assert dialog.findChild(QLabel, "error_ends_at").text() == "is before the start"
    assert window.services.lists.count("meeting") == 2
    dialog.reject()


def test_every_kind_opens_an_editor_with_optional_dates_left_empty(qtbot, db_path):
    window = open_window(qtbot, db_path)
    for kind in FORMS:
        dialog = window.edit_record(kind)
        for key, f in dialog.fields.items():
            assert dialog.findChild(QLabel, f"error_{key}") is not None
            if f.type == "date":
                assert dialog.cleaned[key] is None
        dialog.reject()


def test_closing_the_editor_while_a_search_runs_is_harmless(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _new_dialog(qtbot, window, "contact")
    org = dialog.editor("organisation_id")
    org.edit.setFocus()
    qtbot.keyClicks(org.edit, "metropolis")
    org.search()
    dialog.reject()
    settle(qtbot, window)
    assert window.findChild(RecordDialog) is None
