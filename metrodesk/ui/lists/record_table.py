"""A section's record table and the search box above it: Enter opens the current record,
Delete moves it to the Trash, an empty list says why, and columns share the width out by
what their texts need; Esc clears the search, Down goes to the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import (
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QLineEdit,
    QTableView,
    QWidget,
)

from metrodesk.ui.lists.column_widths import ColumnNeed, column_need, fit_widths
from metrodesk.ui.window.formatting import short_date, short_datetime

#: relative column widths by list key (with a floor in pixels); the table shares out its width
COLUMN_WEIGHTS = {
    "name": (6, 150),
    "title": (9, 220),
    "description": (12, 240),
    "job_title": (4, 110),
    "organisation": (5, 130),
    "email": (5, 150),
    "phone": (3, 110),
    "city": (3, 80),
    "country": (3, 80),
    "language": (2, 90),
    "org_kind": (3, 110),
    "region": (4, 120),
    "status": (2, 80),
    "member_since": (2, 90),
    "population": (2, 90),
    "role": (2, 90),
    "starts_at": (3, 130),
    "meeting_kind": (3, 110),
    "owner": (4, 130),
    "due_on": (2, 90),
    "website": (4, 140),
    "venue": (4, 120),
}


#: columns whose values are never cut short, with a long value each may show (a phone
#: column is as wide as the numbers it shows: an empty one takes no room from the others)
WHOLE_VALUES: dict[str, Callable[[], str]] = {
    "starts_at": lambda: short_datetime(datetime(2026, 12, 28, 23, 59)),
    "due_on": lambda: short_date(date(2026, 12, 28)),
    "member_since": lambda: "Member since",
    "population": lambda: "12,345,678",
}
WHOLE_KEYS = frozenset({*WHOLE_VALUES, "phone"})
#: the column naming a row keeps its floor however narrow the window
NAMING_KEYS = frozenset({"name", "title", "description"})
#: rows measured for the width of a column's text: those on screen, at most this many
MEASURED_ROWS = 60


def column_needs(
    keys: list[str], headers: list[str], content: dict[str, int], metrics: QFontMetrics
) -> list[ColumnNeed]:
    """What each shown column needs (see `column_widths`): dates, amounts and phone numbers
    whole, names and titles down to their floor, other text down to a short width."""
    out = []
    for key, header in zip(keys, headers, strict=True):
        weight, floor = COLUMN_WEIGHTS.get(key, (3, 100))
        sample = WHOLE_VALUES.get(key)
        out.append(
            column_need(
                metrics.horizontalAdvance(header),
                content.get(key, 0),
                whole=key in WHOLE_KEYS,
                sample=metrics.horizontalAdvance(sample()) if sample is not None else 0,
                naming_floor=floor if key in NAMING_KEYS else 0,
                weight=weight,
            )
        )
    return out


class SearchBox(QLineEdit):
    """Esc clears the search; Down goes to the list."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        if event.key() == Qt.Key.Key_Down:
            self.to_list.emit()
            return
        super().keyPressEvent(event)


class RecordTable(QTableView):
    """Enter opens the current record, Delete moves it to the Trash; an empty list says why."""

    open_requested = Signal()
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = ""
        self.keys: tuple[str, ...] = ()
        #: column key -> the widest text seen in it (pixels): widths only grow while the
        #: list is searched and scrolled, so that columns do not jump under the user's eyes
        self.content: dict[str, int] = {}
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.timeout.connect(self.measure_and_fit)

    def watch_rows(self) -> None:
        """Measure again once the model has shown other rows (a search, a page read)."""
        model = self.model()
        model.modelReset.connect(self._refit.start)
        model.rowsInserted.connect(self._refit.start)
        self.verticalScrollBar().valueChanged.connect(self._refit.start)

    def measure_and_fit(self) -> None:
        if self._measure():
            self.fit_columns()

    def _measure(self) -> bool:
        """Take in the widths of the texts on screen; whether a column's grew."""
        model = self.model()
        rows = model.rowCount() if model is not None else 0
        if not rows:
            return False
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        last = min(rows - 1 if last < 0 else last, first + MEASURED_ROWS)
        metrics = self.fontMetrics()
        grew = False
        for col, key in enumerate(self.keys):
            texts = (model.index(r, col).data() for r in range(first, last + 1))
            widest = max((metrics.horizontalAdvance(str(x)) for x in texts if x), default=0)
            if widest > self.content.get(key, 0):
                self.content[key] = widest
                grew = True
        return grew

    def fit_columns(self) -> None:
        """Share the visible width out (see `column_widths`; users may resize afterwards)."""
        shown = [c for c in range(len(self.keys)) if not self.isColumnHidden(c)]
        if not shown:
            return
        self._measure()
        room = self.viewport().width() - 2
        keys = [self.keys[c] for c in shown]
        model = self.model()
        headers = [
            str(model.headerData(c, Qt.Orientation.Horizontal) or "") if model else ""
            for c in shown
        ]
        needs = column_needs(keys, headers, self.content, self.fontMetrics())
        for col, width in zip(shown, fit_widths(room, needs), strict=True):
            self.setColumnWidth(col, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        if event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit()
            return
        super().keyPressEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() or not self.empty_text:
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        font = painter.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        area = self.viewport().rect().adjusted(24, 0, -24, 0)
        area.setHeight(min(area.height(), 200))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(area, int(flags), self.empty_text)
        painter.end()
