"""A label that gives up width before its neighbours do: the database's path in the status bar
shows its beginning and end ("/home/…/metrodesk.sqlite") on a narrow window, so that a message
beside it ("Daily backup made") stays whole. Its text and tooltip keep the whole path."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel

#: the least it shrinks to, and the most it asks for, in average characters
LEAST_CHARS = 12
MOST_CHARS = 40


class ElidedLabel(QLabel):
    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        most = self.fontMetrics().averageCharWidth() * MOST_CHARS
        return QSize(min(hint.width(), most), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().averageCharWidth() * LEAST_CHARS, hint.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        area = self.contentsRect()
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, area.width()
        )
        painter.drawText(area, int(self.alignment()), shown)
        painter.end()
