"""A contact's editor with the meetings the person attended and when we last met them (derived
from the meetings, never typed), and the trainings the person took part in."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.services.facade import Services
from metrodesk.services.meetings import ContactMeetings
from metrodesk.services.training import ContactTraining
from metrodesk.ui.city_parts import fill_table, make_table
from metrodesk.ui.formatting import short_datetime
from metrodesk.ui.meeting_dialog import MeetingDialog
from metrodesk.ui.ops import OpRunner
from metrodesk.ui.record_dialog import RecordDialog
from metrodesk.ui.training_editor import SessionDialog

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactMeetings", text)


def _dates(t: ContactTraining) -> str:
    """'2021-03-15 – 2021-03-19', one date for a one-day session, '' when undated."""
    start = t.start_date.isoformat() if t.start_date else ""
    end = t.end_date.isoformat() if t.end_date else ""
    if start and end and end != start:
        return f"{start} – {end}"
    return start or end


class ContactDialog(RecordDialog):
    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "contact", record_id, parent)
        panel = QWidget()
        panel.setObjectName("contactMeetings")
        box = QVBoxLayout(panel)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        self.last_met = QLabel(_tr("Last met: …"))
        self.last_met.setObjectName("lastMet")
        self.meetings = QListWidget()
        self.meetings.setObjectName("attendedMeetings")
        self.meetings.setMaximumHeight(110)
        self.meetings.itemActivated.connect(self._open_meeting)
        box.addWidget(self.last_met)
        box.addWidget(self.meetings)
        self.trainings_title = QLabel(_tr("Trainings attended"))
        self.trainings_title.setObjectName("panelTitle")
        self.trainings = make_table(
            "contactTrainings",
            [
                _tr("Course"),
                _tr("Centre"),
                _tr("Dates"),
                _tr("Attended"),
                _tr("Certificate"),
            ],
        )
        self.trainings.setMaximumHeight(130)
        header = self.trainings.horizontalHeader()
        for column in (2, 3, 4):  # dates and the two flags: never cut short
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.trainings.setToolTip(_tr("Double-click a training to open its session"))
        self.trainings.itemActivated.connect(self._open_session)
        box.addWidget(self.trainings_title)
        box.addWidget(self.trainings)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, panel)
        meetings = services.meetings
        runner.run(lambda: meetings.for_contact(record_id), success=self.show_meetings, parent=self)
        training = services.training
        runner.run(
            lambda: training.contact_trainings(record_id), success=self.show_trainings, parent=self
        )

    def show_meetings(self, result: ContactMeetings) -> None:
        if result.last_met is None:
            self.last_met.setText(_tr("Last met: never (no meeting on record)"))
        else:
            self.last_met.setText(_tr("Last met: {date}").format(date=result.last_met.isoformat()))
        self.meetings.clear()
        for m in result.meetings:
            item = QListWidgetItem(f"{short_datetime(m.starts_at)} · {m.title} · {m.role}")
            item.setData(ID_ROLE, m.id)
            item.setToolTip(m.title)
            self.meetings.addItem(item)
        self.meetings.setVisible(bool(result.meetings))

    def show_trainings(self, rows: tuple[ContactTraining, ...]) -> None:
        self.trainings_title.setText(
            _tr("Trainings attended: none on record")
            if not rows
            else _tr("Trainings attended ({count})").format(count=len(rows))
        )
        fill_table(
            self.trainings,
            [(t.title, t.centre, _dates(t), t.attended, t.certificate_issued) for t in rows],
            [t.course_id for t in rows],
        )
        self.trainings.setVisible(bool(rows))

    def open_session(self, course_id: uuid.UUID) -> SessionDialog:
        dialog = SessionDialog(self.services, self.runner, course_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # a change of attendance there shows here at once
        record_id = self.record_id
        training = self.services.training
        if record_id is not None:
            dialog.saved.connect(
                lambda *_: self.runner.run(
                    lambda: training.contact_trainings(record_id),
                    success=self.show_trainings,
                    parent=self,
                )
            )
        dialog.open()
        return dialog

    def _open_session(self, item: QTableWidgetItem) -> None:
        first = self.trainings.item(item.row(), 0)
        if first is not None:
            self.open_session(first.data(ID_ROLE))

    def _open_meeting(self, item: QListWidgetItem) -> None:
        dialog = MeetingDialog(self.services, self.runner, item.data(ID_ROLE), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
