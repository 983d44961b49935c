"""A section's list as a lazy table model: pages of rows are fetched as the view scrolls.

Every fetched row keeps its record id (16 bytes); rows are read by id when shown, in chunks,
and only the chunks last looked at keep their values and texts: a list scrolled to the bottom
of 100,000 contacts holds a few thousand rows, and scrolling back reads a chunk again.
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any, TypeVar

from phonenumbers import re_util
from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from metrodesk.i18n import translated
from metrodesk.services.lists.source import ListQuery, ListSource
from metrodesk.services.lists.specs import ListRow
from metrodesk.ui.runtime.ops import Cancelled, OpRunner, report_failure
from metrodesk.ui.window.formatting import NUMERIC_KEYS, display

PAGE_SIZE = 200
# the phone column formats numbers of every country while scrolling: phonenumbers compiles a
# country's patterns when first used (a few ms), and without its own cache leaves them to the
# `re` module's cache of 512, which every country's patterns overflow, to be compiled again
re_util.enable_pattern_cache()

#: rows are read, kept and forgotten in chunks of this many (a screenful or two)
CHUNK_ROWS = 50
#: rows whose values and texts are kept: a window around what was seen last
CACHED_ROWS = 4000
#: a reload of more rows than this (a refresh far down a list) reads the order's ids packed
LONG_RELOAD = 2000
#: past this many records a sort or filter that needs the whole list reads its order in the
#: background; the rows shown stay until it arrives
BACKGROUND_ROWS = 20_000
#: a list longer than this counts a search's matches on the runner's counter thread, beside the
#: next keystroke's read: its count (every one of a million contacts, or one letter's half
#: million matches) outlasts a keystroke; a shorter list's count takes less than what running
#: it beside the next read costs on two cores, so it waits its turn on the reader
COUNT_APART_ROWS = 300_000

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")

_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class RowIds:
    """The record ids of the fetched rows, packed: 1.6 MB at 100,000 rows, nothing for the
    garbage collector to walk."""

    def __init__(self) -> None:
        self.data = bytearray()

    def __len__(self) -> int:
        return len(self.data) // 16

    def __getitem__(self, row: int) -> uuid.UUID:
        if row < 0:
            row += len(self)
        if not 0 <= row < len(self):
            raise IndexError(row)
        return uuid.UUID(bytes=bytes(self.data[16 * row : 16 * row + 16]))

    def extend(self, ids: Sequence[uuid.UUID]) -> None:
        self.data += b"".join(i.bytes for i in ids)

    def between(self, start: int, stop: int) -> list[uuid.UUID]:
        raw = self.data[16 * start : 16 * stop]
        return [uuid.UUID(bytes=bytes(raw[i : i + 16])) for i in range(0, len(raw), 16)]

    def find(self, record_id: uuid.UUID) -> int | None:
        key, at = record_id.bytes, self.data.find(record_id.bytes)
        while at >= 0 and at % 16:
            at = self.data.find(key, at + 1)
        return None if at < 0 else at // 16


class _Entry:
    """One fetched row and, once it has been shown, its texts."""

    __slots__ = ("row", "texts")

    def __init__(self, row: ListRow) -> None:
        self.row = row
        self.texts: tuple[str, ...] | None = None


class RecordTableModel(QAbstractTableModel):
    """The rows of one `ListSource`; `Qt.UserRole` gives a row's record id.

    Every read goes through the window's runner: the first ids of a search, the next page
    and the rows being painted at once (`read_now`: Qt asks for them and needs them now), the
    whole order of a long list that must be sorted or filtered whole on the reader thread,
    the rows shown meanwhile staying until it arrives. Column positions come from the
    source: `column(key)` is the position of a key, as `COL_*` constants would be, without a
    second copy of the column list.
    """

    #: a background read started (True) or ended (False)
    loading_changed = Signal(bool)
    #: the count of a search as typed arrived, after its first rows (`count_known`)
    counted = Signal()

    def __init__(self, source: ListSource, runner: OpRunner, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.source = source
        self.runner = runner
        self.kind = source.kind
        self.page_size = page_size
        self.columns = source.columns
        self.keys = tuple(c.key for c in self.columns)
        #: what the list shows: search words, filters, sort
        self.list_query = ListQuery()
        self._ids = RowIds()
        #: chunk number -> its rows and their texts (made when first shown: formatting a phone
        #: number is not free), least recently used chunk first
        self._pages: OrderedDict[int, list[_Entry]] = OrderedDict()
        self._total = 0
        #: every id of a sorted or filtered long list, in order, read in the background
        self._order: bytes | None = None
        #: bumped by every read: a background result of an older one is dropped
        self._generation = 0
        #: a background read is under way
        self.loading = False
        #: a search as typed is being read (its rows are not shown yet)
        self.searching = False
        #: the count is known (a search as typed shows its first rows before its count)
        self.count_known = True
        #: how long the whole list is (what decides on background reads)
        self.size = 0
        self._load(page_size)

    # --- what the rest of the window asks ---------------------------------------------------

    @property
    def query(self) -> str:
        return self.list_query.text

    @property
    def filters(self) -> dict[str, Any]:
        """The filters that filter something."""
        return self.list_query.set_filters()

    @property
    def sort_by(self) -> tuple[str, bool] | None:
        return self.list_query.sort

    def column(self, key: str) -> int:
        return self.keys.index(key)

    def count(self) -> int:
        """How many records match the query (loaded or not)."""
        return self._total

    def set_query(self, query: str) -> None:
        """Search: the list starts again from its first page."""
        self.list_query = replace(self.list_query, text=query.strip())
        self._reload(self.page_size)

    def search(self, query: str) -> None:
        """Search as the user types: the first page's ids are read on the reader thread and
        shown when they arrive, the count after them; typing goes on meanwhile, and a search
        overtaken by the next keystroke is dropped (skipped if it has not started)."""
        wanted = replace(self.list_query, text=query.strip())
        if self.size > BACKGROUND_ROWS and not self.source.quick(wanted):
            self.list_query = wanted
            self._reload(self.page_size)  # sorted or filtered whole: read in the background
            return
        self.list_query = wanted
        self._generation += 1
        generation, source, size = self._generation, self.source, self.page_size
        self.searching = True

        def read() -> list[uuid.UUID] | None:
            return source.page_ids(wanted, 0, size) if generation == self._generation else None

        def arrived(ids: list[uuid.UUID] | None) -> None:
            if generation == self._generation and ids is not None:
                self._show_first(ids, generation)

        self.runner.read(read, success=arrived, failure=self._search_failed, parent=self)

    def _show_first(self, ids: list[uuid.UUID], generation: int) -> None:
        self.searching = False
        self._set_loading(False)
        self.beginResetModel()
        self._ids, self._pages, self._order = RowIds(), OrderedDict(), None
        self._ids.extend(ids)
        self.count_known = len(ids) < self.page_size
        # until the count arrives: at least one more row, so that the view may ask for it
        self._total = len(ids) if self.count_known else len(ids) + 1
        self.endResetModel()
        if self.count_known:
            self._counted(len(ids))
            return
        source, query = self.source, self.list_query

        def read() -> int | None:
            return source.count(query) if generation == self._generation else None

        def arrived(total: int | None) -> None:
            if generation == self._generation and total is not None:
                self._counted(total)

        lane = self.runner.count if self.size > COUNT_APART_ROWS else self.runner.read
        lane(read, success=arrived, failure=self._search_failed, parent=self)

    def _counted(self, total: int) -> None:
        self._total = max(total, len(self._ids))
        self.count_known = True
        if not self.list_query.text and not self.list_query.set_filters():
            self.size = self._total
        self.counted.emit()

    def _search_failed(self, exc: BaseException) -> None:
        self.searching = False
        report_failure(None, exc)

    def set_filters(self, filters: Mapping[str, Any]) -> None:
        """Filter (the names the source knows): the list starts again from its first page."""
        kept = {k: v for k, v in filters.items() if v not in (None, "")}
        self.list_query = replace(self.list_query, filters=kept)
        self._reload(self.page_size)

    def set_sort(self, sort: tuple[str, bool] | None) -> None:
        """Sort by a column key (descending or not); None: the list's own order."""
        if sort == self.sort_by:
            return
        self.list_query = replace(self.list_query, sort=sort)
        self._reload(self.page_size)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """A click on a header (QTableView with sorting enabled); -1: the list's own order."""
        if column < 0 or column >= len(self.keys):
            self.set_sort(None)
        else:
            self.set_sort((self.keys[column], order == Qt.SortOrder.DescendingOrder))

    def refresh(self) -> None:
        """Read again after a change, keeping as many rows loaded as before."""
        self._reload(max(self.page_size, len(self._ids)))

    def record_id(self, row: int) -> uuid.UUID:
        return self._ids[row]

    def values(self, row: int) -> dict[str, Any]:
        """The row's values by column key, as the source gives them (before display)."""
        return dict(zip(self.keys, self._entry(row).row.values, strict=True))

    def text(self, row: int, key: str) -> str:
        return self._texts(row)[self.column(key)]

    def row_of(self, record_id: uuid.UUID) -> int | None:
        return self._ids.find(record_id)

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
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # called for 7 roles of every cell of every repaint: plain int comparisons, the
        # display role first
        if not index.isValid():
            return None
        if role == _DISPLAY:
            return self._texts(index.row())[index.column()]
        if role == _ALIGNMENT:
            return _RIGHT if self.keys[index.column()] in NUMERIC_KEYS else None
        if role == _USER:
            return self._ids[index.row()]
        if role == _TOOLTIP:
            text = self._texts(index.row())[index.column()]
            return text if len(text) >= 40 else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return translated(self.columns[section].header)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._ids) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        start = len(self._ids)
        if self._order is not None:
            # the order is known: the ids come from it, the rows when shown
            end = min(start + self.page_size, self._total)
            self.beginInsertRows(QModelIndex(), start, end - 1)
            self._ids.data += self._order[16 * start : 16 * end]
            self.endInsertRows()
            return
        ids = self._next_ids(self.page_size)
        if not ids:
            self._total = start  # the list shrank under us, or its count is still coming
            return
        # announce exactly the rows added: start .. start + n - 1
        self.beginInsertRows(QModelIndex(), start, start + len(ids) - 1)
        self._ids.extend(ids)
        if not self.count_known:
            self._total = max(self._total, len(self._ids) + 1)
        self.endInsertRows()

    # --- loading ----------------------------------------------------------------------------

    def _next_ids(self, limit: int) -> list[uuid.UUID]:
        start, source, query = len(self._ids), self.source, self.list_query
        after = self._ids[start - 1] if start else None
        return self._read_now(lambda: source.page_ids(query, start, limit, after), [])

    def _read_now(self, fn: Callable[[], T], closed: T) -> T:
        """A read the view needs now; `closed` once the window is closing."""
        try:
            return self.runner.read_now(fn)
        except Cancelled:
            return closed

    def _reload(self, rows: int) -> None:
        """Read the list again (its first `rows` rows), now or in the background."""
        self._generation += 1
        self.searching, self.count_known = False, True
        if self._in_background():
            self._read_in_background(rows)
            return
        self._set_loading(False)
        self.beginResetModel()
        self._load(rows)
        self.endResetModel()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def _in_background(self) -> bool:
        return self.size > BACKGROUND_ROWS and not self.source.quick(self.list_query)

    def _read_in_background(self, rows: int) -> None:
        generation, source, query = self._generation, self.source, self.list_query
        self._set_loading(True)

        def read() -> bytes | None:
            # a read overtaken while it waited for the reader is not made at all
            return source.order(query) if generation == self._generation else None

        def arrived(order: bytes | None) -> None:
            if generation == self._generation and order is not None:
                self._install(order, rows)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self._set_loading(False)
            report_failure(None, exc)

        self.runner.read(read, success=arrived, failure=failed, parent=self)

    def _install(self, order: bytes, rows: int) -> None:
        self._set_loading(False)
        self.beginResetModel()
        self._pages, self._order = OrderedDict(), order
        self._total = len(order) // 16
        self._ids = RowIds()
        self._ids.data += order[: 16 * min(max(rows, self.page_size), self._total)]
        self.endResetModel()

    def _load(self, rows: int) -> None:
        """Count, then read the ids of the first `rows` rows (their rows are read as they are
        shown)."""
        self._ids, self._pages, self._order = RowIds(), OrderedDict(), None
        source, query = self.source, self.list_query
        if rows > LONG_RELOAD and not query.text:
            # a refresh scrolled far down: the whole order's ids as packed bytes, a third of
            # the cost of as many UUIDs
            self._order = self._read_now(lambda: source.order(query), b"")
            self._total = len(self._order) // 16
            self._ids.data += self._order[: 16 * min(rows, self._total)]
        else:
            # ids only, all in one read however many rows a refresh keeps
            self._total, ids = self._read_now(
                lambda: source.first_ids(query, rows), (0, list[uuid.UUID]())
            )
            self._ids.extend(ids)
        if not query.text and not query.set_filters():
            self.size = self._total

    def _store(self, first: int, rows: list[ListRow]) -> None:
        """Keep the rows `first`… in their chunks, then forget the oldest chunks."""
        for i, r in enumerate(rows, first):
            number, at = divmod(i, CHUNK_ROWS)
            chunk = self._pages.setdefault(number, [])
            if len(chunk) == at:
                chunk.append(_Entry(r))
            self._pages.move_to_end(number)
        while len(self._pages) > max(2, CACHED_ROWS // CHUNK_ROWS):
            self._pages.popitem(last=False)

    def _texts(self, row: int) -> tuple[str, ...]:
        entry = self._entry(row)
        if entry.texts is None:
            values = zip(self.keys, entry.row.values, strict=True)
            entry.texts = tuple(display(key, value) for key, value in values)
        return entry.texts

    def _entry(self, row: int) -> _Entry:
        number, at = divmod(row, CHUNK_ROWS)
        chunk = self._pages.get(number)
        if chunk is None or at >= len(chunk):
            chunk = self._read_chunk(number)
        else:
            self._pages.move_to_end(number)
        return chunk[at]

    def _read_chunk(self, number: int) -> list[_Entry]:
        """The rows of a chunk shown, by id; a record deleted since reads as blank until the
        refresh that its deletion brings."""
        first, source = number * CHUNK_ROWS, self.source
        ids = self._ids.between(first, min(first + CHUNK_ROWS, len(self._ids)))
        rows = self._read_now(lambda: source.rows(ids), list[ListRow]())
        found = {r.id: r for r in rows}
        blank = (None,) * len(self.keys)
        self._pages.pop(number, None)
        self._store(first, [found.get(i) or ListRow(i, blank) for i in ids])
        return self._pages[number]
