"""The line at the top of the window saying what is due (see `reminders`): a module of its own,
without the services, so that the window's frame shows it before the database is open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from metrodesk.i18n import tr as _tr


class ReminderBar(QFrame):
    """The line at the top of the window: what is due, Show, and × to put it away."""

    def __init__(self, show: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBar")
        row = QHBoxLayout(self)
        row.setContentsMargins(24, 6, 12, 6)
        self.text = QLabel()
        self.text.setObjectName("reminderText")
        self.show_button = QPushButton(_tr("Show reminders"))
        self.show_button.setObjectName("showRemindersButton")
        self.show_button.clicked.connect(show)
        close = QPushButton("×")
        close.setObjectName("dismissRemindersButton")
        close.setAccessibleName(_tr("Put the reminders away"))
        close.setToolTip(_tr("Put the reminders away (the status bar keeps them)"))
        close.setFlat(True)
        close.clicked.connect(self.hide)
        row.addWidget(self.text, 1)
        row.addWidget(self.show_button)
        row.addWidget(close)
        self.hide()
