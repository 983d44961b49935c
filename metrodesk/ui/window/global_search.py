"""Ctrl+K: one box over every kind of record, results grouped by kind as you type."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsDropShadowEffect,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.facade import Services
from metrodesk.services.lists.global_search import SearchHit
from metrodesk.ui.runtime.ops import LatestOnly, OpRunner
from metrodesk.ui.window.style import colour

SEARCH_DELAY_MS = 80
PER_KIND = 5
HIT_ROLE = Qt.ItemDataRole.UserRole


class GlobalSearch(QFrame):
    """A palette floating over the window. `activated(kind, id, label)` when a hit is chosen."""

    activated = Signal(str, object, str)

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.queries = LatestOnly(runner, self)
        self._enter_pending = False
        self.setObjectName("globalSearchPopup")
        self.setProperty("card", True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(32)
        shadow.setOffset(0, 8)
        shadow.setColor(colour("shadow"))
        self.setGraphicsEffect(shadow)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(6)
        self.edit = QLineEdit()
        self.edit.setObjectName("globalSearch")
        self.edit.setAccessibleName(_tr("Search everything"))
        self.edit.setPlaceholderText(_tr("Search everything — people, cities, meetings, events…"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.results = QListWidget()
        self.results.setObjectName("globalSearchResults")
        self.results.setAccessibleName(_tr("Search results"))
        self.results.setFrameShape(QFrame.Shape.NoFrame)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.itemActivated.connect(self._activate_item)
        self.results.itemDoubleClicked.connect(self._activate_item)
        self.results.itemClicked.connect(self._activate_item)
        layout.addWidget(self.edit)
        layout.addWidget(self.results)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(self._timer.start)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)
        self.hide()

    # --- showing ----------------------------------------------------------------------------

    def popup(self) -> None:
        self._enter_pending = False
        self._place()
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def dismiss(self) -> None:
        if self.isVisible():
            self.hide()
            parent = self.parentWidget()
            if parent is not None:
                parent.setFocus()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = max(min(680, parent.width() - 80), 320)
        rows = self.results.count()
        shown = range(min(rows, 14))
        list_height = sum(self.results.sizeHintForRow(r) for r in shown) + 8 if rows else 0
        self.results.setVisible(bool(rows))
        self.results.setFixedHeight(list_height)
        height = self.edit.sizeHint().height() + list_height + (26 if rows else 20)
        self.setGeometry((parent.width() - width) // 2, 56, width, height)

    def reposition(self) -> None:
        if self.isVisible():
            self._place()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.isVisible() and new is not None and not self.isAncestorOf(new):
            self.hide()

    # --- searching --------------------------------------------------------------------------

    def search(self) -> None:
        """Ask the worker for hits; a slow search never stalls typing."""
        self._timer.stop()
        text = self.edit.text().strip()
        if not text:
            self._show_hits(text, [])
            return
        find = self.services.search.find
        self.queries.run(lambda: (text, find(text, PER_KIND)), success=self._found)

    def _found(self, result: tuple[str, list[SearchHit]]) -> None:
        text, hits = result
        if text == self.edit.text().strip():
            self._show_hits(text, hits)

    def _show_hits(self, text: str, hits: list[SearchHit]) -> None:
        self.results.clear()
        group = None
        for hit in hits:
            if hit.group != group:
                group = hit.group
                self.results.addItem(self._header(translated(group)))
            item = QListWidgetItem(hit.label)
            item.setData(HIT_ROLE, (hit.kind, hit.id, hit.label))
            self.results.addItem(item)
        if text and not hits:
            nothing = QListWidgetItem(_tr("No match for ‘{q}’").format(q=text))
            nothing.setFlags(Qt.ItemFlag.NoItemFlags)
            self.results.addItem(nothing)
        self._move(+1, from_row=-1)
        self._place()
        if self._enter_pending:
            self._enter_pending = False
            self.activate_current()

    def _header(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setWeight(QFont.Weight.Bold)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
        item.setFont(font)
        return item

    def hits(self) -> list[tuple[str, uuid.UUID, str]]:
        """The hits listed, in order (group headers left out)."""
        items = (self.results.item(r) for r in range(self.results.count()))
        return [item.data(HIT_ROLE) for item in items if item.data(HIT_ROLE)]

    # --- keys -------------------------------------------------------------------------------

    def _move(self, step: int, from_row: int | None = None) -> None:
        row = self.results.currentRow() if from_row is None else from_row
        row += step
        while 0 <= row < self.results.count():
            if self.results.item(row).flags() & Qt.ItemFlag.ItemIsSelectable:
                self.results.setCurrentRow(row)
                return
            row += step

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Down:
                self._move(+1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():  # typed faster than the search: go when it is back
                    self._enter_pending = True
                    self.search()
                else:
                    self.activate_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.dismiss()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def activate_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._activate_item(item)

    def _activate_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if not hit:
            return
        self.hide()
        kind, record_id, label = hit
        self.activated.emit(kind, record_id, label)
