"""The Meetings section: the list filtered by dates, kind, city, participant and tag; minutes of
the selected meeting to PDF, and the selected meetings (one or several) to a calendar file."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from metrodesk.data.enums import MeetingKind
from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.facade import Services
from metrodesk.services.meetings.meeting import MeetingFilter, MeetingMinutes
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.meetings.dialog import safe_filename
from metrodesk.ui.meetings.minutes_pdf import write_minutes_pdf
from metrodesk.ui.meetings.parts import Picker
from metrodesk.ui.records.date_edit import DateLineEdit
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.flow_layout import flow_row
from metrodesk.ui.window.sections import Section
from metrodesk.ui.window.style import set_invalid


def _date(edit: DateLineEdit) -> date | None:
    try:
        value = edit.value()
    except ValueError:
        return None
    return value if isinstance(value, date) else None


class MeetingSectionPage(SectionPage):
    def __init__(
        self,
        section: Section,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, services, runner, changes, parent)
        # several meetings can go to one calendar file
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._build_filters()
        self.pdf_written: Path | None = None
        self.ics_written: Path | None = None

    def _build_filters(self) -> None:
        """The meetings' own filters and their two exports, in a bar under the search row."""
        self._build_date_filters()
        self._build_record_filters()
        self.pdf_button = QPushButton(_tr("Minutes to PDF…"))
        self.pdf_button.setObjectName("minutesPdfButton")
        self.pdf_button.clicked.connect(self.ask_pdf)
        self.ics_button = QPushButton(_tr("Add to calendar…"))
        self.ics_button.setObjectName("calendarButton")
        self.ics_button.setToolTip(_tr("Save the selected meetings as an .ics calendar file"))
        self.ics_button.clicked.connect(self.ask_ics)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        filters = [self.starts_from, self.until, self.kind_box, self.city, self.person.widget]
        bar.addWidget(flow_row([*filters, self.tag]), 1)
        bar.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.ics_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(2, bar)  # type: ignore[attr-defined]
        self._fill_tags()

    def _build_date_filters(self) -> None:
        """From and To: meetings that start within the dates typed (either may be empty)."""
        self.starts_from = DateLineEdit()
        self.starts_from.setObjectName("fromFilter")
        self.starts_from.setPlaceholderText(_tr("From"))
        self.starts_from.setAccessibleName(_tr("Meetings from"))
        self.until = DateLineEdit()
        self.until.setObjectName("untilFilter")
        self.until.setPlaceholderText(_tr("To"))
        self.until.setAccessibleName(_tr("Meetings until"))
        for edit in (self.starts_from, self.until):
            edit.setMaximumWidth(150)
            edit.textChanged.connect(self._dates_typed)

    def _build_record_filters(self) -> None:
        """Kind, city, participant and tag."""
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindFilter")
        self.kind_box.addItem(_tr("Any kind"), "")
        for kind in MeetingKind:
            text = translated(kind.value)
            self.kind_box.addItem(text[:1].upper() + text[1:], kind.value)
        self.kind_box.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.city = QLineEdit()
        self.city.setObjectName("cityFilter")
        self.city.setAccessibleName(_tr("City"))
        self.city.setPlaceholderText(_tr("City"))
        self.city.setMaximumWidth(130)
        self.city.textChanged.connect(lambda *_: self.apply_filter())
        self.person = Picker(self.services, self.runner, "contact", "participantFilter")
        self.person.edit.setPlaceholderText(_tr("Participant"))
        self.person.edit.setAccessibleName(_tr("Participant"))
        self.person.edit.setMaximumWidth(200)
        self.person.edit.textChanged.connect(self._person_text)
        self.tag = QComboBox()
        self.tag.setObjectName("tagFilter")
        self.tag.setMinimumWidth(140)
        self.tag.currentIndexChanged.connect(lambda *_: self.apply_filter())

    def _fill_tags(self) -> None:
        def show(result: tuple[tuple[str, ...], tuple[str, ...]]) -> None:
            current = self.tag.currentData()
            self.tag.blockSignals(True)
            self.tag.clear()
            self.tag.addItem(_tr("Any tag"), "")
            for tag in result[1]:
                self.tag.addItem(tag, tag)
            self.tag.setCurrentIndex(max(self.tag.findData(current), 0))
            self.tag.blockSignals(False)

        self.runner.read(self.services.meetings.kinds_and_tags, success=show, parent=self)

    def _dates_typed(self, *_: object) -> None:
        bad = [e for e in (self.starts_from, self.until) if not e.is_readable()]
        for edit in (self.starts_from, self.until):
            set_invalid(edit, edit in bad)
        if not bad:
            self.apply_filter()

    def _person_text(self, _text: str) -> None:
        chosen = self.person.chosen()
        person = chosen[0] if chosen is not None else None
        if person != self.model.filters.get("participant_id"):
            self.apply_filter()

    def current_filter(self) -> MeetingFilter:
        chosen = self.person.chosen()
        return MeetingFilter(
            starts_from=_date(self.starts_from),
            starts_until=_date(self.until),
            kind=str(self.kind_box.currentData() or ""),
            city=self.city.text().strip(),
            participant_id=chosen[0] if chosen is not None else None,
            tag=str(self.tag.currentData() or ""),
        )

    def apply_filter(self) -> None:
        self.model.set_filters(asdict(self.current_filter()))

    def show_filters(self, filters: dict[str, Any]) -> None:
        """A saved view's filters (dates and ids as text), shown in the fields, then applied."""
        widgets = (self.starts_from, self.until, self.city, self.person.edit)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for edit, key in ((self.starts_from, "starts_from"), (self.until, "starts_until")):
                value = filters.get(key)
                edit.set_value(date.fromisoformat(value) if isinstance(value, str) else value)
            self.city.setText(str(filters.get("city") or ""))
            person = filters.get("participant_id")
            self.person.set_value(uuid.UUID(str(person)) if person else None)
            for combo, key in ((self.kind_box, "kind"), (self.tag, "tag")):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(str(filters.get(key) or "")), 0))
                combo.blockSignals(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.apply_filter()

    def _on_changed(self, changed: ChangeSet) -> None:
        super()._on_changed(changed)
        if changed.touches("meeting"):
            self._fill_tags()

    # --- minutes and calendar ---------------------------------------------------------------

    def selected_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.record_id(r) for r in rows]

    def ask_pdf(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            self.message.emit(_tr("Select one meeting to print its minutes"))
            return
        title = self.model.text(self.model.row_of(ids[0]) or 0, "title")
        start = str(Path.home() / safe_filename(title, ".pdf"))
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Minutes to PDF"), start, _tr("PDF files (*.pdf)")
        )
        if path:
            self.export_pdf(ids[0], Path(path))

    def export_pdf(self, meeting_id: uuid.UUID, path: Path) -> None:
        meetings = self.services.meetings

        def printed(minutes: MeetingMinutes) -> None:
            write_minutes_pdf(minutes, path)
            self.pdf_written = path
            self.message.emit(_tr("Minutes saved to {path}").format(path=path))

        self.runner.read(lambda: meetings.minutes(meeting_id), success=printed, parent=self)

    def ask_ics(self) -> None:
        ids = self.selected_ids()
        if not ids:
            self.message.emit(_tr("Select the meetings to add to a calendar"))
            return
        name = (
            "meetings.ics"
            if len(ids) > 1
            else safe_filename(self.model.text(self.model.row_of(ids[0]) or 0, "title"), ".ics")
        )
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Add to calendar"), str(Path.home() / name), _tr("Calendar files (*.ics)")
        )
        if path:
            self.export_ics(ids, Path(path))

    def export_ics(self, ids: list[uuid.UUID], path: Path) -> None:
        calendar = self.services.calendar

        def written(p: Path) -> None:
            self.ics_written = p
            self.message.emit(_tr("%n meetings saved to {path}", "", len(ids)).format(path=p))

        self.runner.read(lambda: calendar.write(ids, path), success=written, parent=self)
