"""File › Export list to Excel… (Ctrl+E): the list as the user sees it, written on the worker."""

from __future__ import annotations

from datetime import datetime

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox
from ui_support import column_texts, open_section, open_window, record_table, settle

from metrodesk.ui.lists.export_action import suggested_path


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_ctrl_e_exports_the_filtered_sorted_list_with_its_visible_columns(
    qtbot, sample_path, tmp_path
):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    table = record_table(window)
    country = page.findChild(QComboBox, "countryFilter")
    qtbot.waitUntil(lambda: country.findData("KR") >= 0)
    country.setCurrentIndex(country.findData("KR"))
    settle(qtbot, window)
    _click_header(qtbot, table, 0)
    _click_header(qtbot, table, 0)  # name, descending
    menu = page.column_menu()
    menu.findChild(type(menu.actions()[0]), "column_job_title").trigger()
    shown = column_texts(table)
    assert len(shown) == 3

    target = tmp_path / "korea.xlsx"
    asked = []
    window.list_export.path_chooser = lambda parent, suggested: asked.append(suggested) or target
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.list_export.written == target, timeout=30_000)

    assert asked[0].name == f"Contacts {datetime.now().date().isoformat()}.xlsx"
    rows = list(openpyxl.load_workbook(target)["Contacts"].values)
    assert rows[0] == (
        "Name", "Organisation", "E-mail", "Phone", "City", "Country", "Language",
    )  # fmt: skip
    assert [r[0] for r in rows[1:]] == shown
    assert {r[5] for r in rows[1:]} == {country.currentText()}
    assert "3 rows exported to korea.xlsx" in window.statusBar().currentMessage()
    page.set_column_hidden("job_title", False)  # leave the settings as found


def test_export_of_meetings_keeps_dates(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "meeting")
    target = tmp_path / "meetings.xlsx"
    window.list_export.path_chooser = lambda parent, suggested: target
    window.export_list_action.trigger()
    qtbot.waitUntil(lambda: window.list_export.written == target, timeout=30_000)
    rows = list(openpyxl.load_workbook(target)["Meetings"].values)
    assert rows[0] == ("Starts", "Title", "Kind", "City", "Venue")
    assert rows[1][0] == datetime(2019, 11, 26, 9, 0)


def test_cancelled_dialog_writes_nothing_and_dashboard_says_why(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    window.list_export.path_chooser = lambda parent, suggested: None
    open_section(qtbot, window, "organisation")
    assert window.list_export.export(window.current_page()) is None
    window.show_section(0)
    window.export_list_action.trigger()
    assert "Open a list" in window.statusBar().currentMessage()
    assert window.list_export.written is None


def test_suggested_name_is_section_and_date():
    from datetime import date

    assert suggested_path("member_city", date(2021, 2, 1)).name == "Member cities 2021-02-01.xlsx"


def test_cancel_leaves_no_file_and_no_temporary_file(qtbot, sample_path, tmp_path):
    import threading

    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    out = tmp_path / "out"
    out.mkdir()
    window.list_export.path_chooser = lambda parent, suggested: out / "contacts.xlsx"
    # hold the worker, so that Cancel is pressed before the export has begun
    gate = threading.Event()
    window.runner.run(gate.wait)
    op = window.list_export.export(page)
    op.cancel()
    gate.set()
    qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30_000)
    assert "Export cancelled" in window.statusBar().currentMessage()
    assert list(out.iterdir()) == []
    assert window.list_export.written is None
