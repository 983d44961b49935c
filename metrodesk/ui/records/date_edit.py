"""A date field: typed in the user's own format (or ISO), or picked from a calendar that opens
from the button at its end or with Alt+Down."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QAction, QIcon, QKeyEvent, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.ui.window.dates import (
    date_format,
    parse_date,
    parse_datetime,
    readable_format,
    show_date,
    show_datetime,
    time_format,
)


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the palette's text colour (no image files to ship)."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = palette.color(QPalette.ColorRole.Text)
    painter.setPen(colour)
    painter.drawRect(QRect(1, 3, 13, 11))
    painter.fillRect(QRect(1, 3, 14, 3), colour)
    for x in (4, 8, 12):
        for y in (8, 11):
            painter.fillRect(QRect(x - 1, y, 2, 2), colour)
    painter.end()
    return QIcon(pixmap)


class DateLineEdit(QLineEdit):
    """`value()` is the date typed (None when empty); `is_readable()` says whether the text
    reads as a date. With `with_time`, a date and a time ("04/11/2016 10:00")."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None, with_time: bool = False) -> None:
        super().__init__(parent)
        self.with_time = with_time
        hint = readable_format(date_format() + (" " + time_format() if with_time else ""))
        self.setPlaceholderText(hint)
        self.setToolTip(
            _tr("Type the date as {format}, or press Alt+Down for a calendar").format(format=hint)
        )
        self.calendar_action = QAction(_calendar_icon(self.palette()), _tr("Calendar"), self)
        self.calendar_action.setToolTip(_tr("Pick the date from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar: QCalendarWidget | None = None

    # --- values -----------------------------------------------------------------------------

    def value(self) -> date | datetime | None:
        """The date (or moment) typed; ValueError when the text reads as none."""
        return parse_datetime(self.text()) if self.with_time else parse_date(self.text())

    def is_readable(self) -> bool:
        try:
            self.value()
        except ValueError:
            return False
        return True

    def service_value(self) -> date | datetime | str | None:
        """What a service takes: the date, or the text as typed for its rule to refuse."""
        try:
            return self.value()
        except ValueError:
            return self.text()

    def set_value(self, value: date | datetime | None) -> None:
        if value is None:
            self.clear()
        elif isinstance(value, datetime):
            self.setText(show_datetime(value) if self.with_time else show_date(value.date()))
        else:
            self.setText(show_date(value))

    # --- the calendar -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.show_calendar()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> QCalendarWidget:
        calendar = self.calendar
        if calendar is None:
            calendar = self.calendar = QCalendarWidget(self)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setObjectName("datePicker")
            calendar.setGridVisible(False)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar.activated.connect(self._chosen)
            calendar.clicked.connect(self._chosen)
        try:
            current = self.value()
        except ValueError:
            current = None
        day = current.date() if isinstance(current, datetime) else current or date.today()
        calendar.setSelectedDate(QDate(day.year, day.month, day.day))
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        calendar.setFocus()
        return calendar

    def _chosen(self, chosen: QDate) -> None:
        day = date(chosen.year(), chosen.month(), chosen.day())
        if self.with_time:
            try:
                current = self.value()
            except ValueError:
                current = None
            if isinstance(current, datetime):
                self.set_value(datetime.combine(day, current.time()))
            else:
                self.setText(show_date(day))
        else:
            self.set_value(day)
        if self.calendar is not None:
            self.calendar.hide()
        self.setFocus()
        self.picked.emit()
