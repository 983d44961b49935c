"""A section's list as a lazy table model: pages of rows are fetched as the view scrolls."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from metrodesk.services.lists import ListRow, Lists
from metrodesk.ui.formatting import NUMERIC_KEYS, display

PAGE_SIZE = 200

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Rows of `lists.page(kind, query, …)`; `Qt.UserRole` gives a row's record id.

    Column positions come from the list's spec: `column(key)` is the position of a key, as
    `COL_*` constants would be, but without a second copy of the column list.
    """

    def __init__(self, lists: Lists, kind: str, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.lists = lists
        self.kind = kind
        self.page_size = page_size
        self.columns = lists.spec(kind).columns
        self.keys = tuple(c.key for c in self.columns)
        self._query = ""
        #: the list's filters (names of `lists.FILTERS`) and sort (column key, descending)
        self.filters: dict[str, Any] = {}
        self.sort_by: tuple[str, bool] | None = None
        self._rows: list[ListRow] = []
        self._text: list[tuple[str, ...]] = []
        self._total = 0
        self._load(0, page_size)

    # --- what the rest of the window asks ---------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    def column(self, key: str) -> int:
        return self.keys.index(key)

    def count(self) -> int:
        """How many records match the query (loaded or not)."""
        return self._total

    def set_query(self, query: str) -> None:
        """Search: the list starts again from its first page."""
        query = query.strip()
        self.beginResetModel()
        self._query = query
        self._rows, self._text = [], []
        self._load(0, self.page_size)
        self.endResetModel()

    def set_filters(self, filters: dict[str, Any]) -> None:
        """Filter: the list starts again from its first page."""
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.set_query(self._query)

    def set_sort(self, sort: tuple[str, bool] | None) -> None:
        """Sort by a column key (descending or not); None: the list's own order."""
        if sort == self.sort_by:
            return
        self.sort_by = sort
        self.set_query(self._query)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header (QTableView with sorting enabled); -1: the list's own order."""
        if column < 0 or column >= len(self.keys):
            self.set_sort(None)
        else:
            self.set_sort((self.keys[column], order == Qt.SortOrder.DescendingOrder))

    def refresh(self) -> None:
        """Read again after a change, keeping as many rows loaded as before."""
        self.beginResetModel()
        keep = max(self.page_size, len(self._rows))
        self._rows, self._text = [], []
        self._load(0, keep)
        self.endResetModel()

    def record_id(self, row: int) -> uuid.UUID:
        return self._rows[row].id

    def text(self, row: int, key: str) -> str:
        return self._text[row][self.column(key)]

    def row_of(self, record_id: uuid.UUID) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def locate(self, record_id: uuid.UUID, max_pages: int = 10) -> int | None:
        """The record's row, fetching up to `max_pages` more pages to reach it."""
        for _ in range(max_pages + 1):
            row = self.row_of(record_id)
            if row is not None or not self.canFetchMore(QModelIndex()):
                return row
            self.fetchMore(QModelIndex())
        return self.row_of(record_id)

    # --- QAbstractTableModel ----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text[row][col]
            if role == Qt.ItemDataRole.ToolTipRole and len(text) < 40:
                return None
            return text
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[row].id
        if role == Qt.ItemDataRole.TextAlignmentRole and self.keys[col] in NUMERIC_KEYS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("Columns", self.columns[section].header)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        rows = self.lists.page(self.kind, self._query, start, self.page_size, **self._options())
        if not rows:
            self._total = start  # the list shrank under us
            return
        # announce exactly the rows added: start .. start + n - 1
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._append(rows)
        self.endInsertRows()

    # --- loading ----------------------------------------------------------------------------

    def _options(self) -> dict[str, Any]:
        """Only what is set, so that list sources with the plain signature keep working."""
        options: dict[str, Any] = {}
        if self.filters:
            options["filters"] = dict(self.filters)
        if self.sort_by is not None:
            options["sort"] = self.sort_by
        return options

    def _load(self, offset: int, limit: int) -> None:
        options = self._options()
        self._total = self.lists.count(self.kind, self._query, **options)
        self._append(self.lists.page(self.kind, self._query, offset, limit, **options))

    def _append(self, rows: list[ListRow]) -> None:
        self._rows.extend(rows)
        self._text.extend(
            tuple(display(key, value) for key, value in zip(self.keys, r.values, strict=True))
            for r in rows
        )
