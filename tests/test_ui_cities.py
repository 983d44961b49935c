"""Member cities in the GUI: filter the list by region, open a city, add a fee, record a
payment and a status change, see the fees of a year."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton
from ui_support import (
    column_texts,
    is_closed,
    open_section,
    open_window,
    record_table,
    settle,
    type_text,
)

from metrodesk.ui.cities.editor import CityDialog
from metrodesk.ui.cities.page import CityPage
from metrodesk.ui.records.editor_parts import select_row_with


def _open_city(qtbot, window, name: str) -> CityDialog:
    page = open_section(qtbot, window, "member_city")
    assert page.select_record(next(i for i, n in window.services.cities.city_names(name)))
    page.open_current()
    dialog = window.findChild(CityDialog)
    assert dialog is not None and dialog.isVisible()
    settle(qtbot, window)
    return dialog


def test_filter_cities_by_region_and_unpaid_fees(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "member_city")
    assert isinstance(page, CityPage)
    table = record_table(window)
    assert len(column_texts(table)) == 9
    region = page.findChild(QComboBox, "regionFilter")
    settle(qtbot, window)
    region.setCurrentIndex(region.findData("Africa"))
    assert column_texts(table) == ["Cairo", "Dakar"]
    assert page.count_label.text() == "2 member cities"
    page.set_filter("region", None)
    page.set_filter("unpaid_year", 2020)
    assert column_texts(table) == ["Barcelona", "Cairo"]
    # search and filters together
    page.set_query("cai")
    assert column_texts(table) == ["Cairo"]


def test_add_a_fee_then_record_its_payment(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open_city(qtbot, window, "Berlin")
    dialog.tabs.setCurrentIndex(3)
    dialog.fee_year.setText("")
    qtbot.keyClicks(dialog.fee_year, "2021")
    qtbot.keyClicks(dialog.fee_amount, "12000")
    qtbot.keyClicks(dialog.fee_invoiced, "2021-01-31")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addFeeButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert column_texts(dialog.fees_table)[0] == "2021"
    # invoiced long ago and unpaid: red, "Overdue"
    assert dialog.fees_table.item(0, 5).text() == "Overdue"
    # a second fee for the same year is refused, the reason shown under the fields
    qtbot.keyClicks(dialog.fee_amount, "5")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addFeeButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    error = dialog.findChild(QLabel, "error_fee")
    assert error.isVisible() and "already has a 2021 fee" in error.text()

    dialog.fees_table.selectRow(0)
    qtbot.mouseClick(dialog.pay_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.fees_table.item(0, 4).text() == date.today().isoformat()
    assert dialog.fees_table.item(0, 5).text() == "Paid"
    # then corrected: paid in April, not today
    dialog.fees_table.selectRow(0)
    assert dialog.fee_amount.text() == "12000.00"
    dialog.fee_paid.setText("2021-04-02")
    qtbot.mouseClick(dialog.correct_fee_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.fees_table.item(0, 4).text() == "2021-04-02"
    # shown as it will be, written only on Save
    city_id = dialog.record_id
    assert all(f.year != 2021 for f in window.services.cities.detail(city_id).fees)
    assert "3 changes not saved yet" in dialog.unsaved_label.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert is_closed(dialog)
    fee = next(f for f in window.services.cities.detail(city_id).fees if f.year == 2021)
    assert fee.amount == Decimal(12000) and fee.paid_on.isoformat() == "2021-04-02"
    assert window.undo_action.text() == "&Undo Edit member city"


def test_cancel_after_adding_a_fee_leaves_no_fee(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open_city(qtbot, window, "Berlin")
    city_id = dialog.record_id
    fees_before = window.services.cities.detail(city_id).fees
    undo_before = window.undo_action.text()
    dialog.tabs.setCurrentIndex(3)
    dialog.fee_year.setText("2030")
    qtbot.keyClicks(dialog.fee_amount, "1500")
    qtbot.mouseClick(dialog.findChild(QPushButton, "addFeeButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert column_texts(dialog.fees_table)[0] == "2030"
    # Cancel asks first; discarding leaves nothing behind
    qtbot.mouseClick(dialog.findChild(QPushButton, "cancelButton"), Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "discardChangesBox")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(box.findChild(QPushButton, "discardChangesButton"), Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert is_closed(dialog)
    assert window.services.cities.detail(city_id).fees == fees_before
    assert window.undo_action.text() == undo_before


def test_a_fee_entered_by_mistake_is_deleted(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open_city(qtbot, window, "Cairo")
    city_id = dialog.record_id
    years = sorted(f.year for f in window.services.cities.detail(city_id).fees)
    dialog.tabs.setCurrentIndex(3)
    assert select_row_with(dialog.fees_table, str(years[0]))
    qtbot.mouseClick(dialog.delete_fee_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert str(years[0]) not in column_texts(dialog.fees_table)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert sorted(f.year for f in window.services.cities.detail(city_id).fees) == years[1:]


def test_status_change_from_the_status_tab(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open_city(qtbot, window, "Dakar")
    assert not dialog.editors["status"].widget.isEnabled()
    combo = dialog.next_status
    assert [combo.itemData(i) for i in range(combo.count())] == ["suspended", "former"]
    dialog.status_date.setText("2021-02-01")
    type_text(qtbot, dialog.status_note, "Décision du bureau")
    qtbot.mouseClick(dialog.status_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert dialog.status_label.text() == "Current status: <b>Suspended</b>"
    assert column_texts(dialog.history_table, 2)[0] == "Décision du bureau"
    # a date before the last change is refused at the tab
    dialog.status_date.setText("1990-01-01")
    qtbot.mouseClick(dialog.status_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "before the last recorded change" in dialog.status_error.text()
    # the list shows the new status once saved
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    table = record_table(window)
    row = column_texts(table).index("Dakar")
    assert table.model().index(row, 3).data() == "Suspended"


def test_fees_for_a_year_view(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "member_city")
    dialog = page.show_fees_for_year()
    settle(qtbot, window)
    dialog.year.setValue(2020)
    settle(qtbot, window)
    assert dialog.table.rowCount() == 9
    assert select_row_with(dialog.table, "Cairo")
    assert dialog.table.item(dialog.table.currentRow(), 6).text() == "Overdue"
    assert "paid 88,000.00" in dialog.totals.text() and "unpaid 24,000.00" in dialog.totals.text()


def test_edit_a_focal_point_role_and_dates(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open_city(qtbot, window, "Seoul")
    dialog.tabs.setCurrentIndex(2)
    assert column_texts(dialog.focal_table) == ["KIM Chang-Beom"]
    # nothing selected: nothing to edit
    assert not dialog.save_focal_button.isEnabled()
    dialog.focal_table.selectRow(0)
    assert dialog.save_focal_button.isEnabled()
    assert dialog.edit_focal_role.text() == dialog.focal_table.item(0, 1).text()
    dialog.edit_focal_role.clear()
    qtbot.keyClicks(dialog.edit_focal_role, "political focal point")
    dialog.edit_focal_from.clear()
    qtbot.keyClicks(dialog.edit_focal_from, "2017-05-01")
    dialog.edit_focal_to.clear()
    qtbot.keyClicks(dialog.edit_focal_to, "2022-12-31")
    qtbot.mouseClick(dialog.save_focal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert [dialog.focal_table.item(0, c).text() for c in range(1, 4)] == [
        "political focal point",
        "2017-05-01",
        "2022-12-31",
    ]
    # the row stays selected; an end before the start is refused under the fields
    assert dialog.edit_focal_role.text() == "political focal point"
    dialog.edit_focal_to.setText("2000-01-01")
    qtbot.mouseClick(dialog.save_focal_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    error = dialog.findChild(QLabel, "error_focalPoint")
    assert error.isVisible() and "To: is before the start" in error.text()
    assert dialog.focal_table.item(0, 3).text() == "2022-12-31"
    city_id = dialog.record_id
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    (fp,) = window.services.cities.detail(city_id).focal_points
    assert (fp.role, fp.start_date.isoformat(), fp.end_date.isoformat()) == (
        "political focal point",
        "2017-05-01",
        "2022-12-31",
    )
    assert window.undo_action.text() == "&Undo Edit member city"
