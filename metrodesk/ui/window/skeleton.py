"""What a section looks like before its page is built: its title and the outline of its list or
dashboard, drawn while the database opens (the window's frame shows first, so that the app is
never an empty window nor a blank wait). Built from Qt and the sections table only: this module
must not import the data layer, the services or SQLAlchemy.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.ui.window.sections import Section

#: the dashboard's outline: a row of count cards, then two rows of two panels
CARDS = 5
PANEL_ROWS = 2


class SectionSkeleton(QWidget):
    """The stand-in of one section until its page is built: same margins, title and shapes as
    the page, nothing to click or type in."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.section = section
        self.setObjectName(f"skeleton_{section.kind or 'dashboard'}")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(
            _tr("{section}, opening").format(section=section.text(section.title))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 12)
        layout.setSpacing(12)
        title = QLabel(section.text(section.title))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        if section.kind:
            self._list_outline(layout)
        else:
            self._dashboard_outline(layout)

    def _list_outline(self, layout: QVBoxLayout) -> None:
        search = QLineEdit()
        search.setObjectName("skeletonSearch")
        search.setPlaceholderText(self.section.text(self.section.search_hint))
        search.setEnabled(False)
        search.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(search)
        table = QTableView()
        table.setObjectName("skeletonTable")
        table.setEnabled(False)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setTabKeyNavigation(False)  # as every table of the app: Tab leaves it
        layout.addWidget(table, 1)

    def _dashboard_outline(self, layout: QVBoxLayout) -> None:
        cards = QHBoxLayout()
        cards.setSpacing(12)
        for _ in range(CARDS):
            cards.addWidget(_box(88))
        layout.addLayout(cards)
        grid = QGridLayout()
        grid.setSpacing(12)
        for row in range(PANEL_ROWS):
            for column in range(2):
                grid.addWidget(_box(240), row, column)
        layout.addLayout(grid)
        layout.addStretch(1)


def _box(height: int) -> QFrame:
    """An empty white box in the cards' style."""
    box = QFrame()
    box.setProperty("card", True)
    box.setFixedHeight(height)
    return box
