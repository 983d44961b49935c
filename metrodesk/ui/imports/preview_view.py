"""The import wizard's preview page: the figures, and one line per row of the workbook with
what importing it would do. Rejected rows are red and block the import, with the reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metrodesk.services.imports.outcome import ImportReport
from metrodesk.services.imports.preview import (
    STATUSES,
    FieldChange,
    ImportPreview,
    PreviewRow,
)
from metrodesk.ui.imports.pages import heading

REJECTED_FG = QColor("#b42318")
DUPLICATE_FG = QColor("#9a6700")
STATUS_FG = {"new": QColor("#1a7f37"), "updated": QColor("#1858c4"), "unchanged": QColor("#656d76")}
COLUMNS = 5
RECORD, DETAILS, DUPLICATE = 2, 3, 4
WIDTHS = (96, 112, 170, 330, 230)
#: rows measured for their wrapped height; further rows keep the default height, so that
#: showing a preview of thousands of rows stays quick (the figures count them all anyway)
MEASURED_ROWS = 300
#: items get room around their text (rows hold several wrapped lines)
TABLE_STYLE = "QTableView::item { padding: 5px 8px; }"
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


def status_name(status: str) -> str:
    return {
        "new": _tr("New"),
        "updated": _tr("Updated"),
        "unchanged": _tr("Unchanged"),
        "rejected": _tr("Rejected"),
    }.get(status, status)


@dataclass(frozen=True)
class Line:
    """One row of the preview as the table shows it."""

    status: str
    where: str
    record: str
    changes: str
    reason: str
    duplicate: str


class PreviewPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewPage")
        self.lines: list[Line] = []
        self.totals: dict[str, int] = {}
        self.duplicates = 0
        self._blocked = ""
        self.summary = QLabel()
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.filter = QComboBox()
        self.filter.setObjectName("importStatusFilter")
        self.filter.addItem(_tr("All rows"), "")
        for status in STATUSES:
            self.filter.addItem(status_name(status), status)
        self.filter.addItem(_tr("Possible duplicates"), "duplicate")
        self.filter.currentIndexChanged.connect(lambda _: self._fill())
        self.model = PreviewModel(self)
        self.table = QTableView()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("importPreviewTable")
        self.table.setModel(self.model)
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(WIDTHS):
            self.table.setColumnWidth(column, width)
        # wrapped text needs its rows measured again whenever a column changes width
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._measure_rows)
        header.sectionResized.connect(lambda *_: self._rows_timer.start())
        self.empty = QLabel()
        self.empty.setObjectName("importPreviewEmpty")
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        show = QLabel(_tr("&Show:"))
        show.setBuddy(self.filter)
        top.addWidget(self.summary, 1)
        top.addWidget(show)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(
                _tr("Preview"),
                _tr("Nothing has been written yet. Import applies every row as one step, "
                    "which Edit › Undo reverts; a backup is made first."),
            )
        )  # fmt: skip
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def clear(self, text: str, failed: bool = False) -> None:
        """No preview (yet): `text` says why, in red when it is a failure."""
        self.lines, self.totals, self.duplicates = [], {}, 0
        self._blocked = text if failed else ""
        self.summary.setText("")
        self.empty.setText(text)
        self.empty.setStyleSheet("color: #b42318;" if failed else "")
        self.empty.setVisible(True)
        self.model.show([])

    def show_preview(self, preview: ImportPreview) -> None:
        self.lines = preview_lines(preview)
        self.totals = {status: int(getattr(preview, status)) for status in STATUSES}
        self.duplicates = preview.possible_duplicates
        summary = summary_text(self.totals, self.duplicates)
        if preview.rows_not_listed:
            summary += _tr(" ({count} more rows counted, not listed)").format(
                count=preview.rows_not_listed
            )
        self.summary.setText(summary)
        rejected = preview.rejected
        if rejected:
            self._blocked = (
                _tr("1 row is rejected: correct it in the workbook, then check again")
                if rejected == 1
                else _tr(
                    "{count} rows are rejected: correct them in the workbook, then check again"
                )
            ).format(count=rejected) + _tr(" (nothing is imported while a row is rejected)")
        elif not preview.new and not preview.updated:
            self._blocked = (
                _tr("nothing to import: every row matches what is already here")
                if preview.unchanged
                else _tr("no rows to import below the header row")
            )
        else:
            self._blocked = ""
        self.empty.setVisible(not self.lines)
        self.empty.setText(_tr("The sheet has no rows to import.") if not self.lines else "")
        self.empty.setStyleSheet("")
        self._fill()

    def blocked_reason(self) -> str:
        return self._blocked

    def _fill(self) -> None:
        wanted = self.filter.currentData()
        self.model.show(
            [
                ln
                for ln in self.lines
                if not wanted or ln.status == wanted or (wanted == "duplicate" and ln.duplicate)
            ]
        )
        self._measure_rows()

    def _measure_rows(self) -> None:
        for row in range(min(self.model.rowCount(), MEASURED_ROWS)):
            self.table.resizeRowToContents(row)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._rows_timer.start()


class PreviewModel(QAbstractTableModel):
    """The preview's lines, read by the view as it draws them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.lines: list[Line] = []
        self.headers = (
            _tr("Status"), _tr("Sheet, row"), _tr("Record"), _tr("Changes or reason"),
            _tr("Possible duplicate of"),
        )  # fmt: skip
        self.bold = QFont()
        self.bold.setBold(True)

    def show(self, lines: list[Line]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def text(self, row: int, column: int) -> str:
        line = self.lines[row]
        if column == 0:
            return status_name(line.status)
        if column == DETAILS:
            return line.reason if line.status == "rejected" else line.changes
        return (line.where, line.record, "", line.duplicate)[column - 1]

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole and column >= RECORD:
            return self.text(index.row(), column) or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == Qt.ItemDataRole.ForegroundRole:
            if line.status == "rejected":
                return REJECTED_FG
            if column == DUPLICATE and line.duplicate:
                return DUPLICATE_FG
            if column == 0:
                return STATUS_FG.get(line.status)
        if role == Qt.ItemDataRole.FontRole and line.status == "rejected" and column == 0:
            return self.bold
        return None


def summary_text(totals: dict[str, int], duplicates: int) -> str:
    figures = _tr("{new} new · {updated} updated · {unchanged} unchanged · {rejected} rejected")
    twins = (
        _tr("1 possible duplicate")
        if duplicates == 1
        else _tr("{count} possible duplicates").format(count=duplicates)
    )
    return figures.format(**{s: totals.get(s, 0) for s in STATUSES}) + " · " + twins


# ---------------------------------------------------------------------------------------------
# reading the services' preview


def preview_lines(preview: ImportPreview) -> list[Line]:
    return [_line(row) for row in preview.rows]


def _line(row: PreviewRow) -> Line:
    return Line(
        status=row.status,
        where=_tr("{sheet}, {row}").format(sheet=row.sheet, row=row.row),
        record=row.label,
        changes="\n".join(_change_text(c) for c in row.changes),
        reason=row.reason,
        duplicate="\n".join(str(hint) for hint in row.duplicates),
    )


def _change_text(change: FieldChange) -> str:
    empty = _tr("(empty)")
    return f"{change.label}: {change.old or empty} → {change.new or empty}"


def result_line(report: ImportReport) -> str:
    """One line for an applied import: what it did and how to take it back."""
    counts = report.sheets.values()
    return _tr(
        "Imported: {new} new, {updated} updated, {unchanged} unchanged. "
        "Edit › Undo reverts the whole import."
    ).format(
        new=sum(c.new for c in counts),
        updated=sum(c.updated for c in counts),
        unchanged=sum(c.unchanged for c in counts),
    )
