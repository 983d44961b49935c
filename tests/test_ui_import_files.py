"""Moving in through the window: the welcome page's "Import from Outlook or Google…", a French
Outlook export and an Outlook calendar previewed and imported, then imported again to show
that nothing doubles."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QPushButton
from ui_support import open_window, settle

from metrodesk.ui.imports.wizard import CALENDAR, DONE, PREVIEW, ImportWizard

DATA = Path(__file__).parent / "data" / "imports"


def click(qtbot, wizard: ImportWizard, name: str) -> None:
    button = wizard.findChild(QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def wizard_from_welcome(qtbot, window, path: Path) -> ImportWizard:
    welcome = window.dashboard.welcome
    button = welcome.findChild(QPushButton, "importOutlookButton")
    assert button.isVisible() and button.accessibleName() == "Import from Outlook or Google…"
    wizard = welcome.import_contacts(path=path)
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=60_000)
    return wizard


def summary(wizard: ImportWizard) -> str:
    return wizard.findChild(QLabel, "importPreviewSummary").text()


def import_and_close(qtbot, window, wizard: ImportWizard) -> str:
    click(qtbot, wizard, "importCommitButton")
    qtbot.waitUntil(lambda: wizard.page() == DONE and not wizard.busy(), timeout=60_000)
    result = wizard.findChild(QLabel, "importResult").text()
    click(qtbot, wizard, "importCancelButton")
    settle(qtbot, window)
    return result


def test_outlook_contacts_from_the_welcome_page_twice(qtbot, db_path: Path, tmp_path: Path):
    window = open_window(qtbot, db_path)
    window.resize(1024, 640)

    wizard = wizard_from_welcome(qtbot, window, DATA / "outlook_fr.csv")

    # an Outlook export goes straight to the preview: no sheet to choose, no column to map
    assert wizard.page() == PREVIEW
    state = wizard.findChild(QLabel, "importFileState").text()
    assert state.startswith("Outlook contacts (French), Windows-1252, semicolons: 5 people")
    # five people, and the four organisations they work for, which the empty database lacks:
    # listed apart, to be created (or taken as existing ones)
    assert summary(wizard).startswith("5 new · 0 updated · 0 unchanged · 0 rejected")
    assert wizard.preview_page.names.title.text() == (
        "Organisations not on record: 4 will be created"
    )
    wizard.grab().save(str(tmp_path / "outlook-preview.png"))
    assert "5 new" in import_and_close(qtbot, window, wizard)
    assert window.services.lists.count("contact") == 5
    assert window.services.lists.count("organisation") == 4

    wizard = wizard_from_welcome(qtbot, window, DATA / "outlook_fr.csv")
    assert summary(wizard).startswith("0 new · 0 updated · 5 unchanged · 0 rejected")
    click(qtbot, wizard, "importCancelButton")
    assert window.services.lists.count("contact") == 5


def test_an_outlook_calendar_with_its_range_twice(qtbot, sample_path: Path, tmp_path: Path):
    window = open_window(qtbot, sample_path)
    meetings = window.services.lists.count("meeting")
    people = window.services.lists.count("contact")
    wizard = window.import_excel(path=DATA / "outlook_calendar.ics")
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=60_000)

    # a calendar first asks for the days its recurring meetings are expanded in
    assert wizard.page() == CALENDAR
    assert "Outlook calendar: 6 events, 1 of them recurring series" in (
        wizard.findChild(QLabel, "importCalendarSummary").text()
    )
    start = wizard.findChild(QDateEdit, "importCalendarFrom")
    until = wizard.findChild(QDateEdit, "importCalendarUntil")
    until.setDate(QDate(2025, 1, 1))
    assert "last day is before the first" in wizard.findChild(QLabel, "importMessage").text()
    assert not wizard.findChild(QPushButton, "importNextButton").isEnabled()
    start.setDate(QDate(2026, 1, 1))
    until.setDate(QDate(2026, 2, 28))
    assert wizard.findChild(QCheckBox, "importAddPeopleCheck").isChecked()
    wizard.grab().save(str(tmp_path / "calendar-page.png"))
    click(qtbot, wizard, "importNextButton")
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=60_000)

    # January and February: six Mondays (one deleted) and the moved Tuesday, the three single
    # events, and four people not in the sample yet
    assert summary(wizard).startswith("14 new · 0 updated · 0 unchanged · 0 rejected")
    options = wizard.calendar_options()
    assert options is not None and (options.start, options.end) == (
        date(2026, 1, 1),
        date(2026, 3, 1),
    )
    import_and_close(qtbot, window, wizard)
    added = window.services.lists.count("meeting") - meetings
    assert added == 10
    assert window.services.lists.count("contact") == people + 4

    wizard = window.import_excel(path=DATA / "outlook_calendar.ics")
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=60_000)
    wizard.findChild(QDateEdit, "importCalendarFrom").setDate(QDate(2026, 1, 1))
    wizard.findChild(QDateEdit, "importCalendarUntil").setDate(QDate(2026, 2, 28))
    click(qtbot, wizard, "importNextButton")
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=60_000)
    assert "0 new" in summary(wizard) and "10 unchanged" in summary(wizard)
    click(qtbot, wizard, "importCancelButton")
    assert window.services.lists.count("meeting") - meetings == 10
