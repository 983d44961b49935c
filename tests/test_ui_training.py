"""The training network in the GUI: open a satellite, add a session with two participants
(one of them new), see the figures per year, a contact's trainings and the reports."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget, QWidget
from ui_support import column_texts, open_section, open_window, record_table, settle, type_text

from metrodesk.services.training.network import NewParticipant
from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.training.editor import CentreDialog, ContactTrainingsDialog, SessionDialog


def _open_centre(qtbot, window, city: str) -> CentreDialog:
    page = open_section(qtbot, window, "training_centre")
    table = record_table(window)
    assert len(column_texts(table)) == 5
    row = column_texts(table, 2).index(city)
    page.select_row(row)
    page.open_current()
    dialog = window.findChild(CentreDialog)
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, window)
    return dialog


def _pick_contact(qtbot, window, editor, words: str) -> None:
    editor.edit.setFocus()
    type_text(qtbot, editor.edit, words)
    editor.search()
    settle(qtbot, window)
    hit = editor.hits.item(0)
    editor.pick(hit.data(Qt.ItemDataRole.UserRole), hit.data(Qt.ItemDataRole.UserRole + 1))


def test_open_the_satellite_view(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open_centre(qtbot, window, "Paris")
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Sessions and participants"
    assert dialog.sessions_table.rowCount() == 0
    dialog.tabs.setCurrentIndex(2)
    assert column_texts(dialog.contacts_table) == ["Agnès Bickart"]
    assert dialog.editors["city"].edit.text() == "Paris"


def test_add_a_session_with_two_participants(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    centre = _open_centre(qtbot, window, "Cairo")
    qtbot.mouseClick(centre.findChild(QPushButton, "newSessionButton"), Qt.MouseButton.LeftButton)
    session = window.findChild(SessionDialog)
    assert session is not None and session.isVisible()
    settle(qtbot, window)
    assert session.editors["centre_id"].edit.text() == "Cairo training satellite"
    qtbot.keyClicks(session.editor("title").edit, "Integrated urban governance")
    qtbot.keyClicks(session.editor("start_date").edit, "2021-03-15")
    qtbot.keyClicks(session.editor("end_date").edit, "2021-03-19")
    session.tabs.setCurrentIndex(1)
    # an existing contact, picked from the suggestions
    _pick_contact(qtbot, window, session.participant_ref, "agnes")
    session.attended.setChecked(True)
    qtbot.mouseClick(
        session.findChild(QPushButton, "addParticipantButton"), Qt.MouseButton.LeftButton
    )
    # someone who is not a contact yet
    type_text(qtbot, session.new_given, "Nour")
    type_text(qtbot, session.new_family, "El-Sayed")
    qtbot.keyClicks(session.new_email, "nour@example.org")
    qtbot.mouseClick(
        session.findChild(QPushButton, "addParticipantButton"), Qt.MouseButton.LeftButton
    )
    assert column_texts(session.participants_table) == [
        "Agnès Bickart",
        "Nour El-Sayed (new contact)",
    ]
    qtbot.mouseClick(session.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(SessionDialog) is None)
    settle(qtbot, window)
    assert column_texts(centre.sessions_table) == ["Integrated urban governance"]
    assert column_texts(centre.sessions_table, 6) == ["2"]
    assert column_texts(centre.years_table)[:3] == ["2021"]
    assert centre.years_table.item(0, 2).text() == "2"
    assert window.undo_action.text() == "&Undo New training session"
    # the new person is a contact now
    hits = window.services.search.find("nour el-sayed", 3, kinds=("contact",))
    assert [h.label for h in hits] == ["Nour El-Sayed"]

    # open it again: participants are written at once; a contact's trainings are one step away
    centre.sessions_table.selectRow(0)
    session = centre.open_session(centre.sessions_table.item(0, 0).data(Qt.ItemDataRole.UserRole))
    settle(qtbot, window)
    assert column_texts(session.participants_table) == ["Agnès Bickart", "Nour El-Sayed"]
    session.participants_table.selectRow(0)
    trainings = session.show_contact_trainings()
    assert isinstance(trainings, ContactTrainingsDialog)
    settle(qtbot, window)
    assert column_texts(trainings.table) == ["Integrated urban governance"]
    assert trainings.table.item(0, 4).text() == "Yes"


def test_reports_show_charts_and_export(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    reports = window.show_reports(0)
    settle(qtbot, window)
    chart = reports.membership.regions_chart.chart()
    assert chart.title() == "Member cities by region and status"
    assert chart.axes(Qt.Orientation.Horizontal)[0].categories() == [
        "Africa",
        "Asia-Pacific",
        "Europe",
        "North America",
    ]
    assert column_texts(reports.membership.regions_table)[-1] == "Total"
    reports.membership.export_to(tmp_path / "membership.xlsx")
    settle(qtbot, window)
    assert reports.membership.exported == tmp_path / "membership.xlsx"
    assert (tmp_path / "membership.xlsx").stat().st_size > 0
    reports.tabs.setCurrentIndex(1)
    assert reports.training.sessions_chart.chart().title() == "Sessions per centre and year"


def test_a_contacts_trainings_are_in_the_contact_editor(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    services = window.services
    (agnes,) = services.search.find("agnes", kinds=("contact",))
    centre = next(c for c in services.training.centres() if c.city == "Cairo")
    course = services.training.create_session(
        {
            "title": "Integrated urban governance",
            "centre_id": centre.id,
            "start_date": "2021-03-15",
            "end_date": "2021-03-19",
        },
        [NewParticipant(agnes.id, attended=True, certificate_issued=True)],
    )
    dialog = window.edit_record("contact", agnes.id)
    assert isinstance(dialog, ContactDialog)
    settle(qtbot, window)
    table = dialog.findChild(QTableWidget, "contactTrainings")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    dialog.tabs.setCurrentWidget(dialog.findChild(QWidget, "contactMeetings"))
    assert table.isVisibleTo(dialog)
    assert dialog.trainings_title.text() == "Trainings attended (1)"
    assert [table.item(0, c).text() for c in range(5)] == [
        "Integrated urban governance",
        "Cairo training satellite",
        "2021-03-15 – 2021-03-19",
        "Yes",
        "Yes",
    ]
    dialog.resize(900, 820)
    dialog.grab().save(str(tmp_path / "contact_trainings.png"))
    # one step to the session
    table.setCurrentCell(0, 0)
    table.itemActivated.emit(table.item(0, 0))
    session = dialog.findChild(SessionDialog)
    assert session is not None and session.isVisible() and session.record_id == course
    settle(qtbot, window)
    assert column_texts(session.participants_table) == ["Agnès Bickart"]
    # a certificate corrected there shows here once saved
    session.participants_table.selectRow(0)
    qtbot.mouseClick(session.toggle_attended, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert session.participants_table.item(0, 3).text() == ""
    assert table.item(0, 4).text() == "Yes"
    qtbot.mouseClick(session.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: table.item(0, 4).text() == "")
    dialog.reject()


def test_a_contact_without_trainings_says_so(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    (agnes,) = window.services.search.find("agnes", kinds=("contact",))
    dialog = window.edit_record("contact", agnes.id)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: dialog.trainings_title.text() == "Trainings attended: none on record")
    assert not dialog.trainings.isVisibleTo(dialog)
    dialog.reject()


def test_a_new_programme_is_created_from_the_file_menu(qtbot, sample_path):
    from PySide6.QtWidgets import QLineEdit

    from metrodesk.ui.records.record_dialog import RecordDialog

    window = open_window(qtbot, sample_path)
    window.new_programme_action.trigger()
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.isVisible()
    name = dialog.findChild(QLineEdit, "field_name")
    qtbot.keyClicks(name, "Urban Innovation Academy")
    save = dialog.findChild(QPushButton, "saveButton")
    qtbot.waitUntil(save.isEnabled)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.services.search.find("urban innovation academy") != [])
    hit = window.services.search.find("urban innovation academy")[0]
    assert (hit.kind, hit.label) == ("programme", "Urban Innovation Academy")
