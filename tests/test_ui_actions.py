"""The Action items section: filters, overdue in red, mark done; the dashboard leads there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QListWidget, QPushButton
from ui_support import open_section, open_window, settle

from metrodesk.ui.meetings.action_section import ActionSectionPage
from metrodesk.ui.window.style import colour


def test_filters_overdue_highlight_and_mark_done(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "action_item")
    assert isinstance(page, ActionSectionPage)
    # the four follow-ups of the seed meetings are all past due
    assert page.model.rowCount() == 4
    due_col = page.model.column("due_on")
    index = page.model.index(0, due_col)
    assert index.data(Qt.ItemDataRole.ForegroundRole).color() == colour("overdue")
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "Overdue"

    due = page.findChild(QComboBox, "dueFilter")
    due.setCurrentIndex(due.findData("overdue"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 4)
    due.setCurrentIndex(due.findData("week"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    due.setCurrentIndex(0)

    (agnes,) = window.services.search.find("agnes", kinds=("contact",))
    page.set_filter(owner=(agnes.id, agnes.label))
    assert page.model.rowCount() == 1
    page.set_filter()
    assert page.model.rowCount() == 4

    # mark the first one done: it leaves the overdue filter and loses its red
    page.select_row(0)
    first = page.current_record_id()
    qtbot.mouseClick(page.findChild(QPushButton, "markDoneButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    row = page.model.row_of(first)
    qtbot.waitUntil(lambda: page.model.text(page.model.row_of(first), "status") == "Done")
    assert page.model.index(row, due_col).data(Qt.ItemDataRole.ForegroundRole) is None
    page.set_filter(due="overdue")
    assert page.model.rowCount() == 3
    page.set_filter(status="done")
    assert page.model.rowCount() == 1
    assert window.services.history.state().undo == "Mark action item done"


def test_an_overdue_item_on_the_dashboard_opens_in_its_section(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    actions = window.findChild(QListWidget, "actionsList")
    qtbot.waitUntil(lambda: actions.count() == 4)
    item = actions.item(0)
    qtbot.mouseClick(
        actions.viewport(), Qt.MouseButton.LeftButton, pos=actions.visualItemRect(item).center()
    )
    page = window.current_page()
    assert page is not None and page.kind == "action_item"
    assert page.current_record_id() == item.data(Qt.ItemDataRole.UserRole + 2)[1]
