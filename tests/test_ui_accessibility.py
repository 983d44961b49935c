"""Everyone can use it: every focusable widget of the main window, every section and every dialog
has a name a screen reader can say; dialogs open on their first field; Tab leaves tables; lists
say how many rows they hold; charts have a text equivalent; the keyboard reaches everything."""

from __future__ import annotations

import pytest
from accessibility import accessible_name, focusable, nameless
from every_dialog import KINDS, dialogs
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from ui_support import open_window, settle

from metrodesk.ui.window.main_window import MainWindow
from metrodesk.ui.window.sections import SECTIONS

FIELDS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QRadioButton,
)


def _first_in_tab_order(dialog: QWidget) -> QWidget | None:
    widget = dialog.nextInFocusChain()
    while widget is not dialog:
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _every_tab(root: QWidget) -> list[str]:
    """Nameless widgets of `root` with each page of each of its tab widgets shown in turn."""
    found = nameless(root)
    for tabs in root.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            QApplication.processEvents()
            found += nameless(root)
        tabs.setCurrentIndex(0)
    return sorted(set(found))


@pytest.fixture
def window(qtbot, sample_path) -> MainWindow:
    window = open_window(qtbot, sample_path)
    for kind in KINDS:
        window.show_kind(kind)
        settle(qtbot, window)
    window.show_section(0)
    return window


def test_every_focusable_widget_has_an_accessible_name(qtbot, window):
    missing: dict[str, list[str]] = {}
    for i, section in enumerate(SECTIONS):
        window.show_section(i)
        settle(qtbot, window)
        missing[section.title] = nameless(window)
    window.global_search.popup()
    missing["global search"] = nameless(window.global_search)
    window.global_search.hide()
    for label, open_dialog in dialogs(window).items():
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        settle(qtbot, window)
        missing[label] = _every_tab(dialog)
        dialog.close()
    lines = [f"{where}: {widget}" for where, found in missing.items() for widget in found]
    if lines:
        pytest.fail("focusable widgets without an accessible name:\n" + "\n".join(lines))


def test_dialogs_open_with_the_focus_on_their_first_field(qtbot, window):
    wrong = {}
    for label, open_dialog in dialogs(window).items():
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        settle(qtbot, window)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        focus = QApplication.focusWidget()
        inside = focus is not None and dialog.isAncestorOf(focus)
        # a field, the tabs of a tabbed dialog, or whatever comes first in its tab order
        first = _first_in_tab_order(dialog)
        if not inside or not (isinstance(focus, (*FIELDS, QTabBar)) or focus is first):
            wrong[label] = type(focus).__name__ + " " + (focus.objectName() if focus else "")
        dialog.close()
    assert wrong == {}


def test_tab_leaves_every_table_instead_of_walking_its_cells(qtbot, window):
    walking = [
        v.objectName() for v in window.findChildren(QAbstractItemView) if v.tabKeyNavigation()
    ]
    for label, open_dialog in dialogs(window).items():
        dialog = open_dialog()
        qtbot.waitExposed(dialog)
        walking += [
            f"{label}: {v.objectName()}"
            for v in dialog.findChildren(QAbstractItemView)
            if v.tabKeyNavigation()
        ]
        dialog.close()
    assert walking == []
    # and a real Tab on the contacts list moves on
    window.show_kind("contact")
    page = window.page("contact")
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus())
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert not page.table.hasFocus()


def test_lists_announce_their_rows_and_charts_say_their_figures(qtbot, window):
    window.show_kind("contact")
    settle(qtbot, window)
    page = window.page("contact")
    iface = QAccessible.queryAccessibleInterface(page.table)
    assert iface.text(QAccessible.Text.Name) == "Contacts"
    assert iface.text(QAccessible.Text.Description) == page.count_text()
    assert page.count_text().startswith(str(page.model.count()))
    assert iface.role() == QAccessible.Role.Table
    # the dashboard's bar charts carry their figures as text
    window.show_section(0)
    settle(qtbot, window)
    chart = window.dashboard.view.regions
    assert chart.categories
    text = chart.accessibleDescription()
    assert all(
        f"{name}: {n}" in text for name, n in zip(chart.categories, chart.values, strict=True)
    )
    assert accessible_name(chart) == "Active members by region"


def test_the_keyboard_reaches_the_sections_search_list_and_new_button(qtbot, window):
    window.show_kind("contact")
    settle(qtbot, window)
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: window.navigation.hasFocus())
    seen = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget().objectName())
    # sections, then the page top to bottom: New, search, the list
    assert seen.index("newButton") < seen.index("searchBox") < seen.index("recordTable"), seen
    # Ctrl+number goes to a section; the arrows walk the list of sections
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.navigation.currentRow() == 4
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.navigation.currentRow() == 5
    assert all(accessible_name(w) for w in focusable(window))
