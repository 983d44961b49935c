"""Helpers shared by the GUI tests (test_ui_*.py): open a real window, type like a user.

Kept out of conftest.py so that only the GUI tests import Qt helpers;
the GUI tests import it as `from ui_support import …`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QStackedWidget, QTableView, QWidget

from metrodesk.app import create_main_window
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.window.main_window import MainWindow

KINDS = ("contact", "organisation", "member_city", "training_centre", "meeting", "action_item")


def open_window(qtbot, path: Path) -> MainWindow:
    """The main window on `path`, shown, with its first background read done. pytest-qt
    closes it after the test, which stops its worker and closes the database."""
    window = create_main_window(path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window)
    return window


def settle(qtbot, window: MainWindow) -> None:
    """Wait until the window's background operations have reported back."""
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30_000)


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type as a user would. qtbot.keyClicks aborts the process on non-ASCII characters,
    so those are sent one key event at a time."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            QTest.sendKeyEvent(
                QTest.KeyAction.Click,
                widget,
                Qt.Key.Key_unknown,
                ch,
                Qt.KeyboardModifier.NoModifier,
            )


def current_page(window: MainWindow) -> QWidget:
    """The page shown, found the way automation does: by the stacked widget of sections."""
    return window.findChild(QStackedWidget).currentWidget()


def open_section(qtbot, window: MainWindow, kind: str) -> SectionPage:
    window.show_section(KINDS.index(kind) + 1)
    page = current_page(window)
    assert isinstance(page, SectionPage) and page.kind == kind
    return page


def search_box(window: MainWindow) -> QLineEdit:
    return current_page(window).findChild(QLineEdit, "searchBox")


def record_table(window: MainWindow) -> QTableView:
    return current_page(window).findChild(QTableView, "recordTable")


def column_texts(table: QTableView, column: int = 0) -> list[str]:
    model = table.model()
    return [model.index(r, column).data() for r in range(model.rowCount())]


def is_closed(widget: QWidget) -> bool:
    """Closed: hidden, or already deleted (editors are deleted when they close)."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()
