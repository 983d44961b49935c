"""A list exported as the user sees it: real files from real databases, read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime

import openpyxl
import pytest

from metrodesk.data.models import Contact
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.list_workbook import CHUNK, export_list
from metrodesk.services.exports.writer import ExportCancelled
from metrodesk.services.facade import Services
from metrodesk.services.lists.source import ListQuery
from metrodesk.services.records.crud import contact_sort_key


def _rows(path) -> list[tuple]:
    return list(openpyxl.load_workbook(path)["Contacts"].values)


def test_search_filter_sort_and_columns_are_honoured(sample_services: Services, tmp_path):
    path = tmp_path / "korea.xlsx"
    written = export_list(
        sample_services.list_source("contact"),
        path,
        ListQuery("seoul", {"country": "KR"}, ("name", True)),
        columns=["job_title", "name", "country"],
        headers=["Job title", "Name", "Country"],
    )
    rows = _rows(path)
    assert written == 3
    assert rows == [
        ("Job title", "Name", "Country"),
        ("Director of the Training Institute (SHRDC)", "WON", "South Korea"),
        ("Mayor of Seoul", "PARK", "South Korea"),
        ("Representative of the Office of the Mayor of Seoul", "KIM Chang-Beom", "South Korea"),
    ]  # fmt: skip


def test_header_formatting_and_properties(sample_services: Services, tmp_path):
    path = tmp_path / "contacts.xlsx"
    # through the services' entry point, which knows the database the list comes from
    sample_services.exports.list(sample_services.list_source("contact"), path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Contacts"]
    assert [c.value for c in ws[1]] == [
        "Name", "Job title", "Organisation", "E-mail", "Phone", "City", "Country", "Language",
    ]  # fmt: skip
    assert all(c.font.bold for c in ws[1])
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:H10"
    assert ws.column_dimensions["A"].width == 28
    assert wb.properties.title == "MetroDesk list: Contacts"
    assert wb.properties.creator.startswith("MetroDesk")
    assert wb.properties.lastModifiedBy == sample_services.db.author
    assert wb.properties.subject == sample_services.path.stem
    assert ws["A2"].value == "Agnès Bickart"
    assert ws["H2"].value == "French"


def test_dates_numbers_phones_and_formula_text(sample_services: Services, tmp_path):
    svc = sample_services
    contact = svc.records.create(
        "contact",
        {"given_name": "=cmd|' /C calc'!A0", "family_name": "Zz", "phone": "+34 933 420 600"},
    )
    assert contact
    path = tmp_path / "phones.xlsx"
    export_list(svc.list_source("contact"), path, ListQuery("zz"), columns=["name", "phone"])
    ws = openpyxl.load_workbook(path)["Contacts"]
    assert ws["A2"].value == "=cmd|' /C calc'!A0 Zz"
    assert ws["A2"].data_type == "s"
    assert ws["B2"].data_type == "s" and ws["B2"].value.startswith("+34")

    export_list(svc.list_source("member_city"), tmp_path / "cities.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "cities.xlsx")["Member cities"]
    assert [c.value for c in ws[2]] == ["Barcelona", "Spain", "Europe", "Active", 1985, 1620000]
    assert ws["F2"].number_format == "#,##0"

    export_list(svc.list_source("meeting"), tmp_path / "meetings.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "meetings.xlsx")["Meetings"]
    assert ws["A2"].value == datetime(2019, 11, 26, 9, 0)
    assert ws["A2"].number_format == "yyyy-mm-dd hh:mm"

    export_list(svc.list_source("action_item"), tmp_path / "actions.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "actions.xlsx")["Action items"]
    assert ws["C2"].value == datetime(2016, 12, 16)  # openpyxl reads dates back as datetimes
    assert ws["C2"].is_date and ws["C2"].number_format == "yyyy-mm-dd"
    assert ws["A2"].alignment.wrap_text


def test_long_lists_come_in_chunks_in_order(services: Services, tmp_path):
    with services.db.action("many") as s:
        # the list's own model rows, written as a bulk import would (records.create per row
        # would make this test slow for nothing it checks)
        for i in range(CHUNK + 150):
            given = f"P{i:05d}"
            s.add(
                Contact(
                    given_name=given, family_name="Many", sort_key=contact_sort_key("Many", given)
                )
            )
    calls: list[tuple[int, int]] = []
    path = tmp_path / "many.xlsx"
    written = export_list(
        services.list_source("contact"),
        path,
        ListQuery(sort=("name", True)),
        columns=["name"],
        progress=lambda done, total: calls.append((done, total)) is None,
    )
    assert written == CHUNK + 150
    names = [r[0] for r in _rows(path)[1:]]
    assert names == sorted(names, reverse=True) and len(set(names)) == written
    assert calls[0] == (0, written) and calls[-1] == (written, written)


def test_cancel_leaves_no_file(sample_services: Services, tmp_path):
    path = tmp_path / "stop.xlsx"
    with pytest.raises(ExportCancelled):
        export_list(sample_services.list_source("contact"), path, progress=lambda d, t: False)
    assert list(tmp_path.iterdir()) == [tmp_path / "sample.sqlite"] or not path.exists()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".xlsx", ".partial"))]


def test_bad_requests_are_refused_in_one_line(sample_services: Services, tmp_path):
    with pytest.raises(ServiceError, match="no column"):
        export_list(sample_services.list_source("contact"), tmp_path / "x.xlsx", columns=["shoe"])
    with pytest.raises(ServiceError, match="xlsx"):
        export_list(sample_services.list_source("contact"), tmp_path / "x.csv")
    assert not list(tmp_path.glob("x.*"))


def test_action_items_due_dates_stay_dates(sample_services: Services, tmp_path):
    path = tmp_path / "a.xlsx"
    export_list(sample_services.list_source("action_item"), path, columns=["due_on", "status"])
    rows = list(openpyxl.load_workbook(path)["Action items"].values)
    dues = [r[0].date() for r in rows[1:] if r[0] is not None]
    assert dues == sorted(dues) and dues[0] == date(2016, 12, 16)
