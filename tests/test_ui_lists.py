"""Contacts and organisations lists: a header click sorts, the filter row narrows the list
and the status bar count follows, the header's menu hides columns and remembers them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QPushButton
from ui_support import column_texts, open_section, open_window, record_table, settle, type_text

from metrodesk.ui.lists.section_page import SectionPage


def _click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + 10
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_clicking_a_header_sorts_and_again_reverses(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "organisation")
    table = record_table(window)
    default = column_texts(table)
    city = page.model.column("city")

    _click_header(qtbot, table, city)
    cities = column_texts(table, city)
    named = [c for c in cities if c]
    # ascending, organisations without a city last
    assert cities == sorted(named, key=str.casefold) + [""] * (len(cities) - len(named))
    assert table.horizontalHeader().sortIndicatorSection() == city

    _click_header(qtbot, table, city)
    cities = column_texts(table, city)
    assert cities[: len(named)] == sorted(named, key=str.casefold, reverse=True)

    # a third click goes back to the list's own order
    _click_header(qtbot, table, city)
    assert table.horizontalHeader().sortIndicatorSection() == -1
    assert column_texts(table) == default


def test_contacts_sort_by_name_descending(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "contact")
    table = record_table(window)
    default = column_texts(table)
    _click_header(qtbot, table, 0)
    assert column_texts(table) == default
    _click_header(qtbot, table, 0)
    assert column_texts(table) == list(reversed(default))


def test_filter_by_country_narrows_the_list_and_the_count(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    table = record_table(window)
    total = len(column_texts(table))
    assert window.status_count.text() == f"{total} contacts"

    country = page.findChild(QComboBox, "countryFilter")
    qtbot.waitUntil(lambda: country.findData("KR") >= 0)
    country.setCurrentIndex(country.findData("KR"))
    settle(qtbot, window)
    korean = column_texts(table, page.model.column("country"))
    assert korean and set(korean) == {country.currentText()}
    assert len(korean) < total
    assert window.status_count.text() == f"{len(korean)} contacts"

    # search, filter and sort combine
    type_text(qtbot, page.search_box, "Seoul")
    page.set_query("Seoul")
    settle(qtbot, window)
    assert len(column_texts(table)) == window.services.lists.count(
        "contact", "Seoul", filters={"country": "KR"}
    )
    _click_header(qtbot, table, 0)
    _click_header(qtbot, table, 0)
    names = column_texts(table)
    assert len(names) > 1
    assert names == sorted(names, key=str.casefold, reverse=True)

    clear = page.findChild(QPushButton, "clearFiltersButton")
    assert clear.isEnabled()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    page.set_query("")
    settle(qtbot, window)
    assert len(column_texts(table)) == total
    assert country.currentIndex() == 0


def test_has_email_filter(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    without = page.findChild(QComboBox, "has_emailFilter")
    without.setCurrentIndex(without.findData(False))
    settle(qtbot, window)
    emails = column_texts(record_table(window), page.model.column("email"))
    assert emails and all(not e for e in emails)


def test_column_chooser_hides_a_column_and_remembers_it(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    table = record_table(window)
    phone = page.model.column("phone")
    menu = page.column_menu()
    action = menu.findChild(type(menu.actions()[0]), "column_phone")
    assert action.isChecked()
    action.trigger()
    assert table.isColumnHidden(phone)
    assert page.hidden_columns() == ["phone"]

    # a new page of the same section (the next window) hides it too
    again = SectionPage(page.section, window.services, window.runner, window.changes)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(phone)
    again.set_column_hidden("phone", False)  # leave the settings as found
    assert not again.table.isColumnHidden(phone)


def test_a_long_list_sorts_in_the_background_and_keeps_the_selection(
    qtbot, sample_path, monkeypatch
):
    from metrodesk.ui.lists import record_model

    # given a contacts list counted as long
    monkeypatch.setattr(record_model, "BACKGROUND_ROWS", 0)
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    table = record_table(window)
    total = page.model.count()
    city = page.model.column("city")
    # when the City header is clicked, the count says the list is being sorted
    _click_header(qtbot, table, city)
    assert page.model.loading
    assert page.count_label.text() == "Sorting…"
    # then the sorted rows arrive, with the count, and the selected contact stays selected
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    cities = column_texts(table, city)
    named = [c for c in cities if c]
    assert cities == sorted(named, key=str.casefold) + [""] * (len(cities) - len(named))
    assert page.count_label.text() == f"{total} contacts"
    # a refresh (after an edit) reads in the background too, and selects the same contact
    page.select_row(2)
    chosen = page.current_record_id()
    page.refresh()
    assert page.model.loading
    qtbot.waitUntil(lambda: not page.model.loading, timeout=10_000)
    assert page.current_record_id() == chosen
