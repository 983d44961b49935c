"""Dates as the user writes them: shown in the locale's short form everywhere (never a raw
2016-11-04T10:00:00), typed in that form, a short year or ISO, or picked from a calendar."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QCalendarWidget, QPushButton
from ui_support import column_texts, is_closed, open_section, open_window, settle

from metrodesk.ui.window.dates import parse_date, parse_datetime, show_date, show_datetime


@pytest.fixture
def locale():
    """Sets the user's locale for one test, then puts the machine's back."""
    before = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(before)


def test_dates_read_and_show_in_the_users_format(locale):
    locale("fr_FR")
    assert show_date(date(2016, 11, 4)) == "04/11/2016"
    assert show_datetime(datetime(2016, 11, 4, 10, 0)) == "04/11/2016 10:00"
    assert show_datetime(datetime(2016, 11, 4)) == "04/11/2016"  # a whole day
    for typed in ("04/11/2016", "4/11/2016", "4.11.16", "4-11-2016", " 2016-11-04 "):
        assert parse_date(typed) == date(2016, 11, 4), typed
    assert parse_datetime("4/11/2016 9:30") == datetime(2016, 11, 4, 9, 30)
    with pytest.raises(ValueError):
        parse_date("31/02/2016")
    locale("en_US")
    assert show_date(date(2016, 11, 4)) == "11/4/2016"
    assert parse_date("11/4/16") == date(2016, 11, 4)
    locale("C")
    assert show_date(date(2016, 11, 4)) == "2016-11-04"


def test_lists_and_editors_use_the_locale_and_the_calendar(qtbot, sample_path, locale):
    locale("fr_FR")
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "meeting")
    starts = column_texts(page.table, page.model.column("starts_at"))
    assert "04/11/2016 10:00" in starts and not any("T" in s or "-" in s for s in starts)
    page = open_section(qtbot, window, "action_item")
    assert "16/12/2016" in column_texts(page.table, page.model.column("due_on"))

    (hit,) = window.services.search.find("Draft the Metropolis Action Plan", kinds=("action_item",))
    dialog = window.edit_record("action_item", hit.id)
    settle(qtbot, window)
    due = dialog.editor("due_on").edit
    assert due.text() == "30/06/2020" and due.placeholderText() == "DD/MM/YYYY"
    # typed with a short year
    due.setFocus()
    due.selectAll()
    qtbot.keyClicks(due, "5/1/27")
    # or picked: Alt+Down opens the calendar on the date typed
    qtbot.keyClick(due, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    calendar = due.findChild(QCalendarWidget, "datePicker")
    qtbot.waitUntil(calendar.isVisible)
    assert calendar.selectedDate() == QDate(2027, 1, 5)
    calendar.activated.emit(QDate(2027, 1, 8))
    assert not calendar.isVisible() and due.text() == "08/01/2027"
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_closed(dialog))
    settle(qtbot, window)
    assert window.services.records.get("action_item", hit.id)["due_on"] == date(2027, 1, 8)
