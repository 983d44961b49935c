"""The decisions an import's preview asks of the user: each organisation not on record (create
it, leave it out, or take it as an existing one), and each flagged row (add it as new, update
the contact it may be, or leave it out). Every change asks the wizard for a new preview."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QStandardItem
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.imports.choices import CREATE, NEW, SKIP, Decision
from metrodesk.services.imports.preview import NewName, PreviewRow
from metrodesk.services.records.forms import Field
from metrodesk.ui.records.field_editors import LABEL_ROLE, RefEditor
from metrodesk.ui.runtime.ops import OpRunner

COL_CREATE, COL_NAME, COL_PLACE, COL_ROWS, COL_INSTEAD = range(5)


class _ShowHits(QObject):
    """Opens a picker's suggestions when it gets the focus with nothing typed."""

    def __init__(self, editor: RefEditor) -> None:
        super().__init__(editor.edit)
        self.editor = editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        focused = event.type() == QEvent.Type.FocusIn
        if focused and not self.editor.edit.text() and self.editor.hits.rowCount():
            self.editor.completer.setCompletionPrefix("")
            self.editor.completer.complete()
        return False


class NamesPanel(QWidget):
    """The organisations the rows name that are not on record. `changed(decisions)` gives
    (kind, key) -> CREATE, SKIP or an existing record's id, for every name shown."""

    #: object, not dict: Qt would make a map of string keys of it, and these are tuples
    changed = Signal(object)

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importNewNames")
        self.services = services
        self.runner = runner
        self.names: list[NewName] = []
        self.pickers: list[RefEditor] = []
        self.boxes: list[QCheckBox] = []
        self._filling = False
        self.title = QLabel()
        self.title.setObjectName("panelTitle")
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("importNewNamesTable")
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setHorizontalHeaderLabels(
            [_tr("Create"), _tr("Name in the sheet"), _tr("City"), _tr("Rows"),
             _tr("Or take it as the existing…")]
        )  # fmt: skip
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setShowGrid(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for column in (COL_CREATE, COL_PLACE, COL_ROWS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_INSTEAD, QHeaderView.ResizeMode.Stretch)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(4)
        box.addWidget(self.title)
        box.addWidget(self.table)
        self.setVisible(False)

    def show_names(self, names: Sequence[NewName]) -> None:
        self._filling = True
        try:
            self.names = list(names)
            self.table.setRowCount(len(self.names))
            self.pickers, self.boxes = [], []
            for row, name in enumerate(self.names):
                self._fill_row(row, name)
        finally:
            self._filling = False
        created = sum(1 for n in self.names if n.decision == CREATE)
        self.title.setText(
            _tr("Organisations not on record: %n will be created", "", created)
            if len(self.names) != 1
            else _tr("An organisation not on record: {state}").format(
                state=_tr("it will be created") if created else _tr("it will not be created")
            )
        )
        rows = min(len(self.names), 3)  # more scroll: the rows below need the room
        height = self.table.horizontalHeader().height() + rows * 32 + 4
        self.table.setFixedHeight(height)
        self.setVisible(bool(self.names))

    def _fill_row(self, row: int, name: NewName) -> None:
        create = QCheckBox()
        create.setObjectName(f"createName{row}")
        create.setAccessibleName(_tr("Create {name}").format(name=name.name))
        create.setChecked(name.decision == CREATE)
        create.toggled.connect(lambda _on: self._edited())
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(8, 0, 8, 0)
        line.addWidget(create)
        self.table.setCellWidget(row, COL_CREATE, holder)
        self.boxes.append(create)
        self.table.setItem(row, COL_NAME, QTableWidgetItem(name.name))
        place = ", ".join(x for x in (name.city, name.country) if x)
        self.table.setItem(row, COL_PLACE, QTableWidgetItem(place))
        rows = QTableWidgetItem(str(name.rows))
        rows.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, COL_ROWS, rows)
        picker = RefEditor(
            Field("instead", "Organisation", "ref", ref_kind=name.kind),
            lambda _key: self._edited(),
            self.services,
            self.runner,
        )
        picker.edit.setObjectName(f"insteadName{row}")
        picker.edit.setAccessibleName(_tr("Instead of creating {name}").format(name=name.name))
        for record_id, label in name.similar:
            item = QStandardItem(label)
            item.setData(record_id, Qt.ItemDataRole.UserRole)
            item.setData(label, LABEL_ROLE)
            picker.hits.appendRow(item)
        if name.similar:
            picker.edit.setPlaceholderText(_tr("perhaps {name}?").format(name=name.similar[0][1]))
        if isinstance(name.decision, uuid.UUID):
            picker.set_value(name.decision)
        picker.edit.installEventFilter(_ShowHits(picker))
        self.table.setCellWidget(row, COL_INSTEAD, picker.edit)
        self.pickers.append(picker)

    def decision(self, row: int) -> Decision:
        picked = self.pickers[row].raw()
        if isinstance(picked, uuid.UUID):
            return picked
        return CREATE if self.boxes[row].isChecked() else SKIP

    def decisions(self) -> dict[tuple[str, str], Decision]:
        return {(n.kind, n.key): self.decision(r) for r, n in enumerate(self.names)}

    def _edited(self) -> None:
        if self._filling:
            return
        for row, picker in enumerate(self.pickers):
            if isinstance(picker.raw(), uuid.UUID) and self.boxes[row].isChecked():
                self.boxes[row].blockSignals(True)
                self.boxes[row].setChecked(False)
                self.boxes[row].blockSignals(False)
            if picker.edit.text().strip() and picker.raw() is None:
                return  # still typing: the new preview waits for a pick
        self.changed.emit(self.decisions())


def option_text(option: Decision, row: PreviewRow) -> str:
    if option == NEW:
        return _tr("Add as a new contact")
    if option == SKIP:
        return _tr("Leave this row out")
    name = next((h.name for h in row.duplicates if h.contact_id == option), row.label)
    return _tr("Update {name}").format(name=name)


def decision_combo(row: PreviewRow, decided: Callable[[tuple[str, int], Any], None]) -> QComboBox:
    """The choices for one flagged row; `decided((sheet, row), decision)` follows a change."""
    combo = QComboBox()
    combo.setObjectName(f"importDecision_{row.row}")
    combo.setAccessibleName(_tr("What to do with row {row}").format(row=row.row))
    for option in row.options:
        combo.addItem(option_text(option, row), option)
    chosen = row.options.index(row.decision) if row.decision in row.options else 0
    combo.setCurrentIndex(chosen)
    combo.currentIndexChanged.connect(lambda _i: decided((row.sheet, row.row), combo.currentData()))
    return combo
