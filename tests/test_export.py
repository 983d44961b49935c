"""The contract workbook: real files written from real databases, read back with openpyxl."""

from __future__ import annotations

import stat
import uuid
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from metrodesk.data.models import Contact
from metrodesk.services.exports.cells import MAX_CELL_TEXT, unescape_text
from metrodesk.services.exports.kinds import EXPORT_KINDS
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.exports.writer import ExportCancelled
from metrodesk.services.facade import Services

CONTRACT_SHEETS = [
    "Contacts",
    "Organisations",
    "Member cities",
    "Training",
    "Meetings",
    "Action items",
]
CONTACT_HEADERS = [
    "UUID",
    "Given name",
    "Family name",
    "Job title",
    "Organisation",
    "E-mail",
    "Phone",
    "City",
    "Country",
    "Language",
]


def export(svc: Services, tmp_path: Path, kind: str = "all") -> Workbook:
    target = tmp_path / f"{kind}.xlsx"
    export_workbook(svc.db, kind, target)
    return openpyxl.load_workbook(target)


def rows_by_header(wb: Workbook, sheet: str) -> list[dict[str, object]]:
    rows = list(wb[sheet].iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=False)) for row in rows[1:]]


def cell_of(wb: Workbook, sheet: str, header: str, row: int = 2) -> openpyxl.cell.Cell:
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    return ws.cell(row=row, column=headers.index(header) + 1)


def test_all_has_the_contract_sheets_with_headers_and_uuids(
    sample_services: Services, tmp_path: Path
) -> None:
    wb = export(sample_services, tmp_path)

    assert wb.sheetnames[:1] == ["Contacts"]
    assert set(CONTRACT_SHEETS) <= set(wb.sheetnames)
    for ws in wb.worksheets:
        assert ws.cell(1, 1).value == "UUID", ws.title
        for (value,) in ws.iter_rows(min_row=2, max_col=1, values_only=True):
            assert str(uuid.UUID(str(value))) == value
    headers = [c.value for c in wb["Contacts"][1]]
    assert headers[: len(CONTACT_HEADERS)] == CONTACT_HEADERS


def test_contacts_sheet_holds_every_live_contact(sample_services: Services, tmp_path: Path) -> None:
    wb = export(sample_services, tmp_path)

    rows = rows_by_header(wb, "Contacts")
    ids = {row.id for row in sample_services.lists.page("contact", limit=10_000)}
    assert {uuid.UUID(str(r["UUID"])) for r in rows} == ids
    agnes = next(r for r in rows if r["Given name"] == "Agnès")
    assert agnes["Family name"] == "Bickart"
    assert agnes["E-mail"] == "abickart@metropolis.org"


def test_dates_are_excel_dates_and_numbers_numbers(
    sample_services: Services, tmp_path: Path
) -> None:
    wb = export(sample_services, tmp_path)

    starts = cell_of(wb, "Meetings", "Starts")
    assert isinstance(starts.value, datetime)
    assert starts.is_date and "yyyy" in starts.number_format
    due = [r["Due"] for r in rows_by_header(wb, "Action items") if r["Due"] is not None]
    assert due and all(isinstance(d, datetime) for d in due)
    since = [r["Member since"] for r in rows_by_header(wb, "Member cities")]
    assert any(isinstance(year, int) for year in since)


def test_phone_stays_text_with_its_plus(services: Services, tmp_path: Path) -> None:
    services.records.create("contact", {"family_name": "Vidal", "phone": "+34 934 134 500"})

    wb = export(services, tmp_path, "contacts")

    phone = cell_of(wb, "Contacts", "Phone")
    assert phone.value == "+34934134500"
    assert phone.data_type == "s"


def test_further_emails_and_phones_get_their_own_columns(
    services: Services, tmp_path: Path
) -> None:
    from metrodesk.data.models import ContactEmail

    cid = services.records.create("contact", {"family_name": "Kim", "email": "kim@seoul.go.kr"})
    with services.db.action("add e-mail") as s:
        s.add(ContactEmail(contact_id=cid, address="kim@example.org", position=1))

    wb = export(services, tmp_path, "contacts")

    row = rows_by_header(wb, "Contacts")[0]
    assert (row["E-mail"], row["E-mail 2"]) == ("kim@seoul.go.kr", "kim@example.org")


@pytest.mark.parametrize("kind", sorted(EXPORT_KINDS))
def test_each_kind_writes_its_sheets(sample_services: Services, tmp_path: Path, kind: str) -> None:
    wb = export(sample_services, tmp_path, kind)

    assert wb.sheetnames == list(EXPORT_KINDS[kind])


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("job_title", "=1+1"),
        ("job_title", "+33 1 23"),
        ("job_title", "-x"),
        ("job_title", "@SUM(A1)"),
        ("job_title", '=HYPERLINK("http://evil.example","x")'),
        # text fields are trimmed by the form rules; notes keep their first character
        ("notes", "\tx"),
        ("notes", "\rx"),
        # a NUL no editor lets in any more, as a file of an earlier version may hold it
        ("notes", "\x00x"),
    ],
)
def test_formula_like_text_is_written_as_text(
    services: Services, tmp_path: Path, field: str, value: str
) -> None:
    cid = services.records.create("contact", {"family_name": "Injection"})
    with services.db.action("stored as it is") as s:
        setattr(s.get(Contact, cid), field, value)
    target = tmp_path / "contacts.xlsx"

    export_workbook(services.db, "contacts", target)

    header = "Job title" if field == "job_title" else "Notes"
    cell = cell_of(openpyxl.load_workbook(target), "Contacts", header)
    assert cell.data_type == "s"
    assert unescape_text(str(cell.value)) == value
    if field == "job_title":
        assert cell.value == value
    with zipfile.ZipFile(target) as zf:
        assert "<f>" not in zf.read("xl/worksheets/sheet1.xml").decode()


def test_header_is_bold_and_frozen_and_the_file_private(
    sample_services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "all.xlsx"

    export_workbook(sample_services.db, "all", target)

    wb = openpyxl.load_workbook(target)
    ws = wb["Contacts"]
    assert ws["A1"].font.bold
    assert ws.freeze_panes == "A2"
    assert ws.column_dimensions["A"].width >= 36
    assert wb.properties.title == "MetroDesk export: all"
    assert wb.properties.creator.startswith("MetroDesk")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_deleted_records_are_left_out(services: Services, tmp_path: Path) -> None:
    keep = services.records.create("organisation", {"name": "Metropolis"})
    gone = services.records.create("organisation", {"name": "Gone"})
    services.records.delete("organisation", gone)

    rows = rows_by_header(export(services, tmp_path, "organisations"), "Organisations")

    assert [r["UUID"] for r in rows] == [str(keep)]


def test_text_longer_than_excel_allows_is_cut(services: Services, tmp_path: Path) -> None:
    # no editor or import stores more any more; a file of an earlier version may hold it
    cid = services.records.create("contact", {"family_name": "Long"})
    with services.db.action("stored as it is") as s:
        s.get(Contact, cid).notes = "n" * 40_000

    wb = export(services, tmp_path, "contacts")

    assert cell_of(wb, "Contacts", "Notes").value == "n" * MAX_CELL_TEXT


def test_progress_is_reported_and_returns_the_row_count(
    sample_services: Services, tmp_path: Path
) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    written = export_workbook(sample_services.db, "contacts", tmp_path / "c.xlsx", progress)

    total = sample_services.lists.count("contact")
    assert written == total
    assert seen[0] == (0, total) and seen[-1] == (total, total)


def test_cancel_leaves_no_file_and_keeps_an_older_one(
    sample_services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "all.xlsx"
    target.write_bytes(b"the previous export")

    with pytest.raises(ExportCancelled):
        export_workbook(sample_services.db, "all", target, lambda done, total: False)

    assert target.read_bytes() == b"the previous export"
    assert sorted(
        p.name for p in tmp_path.iterdir() if "xlsx" in p.name or "partial" in p.name
    ) == ["all.xlsx"]


def test_a_new_export_replaces_the_old_file(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "orgs.xlsx"
    target.write_bytes(b"old")
    services.records.create("organisation", {"name": "Metropolis"})

    export_workbook(services.db, "organisations", target)

    assert (
        rows_by_header(openpyxl.load_workbook(target), "Organisations")[0]["Name"] == "Metropolis"
    )


def test_dates_round_trip_exactly(services: Services, tmp_path: Path) -> None:
    services.records.create(
        "action_item", {"description": "Report", "due_on": "2020-10-30", "done_on": "2020-11-02"}
    )

    row = rows_by_header(export(services, tmp_path, "actions"), "Action items")[0]

    assert row["Due"] == datetime(2020, 10, 30) and row["Done on"] == datetime(2020, 11, 2)
    assert isinstance(row["Due"], date)


def test_sheets_have_a_filter_over_the_data_and_document_properties(
    sample_services: Services, tmp_path: Path
) -> None:
    target = tmp_path / "all.xlsx"

    export_workbook(sample_services.db, "all", target)

    wb = openpyxl.load_workbook(target)
    for title in wb.sheetnames:
        ws = wb[title]
        assert ws.freeze_panes == "A2"
        assert all(cell.font.bold for cell in ws[1])
        # the filter spans the header and every data row, and every column
        assert ws.auto_filter.ref == f"A1:{ws.cell(1, ws.max_column).column_letter}{ws.max_row}"
    assert wb["Contacts"].max_row > 1
    assert wb.properties.title == "MetroDesk export: all"
    assert wb.properties.creator.startswith("MetroDesk")
    assert isinstance(wb.properties.created, datetime)
    assert abs(wb.properties.created - datetime.now(UTC).replace(tzinfo=None)).days < 1


def test_long_text_wraps_in_rows_tall_enough_and_pages_print_readably(
    sample_services: Services, tmp_path: Path
) -> None:
    wb = export(sample_services, tmp_path)
    ws = wb["Contacts"]
    notes = cell_of(wb, "Contacts", "Notes")
    assert notes.alignment.wrap_text
    # LibreOffice keeps a row's default height: a wrapped note gets the height it needs
    assert ws.row_dimensions[2].height and ws.row_dimensions[2].height >= 30
    assert ws["A1"].font.name == "Calibri"  # LibreOffice shows nameless fonts in a serif
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) == ws.PAPERSIZE_A4
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (2, 0)
    assert ws.print_title_rows == "$1:$1"


def test_a_cancelled_export_leaves_no_temporary_files(
    sample_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))  # where openpyxl streams sheets
    calls: list[int] = []

    def stop_after_the_first_sheet(done: int, total: int) -> bool:
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(ExportCancelled):
        export_workbook(
            sample_services.db, "all", tmp_path / "out.xlsx", stop_after_the_first_sheet
        )
    assert list(scratch.iterdir()) == []
    assert not (tmp_path / "out.xlsx").exists()
