"""The status bar's part of team sync: where this copy stands, and the open conflicts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget

from metrodesk.i18n import tr as _tr


class SyncStatusBar(QWidget):
    """Two flat buttons: the sync state (opens File › Team sync…) and, when there are any,
    the conflicts (opens the inbox). Hidden while this copy does not sync."""

    def __init__(self, open_team: Callable[[], object], open_inbox: Callable[[], object]) -> None:
        super().__init__()
        self.setObjectName("syncStatusBar")
        box = QHBoxLayout(self)
        box.setContentsMargins(0, 0, 8, 0)
        box.setSpacing(4)
        self.state = QToolButton()
        self.state.setObjectName("syncStatus")
        self.state.setAutoRaise(True)
        self.state.setAccessibleName(_tr("Team sync status"))
        self.state.clicked.connect(lambda: open_team())
        self.conflicts = QToolButton()
        self.conflicts.setObjectName("conflictsButton")
        self.conflicts.setAutoRaise(True)
        self.conflicts.setAccessibleName(_tr("Open the conflicts inbox"))
        self.conflicts.clicked.connect(lambda: open_inbox())
        box.addWidget(self.state)
        box.addWidget(self.conflicts)
        self.state.hide()
        self.conflicts.hide()

    def show_state(self, text: str, tip: str) -> None:
        self.state.setText(text)
        self.state.setToolTip(tip)
        self.state.setVisible(bool(text))
        # never cut short: the database's path beside it gives way instead
        self.state.setMinimumWidth(self.state.sizeHint().width())

    def show_conflicts(self, count: int) -> None:
        text = _tr("%n conflicts", "", count)
        self.conflicts.setText(text)
        self.conflicts.setToolTip(_tr("Values sync set aside, waiting for you to look at them"))
        self.conflicts.setVisible(count > 0)
