"""The import wizard's pages for a workbook of another layout: which sheet and header row, and
which column is which field. They only read the sample the wizard loaded; nothing here touches
the database."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.imports.mapping import (
    KINDS,
    ColumnMapping,
    SheetSample,
    WorkbookSample,
    cell_text,
    column_letter,
    guess_columns,
    guess_header_row,
    guess_kind,
    mapped_twice,
    target_fields,
)
from metrodesk.ui.window.style import colour

#: sample values shown per source column
SAMPLE_COUNT = 3
Index = QModelIndex | QPersistentModelIndex


def kind_name(kind: str) -> str:
    return {"contact": _tr("Contacts"), "organisation": _tr("Organisations")}[kind]


def heading(text: str, detail: str) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 6)
    title = QLabel(text)
    title.setObjectName("dialogHeading")
    sub = QLabel(detail)
    sub.setObjectName("subtitle")
    sub.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(sub)
    return box


class SheetPage(QWidget):
    """Sheet, header row and record kind, over a grid of the sheet's first rows in which the
    header row is highlighted and the rows above it (titles) are greyed out."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importSheetPage")
        self.workbook: WorkbookSample | None = None
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("importSheetCombo")
        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("importHeaderRowSpin")
        self.header_spin.setMinimum(1)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("importKindCombo")
        for kind in KINDS:
            self.kind_combo.addItem(kind_name(kind), kind)
        self.grid_model = SheetModel(self)
        self.grid = self._build_grid()
        self.empty = QLabel()
        self.empty.setObjectName("importSheetEmpty")
        self.empty.setVisible(False)
        self._lay_out()
        self.grid.clicked.connect(lambda index: self.header_spin.setValue(index.row() + 1))
        self.sheet_combo.currentIndexChanged.connect(self._sheet_chosen)
        self.header_spin.valueChanged.connect(self._header_chosen)
        self.kind_combo.currentIndexChanged.connect(lambda _: self.changed.emit())

    def _build_grid(self) -> QTableView:
        """The sheet's first rows: the header row shows as the selected row; clicking a row
        makes it the header row."""
        grid = QTableView()
        grid.setTabKeyNavigation(False)  # Tab leaves the table
        grid.setObjectName("importSheetGrid")
        grid.setModel(self.grid_model)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        grid.setToolTip(_tr("Click the row that holds the column headers"))
        grid.verticalHeader().setDefaultSectionSize(24)
        grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft)
        return grid

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(_tr("&Sheet:"), self.sheet_combo)
        form.addRow(_tr("&Headers are on row:"), self.header_spin)
        form.addRow(_tr("&Rows are:"), self.kind_combo)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(
                _tr("Where is the data?"),
                _tr(
                    "Choose the sheet and the row that holds the column headers; the rows "
                    "below it are imported."
                ),
            )
        )
        layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.grid, 1)

    def load(self, workbook: WorkbookSample) -> None:
        """Show a freshly read workbook, on the first sheet that holds anything."""
        self.workbook = workbook
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in workbook.sheets:
            self.sheet_combo.addItem(sheet.title)
        first = next((i for i, s in enumerate(workbook.sheets) if s.rows), 0)
        self.sheet_combo.setCurrentIndex(first)
        self.sheet_combo.blockSignals(False)
        self._sheet_chosen()

    def sheet(self) -> SheetSample | None:
        if self.workbook is None or self.sheet_combo.currentIndex() < 0:
            return None
        return self.workbook.sheets[self.sheet_combo.currentIndex()]

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def header_row(self) -> int:
        return self.header_spin.value()

    def problem(self) -> str:
        """Why Next is not possible, or ''."""
        sheet = self.sheet()
        if sheet is None or not sheet.rows:
            return _tr("This sheet is empty; choose another sheet.")
        if self.header_row() >= len(sheet.rows):
            return _tr("No rows below the header row; choose the row that holds the headers.")
        return ""

    def _sheet_chosen(self) -> None:
        sheet = self.sheet()
        rows = len(sheet.rows) if sheet is not None else 0
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(rows, 1))
        self.header_spin.setValue(guess_header_row(sheet) if sheet is not None else 1)
        self.header_spin.blockSignals(False)
        if sheet is not None and rows:
            self._set_kind(guess_kind(sheet.row(self.header_row())))
        self._fill_grid()
        self.changed.emit()

    def _header_chosen(self) -> None:
        sheet = self.sheet()
        if sheet is not None:
            self._set_kind(guess_kind(sheet.row(self.header_row())))
        self._fill_grid()
        self.changed.emit()

    def _set_kind(self, kind: str) -> None:
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(kind), 0))
        self.kind_combo.blockSignals(False)

    def _fill_grid(self) -> None:
        sheet = self.sheet()
        problem = self.problem()
        self.empty.setText(problem)
        self.empty.setVisible(bool(problem) and (sheet is None or not sheet.rows))
        self.grid_model.show(sheet, self.header_row())
        self.grid.resizeColumnsToContents()
        for c in range(self.grid_model.columnCount()):
            self.grid.setColumnWidth(c, min(max(self.grid.columnWidth(c), 60), 220))
        if self.grid_model.rowCount():
            self.grid.selectRow(self.header_row() - 1)
            self.grid.scrollTo(self.grid_model.index(self.header_row() - 1, 0))


class SheetModel(QAbstractTableModel):
    """The first rows of a sheet as Excel numbers them; the header row bold on a tint, the
    rows above it (titles, left out of the import) greyed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.sheet: SheetSample | None = None
        self.header_row = 1
        self.bold = QFont()
        self.bold.setBold(True)

    def show(self, sheet: SheetSample | None, header_row: int) -> None:
        self.beginResetModel()
        self.sheet, self.header_row = sheet, header_row
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else len(self.sheet.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.sheet is None else self.sheet.width

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)

    def data(self, index: Index, role: int = 0) -> Any:
        if self.sheet is None or not index.isValid():
            return None
        number = index.row() + 1
        if role == Qt.ItemDataRole.DisplayRole:
            values = self.sheet.rows[index.row()]
            return cell_text(values[index.column()] if index.column() < len(values) else None)
        if number == self.header_row:
            if role == Qt.ItemDataRole.FontRole:
                return self.bold
            if role == Qt.ItemDataRole.BackgroundRole:
                return colour("accent_soft")
        elif number < self.header_row and role == Qt.ItemDataRole.ForegroundRole:
            return colour("muted")
        return None


class MappingPage(QWidget):
    """One row per column of the sheet: its header, a few values, and what it is imported as.
    A field chosen for two columns is flagged on both rows."""

    changed = Signal()
    COLUMNS = 5

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importMappingPage")
        self.sheet: SheetSample | None = None
        self.header_row = 1
        self.kind = "contact"
        self.combos: list[QComboBox] = []
        self._bold = QFont(self.font())
        self._bold.setBold(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("importMappingTable")
        self.table.setHorizontalHeaderLabels(
            [_tr("Column"), _tr("Header in the sheet"), _tr("Examples"), _tr("Import as"), ""]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(1, 170)
        self.table.setColumnWidth(3, 190)
        self.table.setColumnWidth(4, 200)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            heading(
                _tr("Which column is which?"),
                _tr(
                    "MetroDesk guessed from the headers; correct any column, or choose "
                    "“(do not import)” to leave it out."
                ),
            )
        )
        layout.addWidget(self.table, 1)

    def load(self, sheet: SheetSample, header_row: int, kind: str) -> None:
        """Show the columns of `sheet`, with the guess preselected when the sheet, header
        row or kind changed since the last time; otherwise keep the user's choices."""
        same = (
            self.sheet is not None
            and self.sheet.title == sheet.title
            and (self.header_row, self.kind) == (header_row, kind)
        )
        chosen = self.columns() if same else None
        self.sheet, self.header_row, self.kind = sheet, header_row, kind
        header = sheet.row(header_row)
        if chosen is None:
            chosen = guess_columns(kind, header)
        targets = target_fields(kind)
        for old in self.combos:
            old.setObjectName("")  # deleted later by the table: never found in its place
        self.table.setRowCount(0)
        self.table.setRowCount(len(header))
        self.combos = []
        for i, name in enumerate(header):
            self.table.setItem(i, 0, QTableWidgetItem(column_letter(i)))
            self.table.setItem(i, 1, QTableWidgetItem(cell_text(name) or _tr("(no header)")))
            examples = " · ".join(sheet.samples(i, header_row, SAMPLE_COUNT))
            item = QTableWidgetItem(examples)
            item.setToolTip(examples)
            self.table.setItem(i, 2, item)
            self.table.setItem(i, 4, QTableWidgetItem(""))
            combo = QComboBox()
            combo.setObjectName(f"importMappingCombo{i}")
            combo.setAccessibleName(
                _tr("Import column {letter} as").format(letter=column_letter(i))
            )
            combo.addItem(_tr("(do not import)"), None)
            for target in targets:
                combo.addItem(target, target)
            combo.setCurrentIndex(max(combo.findData(chosen.get(i)), 0))
            combo.currentIndexChanged.connect(self._combo_changed)
            self.table.setCellWidget(i, 3, combo)
            self.combos.append(combo)
        self._flag()

    def columns(self) -> dict[int, str]:
        return {
            i: str(combo.currentData())
            for i, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }

    def mapping(self) -> ColumnMapping | None:
        if self.sheet is None:
            return None
        return ColumnMapping(self.sheet.title, self.header_row, self.kind, self.columns())

    def combo(self, column: int) -> QComboBox:
        return self.combos[column]

    def _combo_changed(self) -> None:
        self._flag()
        self.changed.emit()

    def _flag(self) -> None:
        """Mark the columns whose field is chosen twice, with the other column named."""
        mapping = self.mapping()
        twice = mapped_twice(mapping) if mapping is not None else {}
        clash = {c: cols for cols in twice.values() for c in cols}
        for i, combo in enumerate(self.combos):
            others = [column_letter(c) for c in clash.get(i, []) if c != i]
            note = self.table.item(i, 4)
            assert note is not None
            text = _tr("Also chosen for column {letters}").format(letters=", ".join(others))
            note.setText(text if others else "")
            note.setForeground(QBrush(colour("error")))
            note.setFont(self._bold)
            combo.setProperty("problem", bool(others))
            combo.setToolTip(text if others else "")
