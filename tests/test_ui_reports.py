"""Reports window: the meetings register and action items tabs, exported with their button."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import Qt
from ui_support import column_texts, open_window, settle

from metrodesk.ui.reports.window import ReportsWindow


def test_meetings_register_and_action_items_tabs_export(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    reports = window.show_reports(2)
    settle(qtbot, window)
    assert reports.tabs.currentWidget() is reports.meetings
    assert reports.meetings.summary.text() == "2 meetings, 43 attendees, 5 decisions"
    assert column_texts(reports.meetings.table, 0) == ["2019-11-26 09:00", "2016-11-04 10:00"]
    assert reports.meetings.years_chart.chart().title() == "Meetings per year and kind"

    target = tmp_path / "register.xlsx"
    reports.meetings.path_chooser = lambda parent, suggested: target
    qtbot.mouseClick(reports.meetings.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reports.meetings.exported == target, timeout=30_000)
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Summary", "Meetings register"]
    assert wb.properties.lastModifiedBy == window.services.db.author

    reports.tabs.setCurrentIndex(3)
    actions = reports.action_items
    # the sample's four follow-ups are all past due today
    assert actions.summary.text() == "4 action items: 4 open, 4 overdue, 0 done"
    owners = actions.owners_chart.chart().axes(Qt.Orientation.Horizontal)[0].categories()
    assert owners == ["Agnès Bickart", "Octavi de la Varga Mas"]
    target = tmp_path / "actions.xlsx"
    actions.path_chooser = lambda parent, suggested: target
    qtbot.mouseClick(actions.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.exported == target, timeout=30_000)
    assert openpyxl.load_workbook(target).sheetnames == [
        "Summary", "Actions by due date", "Actions by owner",
    ]  # fmt: skip


def test_reports_menu_opens_each_report(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.meetings_report_action.trigger()
    settle(qtbot, window)
    window.actions_report_action.trigger()
    settle(qtbot, window)
    shown = window.findChildren(ReportsWindow, "reportsWindow")
    assert sorted(w.tabs.currentIndex() for w in shown) == [2, 3]
