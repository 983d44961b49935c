"""One list as CSV: UTF-8 with BOM, RFC 4180 quoting, the workbook's columns, no formulas."""

from __future__ import annotations

import csv
import io
import os
import stat
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils import get_column_letter

from metrodesk.data.models import Contact
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.csv_file import export_csv, neutralise
from metrodesk.services.exports.kinds import CSV_KINDS
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.exports.writer import ExportCancelled
from metrodesk.services.facade import Services

BOM = b"\xef\xbb\xbf"


def read_csv(path: Path) -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(BOM)
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.reader(fh))


def by_header(rows: list[list[str]]) -> list[dict[str, str]]:
    header, *data = rows
    return [dict(zip(header, row, strict=True)) for row in data]


def contact_row(svc: Services, tmp_path: Path, family: str) -> dict[str, str]:
    target = tmp_path / "contacts.csv"
    export_csv(svc.db, "contacts", target)
    return next(r for r in by_header(read_csv(target)) if r["Family name"] == family)


def test_bom_accents_and_crlf(services: Services, tmp_path: Path) -> None:
    services.records.create(
        "contact", {"given_name": "Agnès", "family_name": "Bickart", "job_title": "Jefa de área"}
    )
    target = tmp_path / "contacts.csv"

    rows = export_csv(services.db, "contacts", target)

    data = target.read_bytes()
    assert rows == 1
    assert data.startswith(BOM)
    assert data.count(b"\r\n") == 2 and b"\n" not in data.replace(b"\r\n", b"")
    row = contact_row(services, tmp_path, "Bickart")
    assert (row["Given name"], row["Job title"]) == ("Agnès", "Jefa de área")


def test_commas_quotes_and_line_breaks_are_quoted_and_read_back(
    services: Services, tmp_path: Path
) -> None:
    notes = 'Met in Seoul, then "Paris";\nsecond line\r\nthird'
    services.records.create(
        "contact",
        {"family_name": "Kim, Chang-Beom", "job_title": 'a "quoted" title', "notes": notes},
    )
    target = tmp_path / "contacts.csv"

    export_csv(services.db, "contacts", target)

    text = target.read_bytes().decode("utf-8-sig")
    assert '"Kim, Chang-Beom"' in text
    assert '"a ""quoted"" title"' in text
    row = contact_row(services, tmp_path, "Kim, Chang-Beom")
    assert row["Job title"] == 'a "quoted" title'
    assert row["Notes"].replace("\r\n", "\n") == notes.replace("\r\n", "\n")
    # plain fields are not quoted (QUOTE_MINIMAL)
    assert ",Kim, Chang" not in text and '"UUID"' not in text


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("job_title", "=1+1"),
        ("job_title", "+33 1 23"),
        ("job_title", "-x"),
        ("job_title", "@SUM(A1)"),
        ("job_title", '=HYPERLINK("http://evil.example","x")'),
        ("notes", "\tx"),
        ("notes", "\rx"),
        ("notes", "\x00x"),
    ],
)
def test_every_dangerous_first_character_is_neutralised(
    services: Services, tmp_path: Path, field: str, value: str
) -> None:
    cid = services.records.create("contact", {"family_name": "Injection"})
    # stored as it is: a NUL no editor lets in any more may be in a file of an earlier version
    with services.db.action("stored as it is") as s:
        setattr(s.get(Contact, cid), field, value)

    row = contact_row(services, tmp_path, "Injection")

    header = "Job title" if field == "job_title" else "Notes"
    assert row[header] == "'" + value


def test_e164_phone_numbers_are_neutralised_too(services: Services, tmp_path: Path) -> None:
    """Excel would take +34... for a formula (or a number without its +)."""
    services.records.create("contact", {"family_name": "Vidal", "phone": "+34 934 134 500"})

    assert contact_row(services, tmp_path, "Vidal")["Phone"] == "'+34934134500"


def test_safe_text_is_left_alone() -> None:
    assert neutralise("Barcelona") == "Barcelona"
    assert neutralise("a=b") == "a=b"
    assert neutralise("") == ""
    for first in "=+-@\t\r\x00":
        assert neutralise(first + "x") == "'" + first + "x"


@pytest.mark.parametrize("kind", sorted(CSV_KINDS))
def test_same_columns_and_rows_as_the_workbook_sheet(
    sample_services: Services, tmp_path: Path, kind: str
) -> None:
    target = tmp_path / f"{kind}.csv"
    book = tmp_path / f"{kind}.xlsx"

    written = export_csv(sample_services.db, kind, target)
    export_workbook(sample_services.db, kind, book)

    rows = read_csv(target)
    ws = openpyxl.load_workbook(book)[CSV_KINDS[kind]]
    sheet = [list(r) for r in ws.iter_rows(values_only=True)]
    # the hidden columns (linked records' UUIDs, for the import) are the workbook's alone
    hidden = {
        i for i in range(len(sheet[0])) if ws.column_dimensions[get_column_letter(i + 1)].hidden
    }
    assert rows[0] == [h for i, h in enumerate(sheet[0]) if i not in hidden]
    assert len(rows) - 1 == written == len(sheet) - 1
    # the same records, in the same order
    assert [r[0] for r in rows[1:]] == [r[0] for r in sheet[1:]]
    assert all(len(r) == len(rows[0]) for r in rows)


def test_dates_and_numbers_are_plain(sample_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "meetings.csv"
    export_csv(sample_services.db, "meetings", target)

    starts = [r["Starts"] for r in by_header(read_csv(target)) if r["Starts"]]
    assert starts
    assert all(len(s) == 16 and s[4] == "-" and s[10] == " " for s in starts)


def test_the_file_is_private_and_replaced_whole(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    target.write_text("old", encoding="utf-8")

    export_csv(services.db, "contacts", target)

    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert read_csv(target)[0][0] == "UUID"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_cancel_keeps_the_older_file(sample_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    target.write_text("old", encoding="utf-8")

    with pytest.raises(ExportCancelled):
        export_csv(sample_services.db, "contacts", target, lambda done, total: False)

    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


@pytest.mark.parametrize(("kind", "name"), [("all", "x.csv"), ("training", "x.csv")])
def test_lists_of_several_sheets_and_wrong_names_are_refused(
    services: Services, tmp_path: Path, kind: str, name: str
) -> None:
    with pytest.raises(ServiceError, match="one list"):
        export_csv(services.db, kind, tmp_path / name)
    with pytest.raises(ServiceError, match=r"\.csv"):
        export_csv(services.db, "contacts", tmp_path / "x.txt")


def test_round_trip_through_csv_reader(sample_services: Services, tmp_path: Path) -> None:
    target = tmp_path / "contacts.csv"
    export_csv(sample_services.db, "contacts", target)

    text = target.read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    assert out.getvalue() == text


def test_the_command_chooses_csv_by_the_suffix(sample_path: Path, tmp_path: Path) -> None:
    def metrodesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "metrodesk", *args, "--db", str(sample_path)],
            capture_output=True,
            text=True,
            timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )

    csv_file, book = tmp_path / "c.csv", tmp_path / "c.xlsx"
    done = metrodesk("export", "contacts", "-o", str(csv_file))
    assert done.returncode == 0, done.stderr
    assert csv_file.read_bytes().startswith(BOM)
    assert metrodesk("export", "contacts", "-o", str(book)).returncode == 0
    assert book.read_bytes().startswith(b"PK")

    refused = metrodesk("export", "all", "-o", str(tmp_path / "all.csv"))
    assert refused.returncode != 0
    assert len(refused.stderr.splitlines()) == 1 and "one list" in refused.stderr
    assert not (tmp_path / "all.csv").exists()
