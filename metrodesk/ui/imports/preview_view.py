"""The import wizard's preview page: the figures, the organisations the rows name that are not
on record, and one line per row of the workbook with what importing it would do. Rejected rows
are red with every reason, and are left out of the import; flagged rows (a possible
duplicate, the same person twice, a contact found by e-mail) say what will be done, and the
user may decide otherwise, row by row."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QShowEvent
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

from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import field_text
from metrodesk.services.facade import Services
from metrodesk.services.imports.choices import Decision
from metrodesk.services.imports.outcome import ImportReport
from metrodesk.services.imports.preview import (
    STATUSES,
    FieldChange,
    ImportPreview,
    PreviewRow,
)
from metrodesk.ui.imports.choices_view import NamesPanel, decision_combo
from metrodesk.ui.imports.pages import heading
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.style import colour, set_invalid

#: the colour role of each kind of preview line
STATUS_ROLE = {"new": "success", "updated": "accent", "unchanged": "muted"}
COLUMNS = 6
RECORD, DETAILS, DUPLICATE, DECISION = 2, 3, 4, 5
WIDTHS = (92, 124, 150, 230, 160, 190)
#: flagged rows given a choice box at most (further ones keep what the preview decided)
DECISION_WIDGETS = 300
#: rows measured for their wrapped height; further rows keep the default height, so that
#: showing a preview of thousands of rows stays quick (the figures count them all anyway)
MEASURED_ROWS = 300
#: items get room around their text (rows hold several wrapped lines)
TABLE_STYLE = "QTableView::item { padding: 5px 8px; }"
Index = QModelIndex | QPersistentModelIndex


def status_name(status: str) -> str:
    return {
        "new": _tr("New"),
        "updated": _tr("Updated"),
        "unchanged": _tr("Unchanged"),
        "rejected": _tr("Rejected"),
        "skipped": _tr("Left out"),
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
    #: the row as the services described it (its options, for a flagged row)
    source: PreviewRow | None = None


class PreviewPage(QWidget):
    """`choices_changed()` follows a decision of the user: the wizard previews again."""

    choices_changed = Signal()

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importPreviewPage")
        self.lines: list[Line] = []
        self.totals: dict[str, int] = {}
        self.duplicates = 0
        self.importable = 0
        self._blocked = ""
        #: the user's decisions: (kind, key) of a new name, (sheet, row) of a flagged row
        self.name_choices: dict[tuple[str, str], Decision] = {}
        self.row_choices: dict[tuple[str, int], Decision] = {}
        self.names = NamesPanel(services, runner)
        self.names.changed.connect(self._names_decided)
        self.summary = QLabel()
        self.summary.setObjectName("importPreviewSummary")
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-size: 11pt; font-weight: 600;")
        self.filter = self._build_filter()
        self.model = PreviewModel(self)
        self.table = self._build_table()
        # wrapped text needs its rows measured again whenever a column changes width
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._measure_rows)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._rows_timer.start())
        self.empty = QLabel()
        self.empty.setObjectName("importPreviewEmpty")
        self.empty.setWordWrap(True)
        self._lay_out()

    def _build_filter(self) -> QComboBox:
        """Which rows the table shows: all, those of one status, duplicates, e-mail matches."""
        combo = QComboBox()
        combo.setObjectName("importStatusFilter")
        combo.addItem(_tr("All rows"), "")
        for status in STATUSES:
            combo.addItem(status_name(status), status)
        combo.addItem(_tr("Possible duplicates"), "duplicate")
        combo.addItem(_tr("Matched by e-mail"), "matched")
        combo.currentIndexChanged.connect(lambda _: self._fill())
        return combo

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setTabKeyNavigation(False)  # Tab leaves the table
        table.setObjectName("importPreviewTable")
        table.setModel(self.model)
        table.setStyleSheet(TABLE_STYLE)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(True)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(WIDTHS):
            table.setColumnWidth(column, width)
        return table

    def _lay_out(self) -> None:
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
                _tr("Nothing has been written yet. Import applies every valid row as one step, "
                    "which Edit › Undo reverts; a backup is made first."),
            )
        )  # fmt: skip
        layout.addLayout(top)
        layout.addWidget(self.names)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)

    def _names_decided(self, decisions: dict[tuple[str, str], Decision]) -> None:
        self.name_choices = decisions
        self.choices_changed.emit()

    def _row_decided(self, key: tuple[str, int], decision: Decision) -> None:
        self.row_choices[key] = decision
        self.choices_changed.emit()

    def reset_choices(self) -> None:
        """Another file or mapping: the decisions taken for the last one no longer apply."""
        self.name_choices, self.row_choices = {}, {}

    def clear(self, text: str, failed: bool = False) -> None:
        """No preview (yet): `text` says why, in red when it is a failure."""
        self.lines, self.totals, self.duplicates, self.importable = [], {}, 0, 0
        self._blocked = text if failed else ""
        self.summary.setText("")
        self.empty.setText(text)
        set_invalid(self.empty, failed)
        self.empty.setVisible(True)
        self.model.show([])

    def show_preview(self, preview: ImportPreview) -> None:
        self.lines = preview_lines(preview)
        self.totals = {status: int(getattr(preview, status)) for status in STATUSES}
        self.duplicates = preview.possible_duplicates
        self.importable = preview.new + preview.updated
        self.names.show_names(preview.new_names)
        summary = summary_text(self.totals, self.duplicates, preview.matched_by_email)
        if preview.rows_not_listed:
            summary += _tr(" (%n more rows counted, not listed)", "", preview.rows_not_listed)
        self.summary.setText(summary)
        if not preview.new and not preview.updated:
            self._blocked = (
                _tr("nothing to import: every row matches what is already here")
                if preview.unchanged
                else _tr("no rows to import below the header row")
            )
        else:
            self._blocked = ""
        self.empty.setVisible(not self.lines)
        self.empty.setText(_tr("The sheet has no rows to import.") if not self.lines else "")
        set_invalid(self.empty, False)
        self._fill()

    def blocked_reason(self) -> str:
        return self._blocked

    def rejected_note(self) -> str:
        """What happens to rejected rows, said beside the Import button."""
        rejected = self.totals.get("rejected", 0)
        if not rejected:
            return ""
        return _tr(
            "%n rows are rejected: they are left out, and can be saved to a workbook to correct",
            "",
            rejected,
        )

    def _fill(self) -> None:
        wanted = self.filter.currentData()
        self.model.show(
            [
                ln
                for ln in self.lines
                if not wanted
                or ln.status == wanted
                or (wanted == "duplicate" and ln.duplicate)
                or (wanted == "matched" and ln.source is not None and ln.source.matched)
            ]
        )
        self._decision_widgets()
        self._measure_rows()

    def _decision_widgets(self) -> None:
        shown = 0
        for r, line in enumerate(self.model.lines):
            row = line.source
            if row is None or not row.options or shown >= DECISION_WIDGETS:
                continue
            combo = decision_combo(row, self._row_decided)
            self.table.setIndexWidget(self.model.index(r, DECISION), combo)
            shown += 1

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
            _tr("Possible duplicate of"), _tr("What to do"),
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
        if column == DECISION:
            return ""
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
                return colour("error")
            if column == DUPLICATE and line.duplicate:
                return colour("warning")
            if column == 0:
                status_role = STATUS_ROLE.get(line.status)
                return colour(status_role) if status_role else None
        if role == Qt.ItemDataRole.FontRole and line.status == "rejected" and column == 0:
            return self.bold
        return None


def summary_text(totals: dict[str, int], duplicates: int, matched: int = 0) -> str:
    figures = _tr("{new} new · {updated} updated · {unchanged} unchanged · {rejected} rejected")
    twins = _tr("%n possible duplicates", "", duplicates)
    text = figures.format(**{s: totals.get(s, 0) for s in STATUSES}) + " · " + twins
    if totals.get("skipped"):
        text += " · " + _tr("%n left out", "", totals["skipped"])
    if matched:
        text += " · " + _tr("%n found by e-mail", "", matched)
    return text


# ---------------------------------------------------------------------------------------------
# reading the services' preview


def preview_lines(preview: ImportPreview) -> list[Line]:
    return [_line(row) for row in preview.rows]


def _line(row: PreviewRow) -> Line:
    changes = [_change_text(c) for c in row.changes]
    if row.matched:
        changes.insert(0, _tr("Found by its e-mail: updates this contact"))
    duplicates = [str(hint) for hint in row.duplicates]
    return Line(
        status=row.status,
        where=_tr("{sheet}, {row}").format(sheet=row.sheet, row=row.row),
        record=row.label,
        changes="\n".join(changes),
        reason="\n".join(row.problems) if row.problems else row.reason,
        duplicate="\n".join(duplicates),
        source=row,
    )


def _change_text(change: FieldChange) -> str:
    empty = _tr("(empty)")
    label = field_text(change.label)
    return f"{label}: {change.old or empty} → {change.new or empty}"


def result_line(report: ImportReport) -> str:
    """One line for an applied import: what it did and how to take it back."""
    counts = report.sheets.values()
    text = _tr(
        "Imported: {new} new, {updated} updated, {unchanged} unchanged. "
        "Edit › Undo reverts the whole import."
    ).format(
        new=sum(c.new for c in counts),
        updated=sum(c.updated for c in counts),
        unchanged=sum(c.unchanged for c in counts),
    )
    rejected = sum(c.rejected for c in counts)
    if rejected:
        text += " " + _tr("%n rejected rows were left out.", "", rejected)
    return text
