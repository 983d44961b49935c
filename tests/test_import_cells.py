"""Cells and sheets the attack used to change data without saying so (issue 18, items 3,
5-11, 14): every one is refused at its row and column (or the sheet in one line), or read as
the user meant; nothing is written by a refused import, not even a backup."""

from __future__ import annotations

import hashlib
import re
import shutil
import subprocess
import sys
import uuid
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from test_import import edit, exported, journal_size, row_of

from metrodesk import paths
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.imports.apply import import_workbook, preview_workbook
from metrodesk.services.imports.outcome import ImportRejected


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused_rows(svc: Services, book: Path) -> list[str]:
    """The rejected rows of an import that must write nothing: not a row, not a backup."""
    before = (journal_size(svc), sha(svc.db.path))
    with pytest.raises(ImportRejected) as refused:
        import_workbook(svc.db, book)
    assert (journal_size(svc), sha(svc.db.path)) == before
    assert not paths.backup_dir(svc.db.path).exists(), "a refused import made a backup"
    assert all("\n" not in line for line in refused.value.problems)
    return refused.value.problems


def refused_sheet(svc: Services, book: Path) -> str:
    before = (journal_size(svc), sha(svc.db.path))
    with pytest.raises(ServiceError) as refused:
        import_workbook(svc.db, book)
    assert not isinstance(refused.value, ImportRejected)
    assert (journal_size(svc), sha(svc.db.path)) == before
    assert not paths.backup_dir(svc.db.path).exists()
    return str(refused.value)


def rewrite_sheet(book: Path, title: str, change: Any) -> Path:
    """Rewrite one sheet's XML inside the workbook (what other tools write, or a crafted file)."""
    with zipfile.ZipFile(book) as zf:
        names = zf.namelist()
        parts = {n: zf.read(n) for n in names}
    wb = openpyxl.load_workbook(book, read_only=True)
    index = wb.sheetnames.index(title) + 1
    wb.close()
    member = f"xl/worksheets/sheet{index}.xml"
    parts[member] = change(parts[member].decode("utf-8")).encode("utf-8")
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as zf:
        for n in names:
            zf.writestr(n, parts[n])
    return book


def cell_ref(book: Path, sheet: str, header: str, row: int) -> str:
    ws = openpyxl.load_workbook(book)[sheet]
    column = [c.value for c in ws[1]].index(header) + 1
    return f"{openpyxl.utils.get_column_letter(column)}{row}"


def set_raw_cell(book: Path, sheet: str, ref: str, xml: str) -> Path:
    """Put the cell element `xml` at `ref`, replacing what is there."""

    def change(text: str) -> str:
        pattern = re.compile(rf'<c r="{ref}"(?:[^>]*/>|[^>]*>.*?</c>)', re.DOTALL)
        assert pattern.search(text), f"no cell {ref}"
        return pattern.sub(xml, text, count=1)

    return rewrite_sheet(book, sheet, change)


# ---------------------------------------------------------------------------------------------
# item 5: formulas without a stored result


def test_a_formula_without_its_result_is_refused_not_read_as_empty(
    sample_services: Services, tmp_path: Path
) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    row = row_of(book, "Contacts", "Family name", "Bickart")
    edit(book, "Contacts", "Job title", row, "=CONCAT(A1,B1)")  # openpyxl stores no result
    edit(book, "Contacts", "UUID", row + 1, "=A2")

    problems = refused_rows(sample_services, book)

    assert f"Contacts, row {row}: Job title: a formula, not a value" in problems[0]
    assert f"Contacts, row {row + 1}: UUID: a formula, not a value" in problems[1]


def test_a_formula_with_its_stored_result_reads_as_that_result(
    sample_services: Services, tmp_path: Path
) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    row = row_of(book, "Contacts", "Family name", "Bickart")
    ref = cell_ref(book, "Contacts", "Job title", row)
    set_raw_cell(
        book, "Contacts", ref, f'<c r="{ref}" t="str"><f>"Direc"&amp;"tor"</f><v>Director</v></c>'
    )

    import_workbook(sample_services.db, book)

    hit = sample_services.lists.page("contact", "Bickart")[0]
    assert sample_services.records.get("contact", hit.id)["job_title"] == "Director"


def test_an_excel_error_value_is_refused(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    row = row_of(book, "Contacts", "Family name", "Bickart")
    ref = cell_ref(book, "Contacts", "City", row)
    set_raw_cell(book, "Contacts", ref, f'<c r="{ref}" t="e"><v>#REF!</v></c>')

    problems = refused_rows(sample_services, book)

    assert problems == [f"Contacts, row {row}: City: an Excel error (#REF!), not a value"]


# ---------------------------------------------------------------------------------------------
# items 6, 7: what can be stored and travel; plausible values on every path


@pytest.mark.parametrize(
    ("sheet", "header", "value", "reason"),
    [
        ("Contacts", "Job title", "Director_x0000_", "control character (U+0000)"),
        ("Contacts", "City", "Line one\nline two", "line break"),
        ("Member cities", "Population", True, "not a yes/no value"),
        ("Member cities", "Population", 10**15, "at most 100,000,000"),
        ("Member cities", "Population", 2**63, "at most 100,000,000"),
        ("Member cities", "Member since", 2200, "a year from 1900 to"),
        ("Member cities", "Member since", date.today().year + 1, "a year from 1900 to"),
        ("Action items", "Due", datetime(9999, 12, 31), "not a plausible date"),
        ("Action items", "Due", datetime(1, 1, 1), "not a plausible date"),
        ("Action items", "Due", datetime(1899, 12, 29), "not a plausible date"),
        ("Meetings", "Other attendees", 2.5, "whole number"),
    ],
)
def test_values_no_editor_would_take_are_refused_at_their_cell(
    sample_services: Services, tmp_path: Path, sheet: str, header: str, value: Any, reason: str
) -> None:
    book = exported(sample_services, tmp_path)
    edit(book, sheet, header, 2, value)

    problems = refused_rows(sample_services, book)

    assert len(problems) == 1 and problems[0].startswith(f"{sheet}, row 2: {header}: ")
    assert reason in problems[0]


def test_text_longer_than_a_cell_holds_is_refused(
    sample_services: Services, tmp_path: Path
) -> None:
    # openpyxl cuts what it writes at 32,767 characters; another tool need not
    book = exported(sample_services, tmp_path, "contacts")
    ref = cell_ref(book, "Contacts", "Notes", 2)
    text = "n" * 40_000
    set_raw_cell(book, "Contacts", ref, f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>')

    problems = refused_rows(sample_services, book)

    assert problems == [
        "Contacts, row 2: Notes: is 40,000 characters long; at most 32,767 fit (Excel's limit)"
    ]


def test_a_date_and_time_with_a_time_zone_keeps_its_wall_time(
    sample_services: Services, tmp_path: Path
) -> None:
    book = exported(sample_services, tmp_path, "meetings")
    edit(book, "Meetings", "Starts", 2, "2026-03-02T10:00:00+09:00")

    import_workbook(sample_services.db, book)

    uid = openpyxl.load_workbook(book)["Meetings"]["A2"].value
    stored = sample_services.records.get("meeting", uuid.UUID(uid))["starts_at"]
    assert stored == datetime(2026, 3, 2, 10, 0)


def test_the_editors_refuse_what_the_import_refuses(sample_services: Services) -> None:
    from metrodesk.services.errors import ValidationError

    for kind, values in [
        ("contact", {"family_name": "Nul\x00"}),
        ("contact", {"family_name": "Two\nlines"}),
        ("member_city", {"name": "X", "country": "FR", "population": True}),
        ("member_city", {"name": "X", "country": "FR", "member_since": 2200}),
        ("action_item", {"description": "x", "due_on": "9999-12-31"}),
        ("meeting", {"title": "x", "starts_at": "0001-01-01 10:00"}),
    ]:
        with pytest.raises(ValidationError):
            sample_services.records.create(kind, values)


# ---------------------------------------------------------------------------------------------
# item 8: references by UUID survive renames


def _rows(wb: openpyxl.Workbook, sheet: str) -> list[dict[str, Any]]:
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    return [dict(zip(headers, r, strict=False)) for r in ws.iter_rows(min_row=2, values_only=True)]


def _row_number(wb: openpyxl.Workbook, sheet: str, uid: str) -> int:
    return next(n for n, r in enumerate(_rows(wb, sheet), 2) if r["UUID"] == uid)


def test_renaming_records_on_their_own_sheets_keeps_every_link(
    sample_services: Services, tmp_path: Path
) -> None:
    svc = sample_services
    book = exported(svc, tmp_path)
    wb = openpyxl.load_workbook(book)
    action = next(r for r in _rows(wb, "Action items") if r["Owner UUID"] and r["Meeting UUID"])
    member = next(r for r in _rows(wb, "Contacts") if r["Organisation UUID"])
    renames = [
        ("Contacts", action["Owner UUID"], "Family name"),
        ("Meetings", action["Meeting UUID"], "Title"),
        ("Organisations", member["Organisation UUID"], "Name"),
    ]
    for sheet, uid, header in renames:
        number = _row_number(wb, sheet, uid)
        old = _rows(wb, sheet)[number - 2][header]
        edit(book, sheet, header, number, f"{old} (renamed)")

    report = import_workbook(svc.db, book)

    # the renamed records changed; the rows that still name them by their old names did not
    assert (
        report.sheets["Action items"].updated == 0 and report.sheets["Action items"].rejected == 0
    )
    stored = svc.records.get("action_item", uuid.UUID(action["UUID"]))
    assert stored["owner_id"] == uuid.UUID(action["Owner UUID"])
    assert stored["meeting_id"] == uuid.UUID(action["Meeting UUID"])
    contact = svc.records.get("contact", uuid.UUID(member["UUID"]))
    assert contact["organisation_id"] == uuid.UUID(member["Organisation UUID"])
    # and the next export, imported unedited, changes nothing
    (tmp_path / "again").mkdir()
    assert import_workbook(svc.db, exported(svc, tmp_path / "again")).changed == 0


def test_a_name_changed_to_another_record_moves_the_link(
    sample_services: Services, tmp_path: Path
) -> None:
    svc = sample_services
    book = exported(svc, tmp_path)
    wb = openpyxl.load_workbook(book)
    member_row, member = next(
        (n, r) for n, r in enumerate(_rows(wb, "Contacts"), 2) if r["Organisation UUID"]
    )
    other = next(r for r in _rows(wb, "Organisations") if r["UUID"] != member["Organisation UUID"])
    edit(book, "Contacts", "Organisation", member_row, other["Name"])

    import_workbook(svc.db, book)

    contact = svc.records.get("contact", uuid.UUID(member["UUID"]))
    assert contact["organisation_id"] == uuid.UUID(other["UUID"])


# ---------------------------------------------------------------------------------------------
# item 9: clearing an optional cell clears the field


def test_blank_and_space_only_cells_clear_optional_fields(
    sample_services: Services, tmp_path: Path
) -> None:
    book = exported(sample_services, tmp_path)
    edit(book, "Action items", "Due", 2, "   ")
    edit(book, "Action items", "Owner", 2, "  ")
    edit(book, "Meetings", "Other attendees", 2, None)
    edit(book, "Meetings", "Organiser", 2, " ")

    import_workbook(sample_services.db, book)

    wb = openpyxl.load_workbook(book)
    action = sample_services.records.get("action_item", uuid.UUID(wb["Action items"]["A2"].value))
    meeting = sample_services.records.get("meeting", uuid.UUID(wb["Meetings"]["A2"].value))
    assert action["due_on"] is None and action["owner_id"] is None
    assert meeting["other_attendees"] == 0 and meeting["organiser_id"] is None


# ---------------------------------------------------------------------------------------------
# item 10: structure the reader would pass over


def test_a_column_twice_is_refused(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    wb = openpyxl.load_workbook(book)
    ws = wb["Contacts"]
    ws.cell(1, ws.max_column + 1, "E-mail")
    wb.save(book)

    line = refused_sheet(sample_services, book)

    assert "the column 'E-mail' appears twice" in line and "\n" not in line


def test_two_sheets_that_read_as_one_are_refused(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    wb = openpyxl.load_workbook(book)
    wb.copy_worksheet(wb["Contacts"]).title = "contacts "
    wb.save(book)

    assert "two sheets are named" in refused_sheet(sample_services, book)


def test_cells_merged_over_data_are_refused(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    wb = openpyxl.load_workbook(book)
    wb["Contacts"].merge_cells("E2:E4")
    wb.save(book)

    assert "cells E2:E4 are merged over rows of data" in refused_sheet(sample_services, book)


def test_rows_out_of_order_are_refused(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path, "contacts")

    def swap(text: str) -> str:
        rows = re.findall(r"<row [^>]*>.*?</row>", text, re.DOTALL)
        return text.replace(rows[2], "\0").replace(rows[3], rows[2]).replace("\0", rows[3])

    rewrite_sheet(book, "Contacts", swap)

    assert "row 3 comes after row 4" in refused_sheet(sample_services, book)


# ---------------------------------------------------------------------------------------------
# item 3: one id, one kind


def test_a_row_may_not_take_another_kinds_uuid(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path)
    org_id = openpyxl.load_workbook(book)["Organisations"]["A2"].value
    wb = openpyxl.load_workbook(book)
    ws = wb["Contacts"]
    headers = [c.value for c in ws[1]]
    row = [None] * len(headers)
    row[headers.index("UUID")] = org_id
    row[headers.index("Family name")] = "Takeover"
    ws.append(row)
    wb.save(book)

    problems = refused_rows(sample_services, book)

    assert problems == [
        f"Contacts, row {ws.max_row}: UUID: belongs to a record of another kind (organisation)"
    ]


# ---------------------------------------------------------------------------------------------
# items 11, 14: one line, no traceback, no backup before a refusal; the CLI as users meet it


def metrodesk(*args: str | Path) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Traceback" not in run.stdout + run.stderr and "Warning" not in run.stderr
    return run


def test_the_cli_lists_rejected_rows_one_per_line(sample_path: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.xlsx"
    assert metrodesk("export", "all", "--db", sample_path, "-o", book).returncode == 0
    wb = openpyxl.load_workbook(book)
    ws = wb["Contacts"]
    headers = [c.value for c in ws[1]]
    # an organisation not on record would be created: its name must pass the field's rules
    ws.cell(2, headers.index("Organisation") + 1, "No such\norganisation")
    ws.cell(3, headers.index("Job title") + 1, "=1+1")
    wb["Member cities"].cell(2, 9, 2**63)  # Population
    actions = wb["Action items"]
    owner = [c.value for c in actions[1]].index("Owner") + 1
    actions.cell(2, owner, "No such\nperson")  # a person is never created: named in the reason
    wb.save(book)
    before = sha(sample_path)

    run = metrodesk("import", book, "--db", sample_path)

    assert run.returncode == 1
    lines = run.stderr.splitlines()
    assert len(lines) == 5 and lines[-1].startswith("metrodesk: import refused: 4 rows")
    assert "Contacts, row 2: Organisation: holds a line break" in run.stderr
    assert "Action items, row 2: Owner: no contact named 'No such\\nperson'" in run.stderr
    assert sha(sample_path) == before
    assert not (sample_path.parent / "backups").exists()


def test_a_bad_shared_text_index_is_one_line(sample_path: Path, tmp_path: Path) -> None:
    book = tmp_path / "book.xlsx"
    assert metrodesk("export", "contacts", "--db", sample_path, "-o", book).returncode == 0
    set_raw_cell(book, "Contacts", "B2", '<c r="B2" t="s"><v>999999</v></c>')

    run = metrodesk("import", book, "--db", sample_path)

    assert run.returncode == 1 and run.stderr.count("\n") == 1, run.stderr
    assert "damaged" in run.stderr


def test_a_good_import_makes_its_backup_first(sample_services: Services, tmp_path: Path) -> None:
    book = exported(sample_services, tmp_path, "contacts")
    edit(book, "Contacts", "Job title", 2, "Something new")

    import_workbook(sample_services.db, book)

    made = list(paths.backup_dir(sample_services.db.path).glob("*-before-import-*.sqlite"))
    assert len(made) == 1
    shutil.rmtree(paths.backup_dir(sample_services.db.path))
    # and the preview (a dry run) never makes one
    preview_workbook(sample_services.db, book)
    assert not paths.backup_dir(sample_services.db.path).exists()
