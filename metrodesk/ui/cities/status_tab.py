"""The city editor's Status tab: the current status, its dated history, and a change of it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.detail import CityDetail
from metrodesk.services.records.drafts import Step
from metrodesk.ui.cities.tab_parts import CityTab, named_button, named_date, named_line
from metrodesk.ui.records.editor_parts import ErrorLine, fill_table, make_table
from metrodesk.ui.window.formatting import choice_text


class StatusTab(CityTab):
    """The Status tab of `CityDialog` (a part of it, in a file of its own)."""

    def _build_status_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("statusTab")
        box = QVBoxLayout(tab)
        self.status_label = QLabel()
        self.status_label.setObjectName("currentStatus")
        box.addWidget(self.status_label)
        self.history_table = make_table("historyTable", [_tr("Date"), _tr("Status"), _tr("Note")])
        box.addWidget(self.history_table, 1)
        row = QHBoxLayout()
        self.next_status = QComboBox()
        self.next_status.setObjectName("nextStatus")
        self.status_date = named_date("statusDate", today=True)
        self.status_note = named_line("statusNote", _tr("Note (why, decided by whom)"))
        self.status_button = named_button("changeStatusButton", _tr("Change status"), True)
        self.status_button.clicked.connect(self.change_status)
        for label, widget in (
            (_tr("New status"), self.next_status),
            (_tr("on"), self.status_date),
            ("", self.status_note),
        ):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if widget is self.status_note else 0)
        row.addWidget(self.status_button)
        box.addLayout(row)
        self.status_error = ErrorLine("statusChange")
        box.addWidget(self.status_error)
        self.add_tab(tab, _tr("Status"))

    def _show_status(self, d: CityDetail) -> None:
        self.status_label.setText(
            _tr("Current status: <b>{status}</b>").format(status=choice_text(d.status))
        )
        fill_table(
            self.history_table,
            [(h.changed_on, choice_text(h.status), h.note) for h in reversed(d.history)],
            [h.id for h in reversed(d.history)],
        )
        self.next_status.clear()
        for s in d.next_statuses:
            self.next_status.addItem(choice_text(s), s)
        self.status_button.setEnabled(bool(d.next_statuses))
        status = self.editors["status"]
        status.set_value(d.status)
        self.original["status"] = d.status

    def change_status(self) -> None:
        city_id, status = self.record_id, self.next_status.currentData()
        when, note = self.status_date.service_value(), self.status_note.text()
        if city_id is None or not status:
            return
        self.act(
            Step(self.services.cities.change_status, (city_id, status, when, note), part="status"),
            self.status_error,
            lambda _: self.status_note.clear(),
        )
