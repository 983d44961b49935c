"""A contact's editor with the meetings the person attended and when we last met them (derived
from the meetings, never typed)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from metrodesk.services.facade import Services
from metrodesk.services.meetings import ContactMeetings
from metrodesk.ui.formatting import short_datetime
from metrodesk.ui.meeting_dialog import MeetingDialog
from metrodesk.ui.ops import OpRunner
from metrodesk.ui.record_dialog import RecordDialog

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactMeetings", text)


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
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(2, panel)
        meetings = services.meetings
        runner.run(lambda: meetings.for_contact(record_id), success=self.show_meetings, parent=self)

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

    def _open_meeting(self, item: QListWidgetItem) -> None:
        dialog = MeetingDialog(self.services, self.runner, item.data(ID_ROLE), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
