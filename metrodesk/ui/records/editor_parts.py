"""Small pieces the member-city and training editors share: a record editor with tabs beside
its form, read-only tables, and a line of fields with an error under it."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.facade import Services
from metrodesk.services.records.drafts import Made, Step, StepRefused
from metrodesk.ui.records.record_dialog import RecordDialog
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.window.flow_layout import flow_row
from metrodesk.ui.window.formatting import amount, display, number, short_date, short_datetime
from metrodesk.ui.window.style import colour


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return _tr("Yes") if value else ""
    if isinstance(value, Decimal):
        return amount(value)
    if isinstance(value, datetime):
        return short_datetime(value)
    if isinstance(value, date):
        return short_date(value)
    if isinstance(value, int):
        return number(value) if value >= 10000 else str(value)
    return display("", value)


def make_table(name: str, headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setObjectName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk its cells
    # what a screen reader calls the table unless the caller names it better
    table.setAccessibleName(_tr("Table of {columns}").format(columns=", ".join(headers)))
    table.setHorizontalHeaderLabels(list(headers))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(28)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    # the first column names the row (a city, a centre, a session): never cut short
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setMinimumSectionSize(70)
    return table


def fill_table(
    table: QTableWidget,
    rows: Sequence[Sequence[Any]],
    ids: Sequence[object] | None = None,
    alert: Sequence[bool] | None = None,
) -> None:
    """Rows of values (shown with `cell_text`); `ids` go to UserRole of column 0; rows whose
    `alert` is true are drawn in red (overdue fees)."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(cell_text(value))
            if isinstance(value, int | Decimal) and not isinstance(value, bool):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if ids is not None and c == 0:
                item.setData(Qt.ItemDataRole.UserRole, ids[r])
            if alert is not None and alert[r]:
                item.setBackground(colour("overdue_background"))
                item.setForeground(colour("overdue"))
            table.setItem(r, c, item)


def selected_id(table: QTableWidget) -> Any:
    row = table.currentRow()
    item = table.item(row, 0) if row >= 0 else None
    return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


def select_row_with(table: QTableWidget, text: str, column: int = 0) -> bool:
    for r in range(table.rowCount()):
        item = table.item(r, column)
        if item is not None and item.text() == text:
            table.selectRow(r)
            return True
    return False


class ErrorLine(QLabel):
    """The reason an action of a tab was refused, shown under the fields that caused it."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(f"error_{name}")
        self.setWordWrap(True)
        self.setVisible(False)

    def show_error(self, exc: BaseException) -> bool:
        """True when shown here; other failures go to the usual dialog."""
        if isinstance(exc, ValidationError):
            self.setText(f"{exc.field}: {exc.message}")
        elif isinstance(exc, ServiceError):
            self.setText(str(exc))
        else:
            return False
        self.setVisible(True)
        return True

    def clear_error(self) -> None:
        self.setVisible(False)
        self.setText("")


def labelled_row(pairs: list[tuple[str, QWidget]]) -> QWidget:
    """Labelled fields and buttons side by side, wrapping onto a second line when the dialog
    is narrow; each label is its field's buddy (Alt+letter, screen readers)."""
    items: list[QWidget] = []
    for label, widget in pairs:
        if not label:
            items.append(widget)
            continue
        pair = QWidget()
        line = QHBoxLayout(pair)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(6)
        text = QLabel(label)
        text.setBuddy(widget)
        widget.setAccessibleName(widget.accessibleName() or label)
        line.addWidget(text)
        line.addWidget(widget)
        items.append(pair)
    return flow_row(items, "fieldRow")


class TabbedRecordDialog(RecordDialog):
    """The form-driven editor of one record, its form on a "Details" tab and further tabs
    beside it. What the tabs do is kept as a draft (`Step`s), shown by rehearsing it (see
    `services/records/drafts.py`) and written with the form on Save, one undo step; Cancel
    leaves nothing behind."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        kind: str,
        record_id: uuid.UUID | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, kind, record_id, parent)
        #: the steps of the newest rehearsal asked for (the draft once it has come back)
        self._requested: list[Step] = []
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        scroll = self.findChild(QScrollArea)
        assert scroll is not None
        outer.removeWidget(scroll)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setAccessibleName(_tr("Parts of the record"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, _tr("Details"))
        outer.insertWidget(1, self.tabs, 1)
        self.undo_button = QPushButton(_tr("Undo last change"))
        self.undo_button.setObjectName("undoDraftButton")
        self.undo_button.setToolTip(_tr("Take back the newest change not saved yet"))
        self.undo_button.clicked.connect(self.undo_last_change)
        self.undo_button.setAutoDefault(False)  # Enter in a field saves, never undoes
        self.undo_button.setVisible(False)
        self.bottom_row.insertWidget(1, self.undo_button)
        self.resize(860, 640)

    def add_tab(self, widget: QWidget, title: str) -> None:
        widget.setObjectName(widget.objectName() or f"tab_{title}")
        self.tabs.addTab(widget, title)

    # --- the draft --------------------------------------------------------------------------

    def detail_reader(self) -> Callable[[], Any] | None:
        """What the tabs show, read on the worker (subclasses); None: nothing to read."""
        return None

    def show_detail(self, detail: Any) -> None:
        """Fill the tabs from what `detail_reader` read (subclasses)."""

    def ref(self, record_id: Any) -> Any:
        """A record id as a step takes it: one made by an earlier step stays that step's."""
        return self.made.get(record_id, record_id) if isinstance(record_id, uuid.UUID) else None

    def act(
        self,
        step: Step,
        error: ErrorLine,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Add `step` to the draft once a rehearsal shows the services accept it; its reason
        goes under the tab's fields otherwise, and the draft stays as it was."""
        error.clear_error()
        self._rehearse([*self._requested, step], error, then)

    def undo_last_change(self) -> None:
        """Take back the newest unsaved change of the tabs."""
        if self.draft:
            self._rehearse(self.draft[:-1], None, None)

    def reload(self) -> None:
        """Read the tabs again, with the draft applied."""
        self._rehearse(list(self.draft), None, None)

    def draft_changed(self) -> None:
        super().draft_changed()
        self.undo_button.setVisible(bool(self.draft))

    def _rehearse(
        self,
        steps: list[Step],
        error: ErrorLine | None,
        then: Callable[[Any], None] | None,
    ) -> None:
        read = self.detail_reader()
        if read is None:
            return
        drafts, reader = self.services.drafts, read
        self._requested = steps

        def work() -> tuple[list[Any], Any]:
            return drafts.rehearse(steps, reader) if steps else ([], reader())

        def done(result: tuple[list[Any], Any]) -> None:
            results, detail = result
            self.draft = steps
            self.made = {r: Made(i) for i, r in enumerate(results) if isinstance(r, uuid.UUID)}
            self.show_detail(detail)
            if then is not None:
                then(results[-1] if results else None)
            self.draft_changed()

        def failed(exc: BaseException) -> None:
            self._requested = list(self.draft)
            cause = exc.cause if isinstance(exc, StepRefused) else exc
            if error is None or not error.show_error(cause):
                report_failure(self, cause)

        # a rehearsal writes in a transaction it rolls back: on the worker, with the writes
        self.runner.write(work, success=done, failure=failed, parent=self)
