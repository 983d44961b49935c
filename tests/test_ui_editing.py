"""One way of editing: every editor writes on Save in one undo step, Esc or closing a changed
editor asks first, editors open with the cursor in their first field, and a session's wrong
participant can be taken out."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from ui_support import column_texts, is_closed, open_window, settle, type_text

from metrodesk.services.training.network import NewParticipant
from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.training.editor import SessionDialog


def _agnes(window):
    (hit,) = window.services.search.find("agnes", kinds=("contact",))
    return hit.id


def _question(dialog) -> QMessageBox | None:
    return next(
        (b for b in dialog.findChildren(QMessageBox, "discardChangesBox") if b.isVisible()), None
    )


def test_esc_on_a_changed_editor_asks_before_throwing_work_away(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    agnes = _agnes(window)
    dialog = window.edit_record("contact", agnes)
    settle(qtbot, window)
    job = dialog.editor("job_title").edit
    job.setFocus()
    job.selectAll()
    type_text(qtbot, job, "Directrice")
    qtbot.keyClick(job, Qt.Key.Key_Escape)
    box = _question(dialog)
    assert box is not None
    # Esc again means "keep editing": nothing is lost
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _question(dialog) is None)
    assert dialog.isVisible() and job.text() == "Directrice"
    # Discard closes and writes nothing
    dialog.reject()
    box = _question(dialog)
    qtbot.mouseClick(box.findChild(QPushButton, "discardChangesButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_closed(dialog))
    assert window.services.records.get("contact", agnes)["job_title"] != "Directrice"


def test_save_from_the_question_writes_the_changes(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    agnes = _agnes(window)
    dialog = window.edit_record("contact", agnes)
    settle(qtbot, window)
    job = dialog.editor("job_title").edit
    job.setText("Directrice de la formation")
    dialog.close()  # the window's close button
    box = _question(dialog)
    assert box is not None
    qtbot.mouseClick(box.findChild(QPushButton, "saveChangesButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: is_closed(dialog))
    assert window.services.records.get("contact", agnes)["job_title"] == (
        "Directrice de la formation"
    )


def test_an_unchanged_editor_closes_at_once_with_focus_on_its_first_field(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = window.edit_record("contact", _agnes(window))
    settle(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.editors["honorific"].widget)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: is_closed(dialog))
    new = window.edit_record("organisation", None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is new.editors["name"].widget)
    new.reject()
    assert is_closed(new)


def test_a_wrong_session_participant_is_removed_on_save(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    training = window.services.training
    centre = next(c for c in training.centres() if c.city == "Cairo")
    people = [NewParticipant(given_name="Awa", family_name=name) for name in ("Diop", "Ndiaye")]
    course_id = training.create_session({"title": "Water", "centre_id": centre.id}, people)
    before = [p.name for p in training.session(course_id).participants]
    assert len(before) == 2
    dialog = SessionDialog(window.services, window.runner, course_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window)
    assert column_texts(dialog.participants_table) == before
    dialog.participants_table.selectRow(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "removeParticipant"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert column_texts(dialog.participants_table) == before[1:]
    assert [p.name for p in training.session(course_id).participants] == before  # not yet
    # taken back inside the editor, then done again and saved
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert column_texts(dialog.participants_table) == before
    dialog.participants_table.selectRow(0)
    qtbot.mouseClick(dialog.findChild(QPushButton, "removeParticipant"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [p.name for p in training.session(course_id).participants] == before[1:]
    assert window.services.history.state().undo == "Edit training session"


def test_contact_editor_fits_a_small_screen(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = window.edit_record("contact", _agnes(window))
    assert isinstance(dialog, ContactDialog)
    settle(qtbot, window)
    assert dialog.height() <= 700 and dialog.minimumSizeHint().height() <= 700
    assert dialog.minimumSizeHint().width() <= 1024


def test_every_editor_asks_on_esc_and_a_discard_writes_nothing(qtbot, sample_path):
    """Each kind's editor (plain, tabbed, the meeting's, the contact's): a changed text field,
    Esc asks, Discard closes, and nothing was written."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
    from ui_support import KINDS

    window = open_window(qtbot, sample_path)
    services = window.services
    for kind in KINDS:
        (first,) = services.lists.page(kind, "", 0, 1)
        before = services.history.state()
        dialog = window.edit_record(kind, first.id)
        settle(qtbot, window)
        edit = next(
            e.widget
            for e in dialog.editors.values()
            if type(e.widget) in (QLineEdit, QPlainTextEdit) and e.widget.isEnabled()
        )
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, "Changed by mistake")
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        box = _question(dialog)
        assert box is not None, kind
        qtbot.mouseClick(
            box.findChild(QPushButton, "discardChangesButton"), Qt.MouseButton.LeftButton
        )
        qtbot.waitUntil(lambda dialog=dialog: is_closed(dialog))
        settle(qtbot, window)
        assert services.history.state() == before, kind
