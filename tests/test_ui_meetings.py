"""Writing up a meeting end to end in the GUI: people with roles, an action item, notes; then
the follow-up is marked done, the meeting reopened from the dashboard, minutes and calendar."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta

import icalendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QListWidget, QPushButton, QWidget
from ui_support import column_texts, open_section, open_window, settle, type_text

from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.meetings.dialog import MeetingDialog

SOON = date.today() + timedelta(days=3)


def _pick(qtbot, picker, text: str) -> None:
    """Type a name into a record picker and wait until it names exactly one record."""
    type_text(qtbot, picker.edit, text)
    qtbot.waitUntil(lambda: picker.chosen() is not None, timeout=5000)


def _new_meeting(qtbot, window) -> MeetingDialog:
    page = open_section(qtbot, window, "meeting")
    qtbot.mouseClick(page.findChild(QPushButton, "newButton"), Qt.MouseButton.LeftButton)
    dialog = window.findChild(MeetingDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _write_up(qtbot, window) -> MeetingDialog:
    dialog = _new_meeting(qtbot, window)
    assert dialog.windowTitle() == "New meeting"
    qtbot.keyClicks(dialog.editor("title").edit, "Board review of the training programme")
    qtbot.keyClicks(dialog.editor("starts_at").edit, f"{SOON.isoformat()} 09:30")
    qtbot.keyClicks(
        dialog.editor("ends_at").edit, f"{(SOON + timedelta(days=1)).isoformat()} 17:00"
    )
    qtbot.keyClicks(dialog.editor("city").edit, "Barcelona")
    # the notes, with a heading and bold text
    notes = dialog.editor("notes_html")
    notes.edit.setFocus()
    qtbot.keyClicks(notes.edit, "Outcome")
    notes.set_heading(2)
    qtbot.keyClick(notes.edit, Qt.Key.Key_Return)
    notes.set_heading(0)
    qtbot.keyClicks(notes.edit, "Budget approved ")
    qtbot.mouseClick(dialog.findChild(QWidget, "notesBold"), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(notes.edit, "unanimously")
    # two people, each with a role
    people = dialog.participants
    _pick(qtbot, people.picker, "Agnès Bickart")
    qtbot.keyClicks(people.role, "chair")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addParticipant"), Qt.MouseButton.LeftButton)
    _pick(qtbot, people.picker, "KIM Chang-Beom")
    qtbot.keyClicks(people.role, "guest")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addParticipant"), Qt.MouseButton.LeftButton)
    assert [(p.name, p.role) for p in people.value()] == [
        ("Agnès Bickart", "chair"),
        ("KIM Chang-Beom", "guest"),
    ]
    # a decision and an action item owned by one of them
    qtbot.keyClicks(dialog.findChild(QLineEdit, "decisionsListInput"), "Run the course twice")
    qtbot.keyClick(dialog.findChild(QLineEdit, "decisionsListInput"), Qt.Key.Key_Return)
    actions = dialog.action_items
    qtbot.keyClicks(actions.description, "Send the board pack")
    _pick(qtbot, actions.owner, "Agnès Bickart")
    qtbot.keyClicks(actions.due, (SOON + timedelta(days=10)).isoformat())
    qtbot.mouseClick(dialog.findChild(QPushButton, "addAction"), Qt.MouseButton.LeftButton)
    assert actions.table.rowCount() == 1
    return dialog


def test_write_up_a_meeting_then_follow_it_up(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    dialog = _write_up(qtbot, window)
    save = dialog.findChild(QPushButton, "saveButton")
    assert save.isEnabled()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(MeetingDialog) is None)
    settle(qtbot, window)
    services = window.services
    (hit,) = services.search.find("board review training", kinds=("meeting",))
    minutes = services.meetings.minutes(hit.id)
    assert minutes.ends_at is not None and minutes.ends_at.date() == SOON + timedelta(days=1)
    assert [p.role for p in minutes.parts.participants] == ["chair", "guest"]
    assert minutes.parts.decisions == ("Run the course twice",)
    assert "<h2" in minutes.notes_html and "font-weight" in minutes.notes_html
    assert services.history.state().undo == "New meeting"  # one undo step for all of it
    # the notes are searchable as text
    assert services.search.find("unanimously", kinds=("meeting",))

    # the action item is in the Action items section: mark it done from the list
    page = open_section(qtbot, window, "action_item")
    qtbot.keyClicks(page.search_box, "board pack")
    qtbot.waitUntil(lambda: column_texts(page.table) == ["Send the board pack"])
    page.select_row(0)
    qtbot.mouseClick(page.findChild(QPushButton, "markDoneButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.text(0, "status") == "Done")
    action = services.meetings.parts(hit.id).actions[0]
    assert action.status == "done" and action.done_on == date.today()

    # the dashboard lists the meeting as upcoming; a click shows it, Enter opens it
    window.show_section(0)
    settle(qtbot, window)
    meetings = window.findChild(QListWidget, "meetingsList")
    qtbot.waitUntil(
        lambda: any(meetings.item(i).text() == minutes.title for i in range(meetings.count()))
    )
    item = next(
        meetings.item(i)
        for i in range(meetings.count())
        if meetings.item(i).text() == minutes.title
    )
    qtbot.mouseClick(
        meetings.viewport(), Qt.MouseButton.LeftButton, pos=meetings.visualItemRect(item).center()
    )
    section = window.current_page()
    assert section is not None and section.kind == "meeting"
    assert section.current_record_id() == hit.id
    qtbot.keyClick(section.table, Qt.Key.Key_Return)
    reopened = window.findChild(MeetingDialog)
    assert reopened is not None and reopened.record_id == hit.id
    assert [p.name for p in reopened.participants.value()] == ["Agnès Bickart", "KIM Chang-Beom"]
    assert reopened.action_items.value()[0].status == "done"

    # minutes to PDF, and the meeting to a calendar file
    pdf, ics = tmp_path / "minutes.pdf", tmp_path / "meeting.ics"
    reopened.export_pdf(pdf)
    reopened.export_ics(ics)
    settle(qtbot, window)
    qtbot.waitUntil(pdf.exists)
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Board review of the training programme" in " ".join(text.split())
    for word in ("Agnès Bickart", "Run the course twice", "Send the board pack", "Barcelona"):
        assert word in text
    qtbot.waitUntil(ics.exists)
    (event,) = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    assert str(event["summary"]) == minutes.title
    reopened.reject()


def test_saving_nothing_changed_writes_nothing(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "meeting")
    page.select_row(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = window.findChild(MeetingDialog)
    assert dialog is not None and dialog.participants.table.rowCount() >= 4
    before = window.services.history.state()
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(MeetingDialog) is None)
    assert window.services.history.state() == before


def test_a_bad_due_date_in_the_follow_up_is_named(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _new_meeting(qtbot, window)
    qtbot.keyClicks(dialog.editor("title").edit, "Quick call")
    qtbot.keyClicks(dialog.editor("starts_at").edit, "2026-01-05 10:00")
    qtbot.keyClicks(dialog.action_items.description, "Call back")
    qtbot.keyClicks(dialog.action_items.due, "next week")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addAction"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "actionsError")
    assert not error.isHidden() and "YYYY-MM-DD" in error.text()
    assert dialog.action_items.table.rowCount() == 0
    dialog.reject()


def test_meetings_list_filters_and_several_meetings_to_one_calendar(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "meeting")
    assert page.model.rowCount() == 2
    qtbot.keyClicks(page.findChild(QLineEdit, "cityFilter"), "Seoul")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.text(0, "city") == "Seoul"
    page.findChild(QLineEdit, "cityFilter").clear()
    qtbot.keyClicks(page.findChild(QLineEdit, "fromFilter"), "2019-01-01")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.text(0, "city") == "Barcelona"
    page.findChild(QLineEdit, "fromFilter").clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    # a filter nothing matches says so, in the list and in the count
    qtbot.keyClicks(page.findChild(QLineEdit, "cityFilter"), "Atlantis")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.table.empty_text == "No meetings match these filters"
    assert page.count_label.text() == "0 meetings"
    page.findChild(QLineEdit, "cityFilter").clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    page.table.selectAll()
    path = tmp_path / "both.ics"
    page.export_ics(page.selected_ids(), path)
    settle(qtbot, window)
    qtbot.waitUntil(path.exists)
    assert len(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == 2


def test_a_contact_shows_meetings_attended_and_last_met(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    (agnes,) = window.services.search.find("agnes", kinds=("contact",))
    dialog = window.edit_record("contact", agnes.id)
    assert isinstance(dialog, ContactDialog)
    settle(qtbot, window)
    label = dialog.findChild(QLabel, "lastMet")
    qtbot.waitUntil(lambda: label.text() == "Last met: 2019-11-26")
    assert dialog.meetings.count() == 2
    dialog.reject()


def test_ctrl_k_guangzhou_finds_the_world_congress(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QWidget, "globalSearch")
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClicks(box, "guangzhou")
    results = window.findChild(QListWidget, "globalSearchResults")
    qtbot.waitUntil(
        lambda: any(
            results.item(i).text() == "13th Metropolis World Congress"
            for i in range(results.count())
        )
    )
