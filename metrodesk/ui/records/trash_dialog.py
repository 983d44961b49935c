"""The Trash: deleted records of every section, newest first; restore them, or empty the Trash
for good after a confirmation."""

from __future__ import annotations

import uuid
from datetime import UTC

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.facade import Services
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.records.trash import TrashItem
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import short_datetime

PAGE_SIZE = 200
COL_NAME, COL_KIND, COL_DELETED, COL_BY = range(4)
ITEM_ROLE = Qt.ItemDataRole.UserRole


def kind_text(kind: str) -> str:
    text = translated(kind_texts(kind).noun)
    return text[:1].upper() + text[1:]


class TrashDialog(QDialog):
    """Emits `message(text)` for the status bar; a restore or a purge is a write, which the
    runner announces to the lists."""

    message = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashDialog")
        self.setWindowTitle(_tr("Trash"))
        self.services = services
        self.runner = runner
        self.items: list[TrashItem] = []
        self.total = 0
        self._build()
        self.reload()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 18, 20, 16)
        outer.setSpacing(10)
        heading = QLabel(_tr("Trash"))
        heading.setObjectName("dialogHeading")
        outer.addWidget(heading)
        self.summary = QLabel()
        self.summary.setObjectName("trashSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        outer.addWidget(self._build_table(), 1)
        outer.addLayout(self._buttons_row())
        self.resize(760, 480)
        self._update_buttons()

    def _build_table(self) -> QTableWidget:
        """The deleted records, several selectable at once; a double click restores one."""
        table = self.table = QTableWidget(0, 4)
        table.setTabKeyNavigation(False)  # Tab leaves the table
        table.setObjectName("trashTable")
        table.setAccessibleName(_tr("Records in the Trash"))
        table.setHorizontalHeaderLabels([_tr("Name"), _tr("Kind"), _tr("Deleted"), _tr("By")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_KIND, COL_DELETED, COL_BY):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        table.itemSelectionChanged.connect(self._update_buttons)
        table.doubleClicked.connect(lambda _index: self.restore_selected())
        return table

    def _buttons_row(self) -> QHBoxLayout:
        """Show more and Empty Trash on the left; Restore (the default) and Close."""
        row = QHBoxLayout()
        self.more_button = QPushButton(_tr("Show more"))
        self.more_button.setObjectName("moreButton")
        self.more_button.clicked.connect(self.load_more)
        self.empty_button = QPushButton(_tr("Empty Trash…"))
        self.empty_button.setObjectName("emptyTrashButton")
        self.empty_button.clicked.connect(self.ask_empty)
        self.restore_button = QPushButton(_tr("Restore"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setProperty("primary", True)
        self.restore_button.setDefault(True)
        self.restore_button.clicked.connect(self.restore_selected)
        close = QPushButton(_tr("Close"))
        close.setObjectName("closeButton")
        close.clicked.connect(self.reject)
        row.addWidget(self.more_button)
        row.addWidget(self.empty_button)
        row.addStretch(1)
        row.addWidget(self.restore_button)
        row.addWidget(close)
        return row

    # --- reading ----------------------------------------------------------------------------

    def reload(self) -> None:
        trash = self.services.trash
        self.runner.read(
            lambda: (trash.count(), trash.page(0, PAGE_SIZE)), success=self._show, parent=self
        )

    def load_more(self) -> None:
        trash, start = self.services.trash, len(self.items)
        self.runner.read(
            lambda: (trash.count(), trash.page(start, PAGE_SIZE)),
            success=lambda result: self._show(result, append=True),
            parent=self,
        )

    def _show(self, result: tuple[int, list[TrashItem]], append: bool = False) -> None:
        self.total, items = result
        self.items = [*self.items, *items] if append else list(items)
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            deleted = item.deleted_at.replace(tzinfo=UTC).astimezone()
            for col, text in enumerate(
                (item.label, kind_text(item.kind), short_datetime(deleted), item.deleted_by)
            ):
                cell = QTableWidgetItem(text)
                if col == COL_NAME:
                    cell.setData(ITEM_ROLE, (item.kind, item.id))
                    cell.setToolTip(item.label)
                self.table.setItem(r, col, cell)
        if not self.total:
            self.summary.setText(_tr("The Trash is empty."))
        else:
            self.summary.setText(
                _tr(
                    "%n deleted records, newest first. Restore brings a record back with "
                    "its e-mails, phones and links; emptying the Trash removes them for good.",
                    "",
                    self.total,
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.selected()))
        self.empty_button.setEnabled(self.total > 0)
        self.more_button.setVisible(len(self.items) < self.total)

    def selected(self) -> list[tuple[str, uuid.UUID]]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        out = []
        for r in rows:
            cell = self.table.item(r, COL_NAME)
            if cell is not None:
                out.append(cell.data(ITEM_ROLE))
        return out

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    # --- acting -----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        trash = self.services.trash

        def restore() -> int:
            for kind, record_id in chosen:
                trash.restore(kind, record_id)
            return len(chosen)

        self.runner.write(restore, success=self._restored, parent=self)

    def _restored(self, count: int) -> None:
        self.message.emit(_tr("Restored %n records", "", count))
        self.reload()

    def ask_empty(self) -> QMessageBox:
        """Asks first (window-modal, not blocking); only Yes empties the Trash."""
        box = QMessageBox(self)
        box.setObjectName("confirmEmptyTrash")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(_tr("Empty Trash"))
        box.setText(_tr("Delete the %n records in the Trash for good?", "", self.total))
        box.setInformativeText(_tr("They cannot be restored from the Trash afterwards."))
        yes = box.addButton(_tr("Empty Trash"), QMessageBox.ButtonRole.DestructiveRole)
        yes.setObjectName("confirmEmptyButton")
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: self.empty() if button is yes else None)
        box.open()
        return box

    def empty(self) -> None:
        trash = self.services.trash
        self.runner.write(trash.empty, success=self._emptied, parent=self)

    def _emptied(self, count: int) -> None:
        self.message.emit(_tr("Trash emptied: %n records deleted for good", "", count))
        self.reload()
