"""The Action items section: the list filtered by owner, status and due date, overdue items in
red, and Mark done for the selected item."""

from __future__ import annotations

import uuid
from dataclasses import asdict
from datetime import date
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.facade import Services
from metrodesk.services.lists.source import ListSource
from metrodesk.services.meetings.action_items import (
    DUE_OVERDUE,
    DUE_THIS_WEEK,
    STATUS_UNFINISHED,
    ActionFilter,
)
from metrodesk.services.meetings.meeting import ACTION_STATUSES, is_overdue
from metrodesk.ui.lists.record_model import RecordTableModel
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.meetings.parts import Picker
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.flow_layout import flow_row
from metrodesk.ui.window.sections import Section
from metrodesk.ui.window.style import colour

Index = QModelIndex | QPersistentModelIndex


class ActionTableModel(RecordTableModel):
    """Overdue rows (unfinished and past due) in red; `overdue(row)` says which."""

    def __init__(self, source: ListSource, runner: OpRunner) -> None:
        super().__init__(source, runner)
        self.today = date.today()

    def overdue(self, row: int) -> bool:
        values = self.values(row)
        due = values.get("due_on")
        return isinstance(due, date) and is_overdue(due, str(values.get("status")), self.today)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole and self.overdue(index.row()):
            return QBrush(colour("overdue"))
        if index.isValid() and role == Qt.ItemDataRole.BackgroundRole and self.overdue(index.row()):
            return QBrush(colour("overdue_background"))
        if (
            index.isValid()
            and role == Qt.ItemDataRole.ToolTipRole
            and self.keys[index.column()] == "due_on"
            and self.overdue(index.row())
        ):
            return _tr("Overdue")
        return super().data(index, role)


class ActionSectionPage(SectionPage):
    def __init__(
        self,
        section: Section,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, services, runner, changes, parent)
        self._build_filters()

    def make_model(self) -> RecordTableModel:
        return ActionTableModel(self.services.list_source(self.kind), self.runner)

    def _build_filters(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.owner = Picker(self.services, self.runner, "contact", "ownerFilter")
        self.owner.edit.setPlaceholderText(_tr("Any owner"))
        self.owner.edit.setAccessibleName(_tr("Owner"))
        self.owner.edit.setMaximumWidth(240)
        self.owner.edit.textChanged.connect(self._owner_text)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        self.status.addItem(_tr("Any status"), "")
        self.status.addItem(_tr("Not done yet"), STATUS_UNFINISHED)
        for status in ACTION_STATUSES:
            text = translated(status)
            self.status.addItem(text[:1].upper() + text[1:], status)
        self.due = QComboBox()
        self.due.setObjectName("dueFilter")
        self.due.addItem(_tr("Any due date"), "")
        self.due.addItem(_tr("Overdue"), DUE_OVERDUE)
        self.due.addItem(_tr("Due this week"), DUE_THIS_WEEK)
        self.status.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.due.currentIndexChanged.connect(lambda *_: self.apply_filter())
        self.done_button = QPushButton(_tr("Mark done"))
        self.done_button.setObjectName("markDoneButton")
        self.done_button.setToolTip(_tr("Mark the selected action item done today"))
        self.done_button.clicked.connect(self.mark_done)
        owner = QLabel(_tr("Owner"))
        owner.setBuddy(self.owner.widget)
        bar.addWidget(flow_row([owner, self.owner.widget, self.status, self.due]), 1)
        bar.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = self.layout()
        assert layout is not None
        layout.insertLayout(2, bar)  # type: ignore[attr-defined]

    def _owner_text(self, _text: str) -> None:
        """Picking an owner, or clearing the box, filters at once."""
        chosen = self.owner.chosen()
        owner_id = chosen[0] if chosen is not None else None
        if owner_id != self.model.filters.get("owner_id"):
            self.apply_filter()

    def current_filter(self) -> ActionFilter:
        chosen = self.owner.chosen()
        return ActionFilter(
            owner_id=chosen[0] if chosen is not None else None,
            status=str(self.status.currentData() or ""),
            due=str(self.due.currentData() or ""),
        )

    def set_filter(
        self, owner: tuple[uuid.UUID, str] | None = None, status: str = "", due: str = ""
    ) -> None:
        """Set the filters as a user would (tests, the dashboard)."""
        for combo, value in ((self.status, status), (self.due, due)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        if owner is None:
            self.owner.clear()
        else:
            self.owner.pick(*owner)
        self.apply_filter()

    def show_filters(self, filters: dict[str, Any]) -> None:
        """A saved view's filters (the owner's id as text), shown in the fields, applied."""
        owner = filters.get("owner_id")
        chosen = None
        if owner:
            owner_id = uuid.UUID(str(owner))
            self.owner.set_value(owner_id)
            chosen = (owner_id, self.owner.label)
        self.set_filter(chosen, str(filters.get("status") or ""), str(filters.get("due") or ""))

    def apply_filter(self) -> None:
        model = self.model
        if isinstance(model, ActionTableModel):
            model.today = date.today()
        model.set_filters(asdict(self.current_filter()))

    def mark_done(self) -> None:
        record_id = self.current_record_id()
        if record_id is None:
            self.message.emit(_tr("Select an action item first"))
            return
        actions = self.services.actions

        def done(_: object) -> None:
            self.message.emit(_tr("Marked done"))

        self.runner.write(lambda: actions.mark_done(record_id), success=done, parent=self)
