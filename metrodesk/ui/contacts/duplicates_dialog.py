"""Edit › Find duplicates…: contacts that may be one person, with the reason, and Merge."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.contacts.duplicates import DuplicatePair
from metrodesk.services.contacts.merge import MergeResult
from metrodesk.services.facade import Services
from metrodesk.ui.contacts.merge_dialog import MergeDialog
from metrodesk.ui.records.editor_parts import make_table
from metrodesk.ui.runtime.ops import OpRunner

#: pairs listed at most (the best ones)
PAIR_LIMIT = 500


class DuplicatesDialog(QDialog):
    """Scans on the worker (with progress); `merged(MergeResult)` follows each merge."""

    merged = Signal(object)

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(_tr("Find duplicates"))
        self.resize(900, 520)
        self.services = services
        self.runner = runner
        self.pairs: list[DuplicatePair] = []
        self.merge_dialog: MergeDialog | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        self.summary = QLabel(_tr("Looking for contacts entered twice…"))
        self.summary.setObjectName("duplicatesSummary")
        self.summary.setWordWrap(True)
        self.table = make_table(
            "duplicatesTable",
            [_tr("Contact"), _tr("Possible duplicate"), _tr("Score"), _tr("Reason")],
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda *_: self.merge_selected())
        buttons = QDialogButtonBox()
        self.rescan_button = QPushButton(_tr("Scan again"))
        self.rescan_button.setObjectName("rescanButton")
        self.rescan_button.clicked.connect(self.scan)
        self.merge_button = QPushButton(_tr("Merge…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons.addButton(self.rescan_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("closeButton")
        buttons.rejected.connect(self.reject)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.scan()

    def scan(self) -> None:
        self.rescan_button.setEnabled(False)
        self.summary.setText(_tr("Looking for contacts entered twice…"))
        duplicates = self.services.duplicates
        self.runner.read(
            lambda progress: duplicates.find_duplicates(PAIR_LIMIT, progress),
            success=self.show_pairs,
            failure=self._failed,
            label=_tr("Looking for duplicate contacts…"),
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        self.rescan_button.setEnabled(True)
        self.summary.setText(_tr("The scan stopped: {reason}").format(reason=str(exc)))

    def show_pairs(self, pairs: tuple[DuplicatePair, ...]) -> None:
        self.rescan_button.setEnabled(True)
        self.pairs = list(pairs)
        self._fill()

    def _fill(self) -> None:
        if not self.pairs:
            self.summary.setText(_tr("No likely duplicates among the contacts."))
        elif len(self.pairs) >= PAIR_LIMIT:
            self.summary.setText(
                _tr("The %n most likely duplicates; merge them or scan again.", "", len(self.pairs))
            )
        else:
            self.summary.setText(_tr("%n possible duplicates.", "", len(self.pairs)))
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (
                _describe(pair.first.name, pair.first.email),
                _describe(pair.second.name, pair.second.email),
                str(pair.score),
                pair.reason,
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(self.current_pair() is not None)

    def current_pair(self) -> DuplicatePair | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().isRowSelected(row) if row >= 0 else False
        return self.pairs[row] if selected and row < len(self.pairs) else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def merge_selected(self) -> MergeDialog | None:
        pair = self.current_pair()
        if pair is None:
            return None
        dialog = MergeDialog(self.services, self.runner, pair.first.id, pair.second.id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        self.merge_dialog = dialog
        dialog.open()
        return dialog

    def _merged(self, result: MergeResult) -> None:
        # pairs that named the merged contact are settled; the others stay listed
        gone = result.merged_id
        self.pairs = [p for p in self.pairs if gone not in (p.first.id, p.second.id)]
        self._fill()
        self.merged.emit(result)


def _describe(name: str, email: str) -> str:
    return f"{name} <{email}>" if email else name
