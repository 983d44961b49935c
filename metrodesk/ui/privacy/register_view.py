"""The register of access exports and erasures, as a tab of the personal data review: every
line (who, when, what, which record; never the erased data), and Export register… to a
workbook for the data protection officer."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.privacy.personal_data import PersonalData
from metrodesk.services.privacy.register import ACCESS, ERASURE, RegisterEntry
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import short_datetime


def table(name: str, accessible: str, headers: Sequence[str]) -> QTableWidget:
    """A read-only list of whole rows, as the review's two tabs show them."""
    view = QTableWidget(0, len(headers))
    view.setObjectName(name)
    view.setAccessibleName(accessible)
    view.setTabKeyNavigation(False)  # Tab leaves the table
    view.setHorizontalHeaderLabels(list(headers))
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(28)
    header = view.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class RegisterView(QWidget):
    """Emits `message(text)` for the status bar once the register is written."""

    message = Signal(str)

    def __init__(self, service: PersonalData, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("registerView")
        self.service = service
        self.runner = runner
        self.entries: list[RegisterEntry] = []
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("registerSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = table("registerTable", _tr("Register of access exports and erasures"),
                           (_tr("When"), _tr("By"), _tr("What"), _tr("Person"),
                            _tr("Details")))  # fmt: skip
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.export_button = QPushButton(_tr("E&xport register…"))
        self.export_button.setObjectName("exportRegisterButton")
        self.export_button.clicked.connect(lambda: self.export())
        row.addWidget(self.export_button)
        layout.addLayout(row)

    def reload(self) -> None:
        self.runner.read(self.service.register, success=self._show, parent=self)

    def _show(self, entries: list[RegisterEntry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for r, entry in enumerate(reversed(entries)):  # newest first
            when = short_datetime(entry.done_at.replace(tzinfo=UTC).astimezone())
            cells = (when, entry.done_by, self._what(entry.event), self._person(entry), entry.note)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, col, item)
        if entries:
            self.summary.setText(
                _tr(
                    "Each access export and erasure, who made it and when, newest first "
                    "({n} lines). The erased data itself is never kept here."
                ).format(n=len(entries))
            )
        else:
            self.summary.setText(
                _tr(
                    "No access export or erasure has been made yet. Each one will be listed "
                    "here, with who made it and when."
                )
            )
        self.export_button.setEnabled(bool(entries))

    @staticmethod
    def _what(event: str) -> str:
        if event == ACCESS:
            return _tr("Access export")
        if event == ERASURE:
            return _tr("Erasure")
        return event

    @staticmethod
    def _person(entry: RegisterEntry) -> str:
        if entry.person:
            return entry.person
        if entry.event == ERASURE:
            return _tr("(erased) {id}").format(id=entry.person_id)
        return entry.person_id

    def export(self, path: Path | None = None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, _tr("Export the register"), _tr("register.xlsx"), "Excel (*.xlsx)"
            )
            if not chosen:
                return
            path = Path(chosen)
        target, service = path, self.service
        self.runner.run(
            lambda _progress: service.export_register(target),
            success=lambda n: self.message.emit(
                _tr("Register written to {file} ({n} lines)").format(file=target.name, n=n)
            ),
            label=_tr("Writing the register…"),
            parent=self,
        )
