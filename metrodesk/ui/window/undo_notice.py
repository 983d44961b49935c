"""The status bar's notice after a record went to the Trash: what happened, and Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from metrodesk.i18n import tr as _tr

#: how long the notice stays (the Edit menu's Undo stays for longer)
NOTICE_MS = 12_000


class UndoNotice(QWidget):
    """Hidden until `show_notice`; gone after NOTICE_MS, after Undo, or after any other change
    (Undo would then take back that change instead)."""

    def __init__(self, undo: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoNotice")
        self._undo = undo
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 8, 0)
        box.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("undoNoticeText")
        self.button = QPushButton(_tr("Undo"))
        self.button.setObjectName("undoNoticeButton")
        self.button.setAccessibleName(_tr("Undo the move to the Trash"))
        self.button.clicked.connect(self._clicked)
        box.addWidget(self.label)
        box.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(NOTICE_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_notice(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start()

    def changed_elsewhere(self) -> None:
        if self.isVisible():
            self.hide()

    def _clicked(self) -> None:
        self.hide()
        self._undo()
