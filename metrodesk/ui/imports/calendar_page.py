"""The import wizard's page for a calendar: the days recurring events are expanded in, and
whether attendees MetroDesk does not know yet become contacts."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.imports.calendar_apply import CalendarOptions
from metrodesk.services.imports.calendar_file import default_range
from metrodesk.services.imports.file_sample import FileSample
from metrodesk.ui.imports.pages import heading


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class CalendarPage(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importCalendarPage")
        self.summary = QLabel()
        self.summary.setObjectName("importCalendarSummary")
        self.summary.setWordWrap(True)
        self.start = self._date_edit("importCalendarFrom", _tr("First day"))
        self.until = self._date_edit("importCalendarUntil", _tr("Last day"))
        self.add_people = QCheckBox(_tr("&Add attendees who are not in MetroDesk yet as contacts"))
        self.add_people.setObjectName("importAddPeopleCheck")
        self.add_people.setChecked(True)
        self.add_people.toggled.connect(lambda _: self.changed.emit())
        hint = QLabel(
            _tr(
                "Attendees are matched to contacts by their e-mail. Without this, the people "
                "not found are counted among each meeting's other attendees."
            )
        )
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(_tr("Expand recurring meetings &from:"), self.start)
        form.addRow(_tr("&until:"), self.until)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(
            heading(
                _tr("Which meetings?"),
                _tr(
                    "Every event becomes a meeting, and the same calendar imported again "
                    "updates them. A recurring meeting brings one meeting per occurrence "
                    "between these two days."
                ),
            )
        )
        layout.addWidget(self.summary)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(self.add_people)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.reset()

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(lambda _: self.changed.emit())
        return edit

    def reset(self, today: date | None = None) -> None:
        start, end = default_range(today)
        self.start.setDate(_qdate(start))
        self.until.setDate(_qdate(end - timedelta(days=1)))
        self.add_people.setChecked(True)

    def load(self, sample: FileSample) -> None:
        self.summary.setText(
            _tr("{what}: {events} events, {series} of them recurring series.").format(
                what=sample.description, events=sample.count, series=sample.series
            )
        )

    def problem(self) -> str:
        if self.until.date() < self.start.date():
            return _tr("The last day is before the first.")
        return ""

    def options(self) -> CalendarOptions:
        start = _day(self.start.date())
        end = _day(self.until.date()) + timedelta(days=1)
        return CalendarOptions(start, end, add_new_people=self.add_people.isChecked())
