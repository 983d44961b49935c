"""An empty database opens on the welcome page; the sample data fills it in the background."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
from ui_support import current_page, open_section, open_window, record_table, settle

from metrodesk.ui.imports.wizard import ImportWizard
from metrodesk.ui.window.welcome import WelcomePanel


def test_empty_database_shows_the_welcome_page(qtbot, db_path):
    window = open_window(qtbot, db_path)
    welcome = current_page(window).findChild(WelcomePanel, "welcomePage")
    assert welcome.isVisible()
    load = welcome.findChild(QPushButton, "loadSampleButton")
    assert load.accessibleName() == "Load sample data"
    assert welcome.findChild(QPushButton, "importButton").accessibleName() == "Import from Excel…"
    assert not window.dashboard.view.isVisible()


def test_load_sample_data_fills_the_database(qtbot, db_path):
    # given an empty database
    window = open_window(qtbot, db_path)
    load = window.findChild(QPushButton, "loadSampleButton")
    # when the user asks for the sample data
    qtbot.mouseClick(load, Qt.MouseButton.LeftButton)
    # then it loads in the background and the dashboard takes the welcome page's place
    qtbot.waitUntil(lambda: window.dashboard.view.isVisible(), timeout=30_000)
    settle(qtbot, window)
    assert not window.dashboard.welcome.isVisible()
    assert window.dashboard.view.cards["contact"].number.text() == "9"
    assert window.statusBar().currentMessage() == "Sample data loaded"
    open_section(qtbot, window, "contact")
    assert record_table(window).model().rowCount() == 9


def test_a_workbook_that_cannot_be_read_is_refused_with_a_reason(qtbot, db_path, tmp_path):
    window = open_window(qtbot, db_path)
    bad = tmp_path / "members.xlsx"
    bad.write_text("not a workbook", encoding="utf-8")
    window.dashboard.welcome.import_workbook(bad)
    wizard = window.findChild(ImportWizard)
    assert wizard is not None and wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=30_000)
    state = wizard.findChild(QLabel, "importFileState").text()
    assert state == "members.xlsx is not an Excel workbook (.xlsx), or it is damaged"
    assert not wizard.findChild(QPushButton, "importNextButton").isVisible()
    wizard.close()
    assert window.dashboard.welcome.isVisible()


def test_dashboard_items_open_their_record(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    view = window.dashboard.view
    assert view.isVisible()
    assert view.cards["member_city"].number.text() == "9"
    actions = view.findChild(QListWidget, "actionsList")
    assert actions.count() == 4
    assert "4 overdue" in view.actions_panel.findChild(QLabel, "panelTitle").text()
    item = actions.item(3)
    assert item.text().startswith("Present the Action Plan 2021-2023")
    # clicking an action item shows it selected in its section
    rect = actions.visualItemRect(item)
    qtbot.mouseClick(actions.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = current_page(window)
    assert page.kind == "action_item"
    row = page.table.currentIndex().row()
    assert page.model.text(row, "description").startswith("Present the Action Plan 2021-2023")

    # a card opens its section
    window.show_section(0)
    qtbot.mouseClick(view.cards["meeting"], Qt.MouseButton.LeftButton)
    assert current_page(window).kind == "meeting"
