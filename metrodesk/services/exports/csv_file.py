"""One list as a CSV file: the columns of its workbook sheet, for programs that read CSV.

UTF-8 with a byte-order mark (so that Excel reads accents right), RFC 4180 quoting (only
fields holding a comma, quote or line break are quoted) and CRLF line ends.

Formula injection: a spreadsheet opening a CSV file takes any field starting with =, +, -,
@, tab, CR or NUL for a formula, and CSV has no text type to prevent it. Such fields are
written with a leading apostrophe, which Excel shows as text. That includes phone numbers in
E.164 form ("+34 934 134 500"): unlike the workbook, where they go in text cells, a CSV file
would hand Excel "+34..." as a formula (or a number, losing the +), so they too read
"'+34...". Numbers, dates and times are not text and are written as they are (dates as
yyyy-mm-dd, times as yyyy-mm-dd hh:mm).

Rows are streamed from the database into a private temporary file beside the target, which is
moved into place only when complete: a failed or cancelled export leaves no partial file.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from metrodesk.data.database import Database
from metrodesk.data.files import shown_name
from metrodesk.data.partial_files import move_into_place, writing_beside
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.contract_sheets import BUILDERS
from metrodesk.services.exports.kinds import CSV_KINDS
from metrodesk.services.exports.writer import Progress, Tracker, check_place

#: first characters a spreadsheet reads as the start of a formula
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\x00")


def neutralise(text: str) -> str:
    """Text a spreadsheet cannot take for a formula: a leading apostrophe where it could."""
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_field(value: Any) -> Any:
    """One value as the CSV writer should see it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float | Decimal):
        return value
    return neutralise(str(value))


def csv_rows(rows: Iterable[Sequence[Any]]) -> Iterable[list[Any]]:
    for row in rows:
        yield [csv_field(value) for value in row]


def export_csv(db: Database, kind: str, target: Path, progress: Progress | None = None) -> int:
    """Write the `kind` list of `db` to the CSV file `target`; the number of data rows.

    `progress(done, total)` is called every chunk of rows; returning False stops the export
    with ExportCancelled and leaves no file (an older file at `target` is kept).
    """
    if kind not in CSV_KINDS:
        raise ServiceError(
            tr(
                "a CSV file holds one list: choose from {items} (for '{kind}', export a "
                "workbook, .xlsx)"
            ).format(items=", ".join(CSV_KINDS), kind=kind)
        )
    target = Path(target)
    if target.suffix.lower() != ".csv":
        raise ServiceError(
            tr("{name}: a CSV export's name ends in .csv").format(name=shown_name(target.name))
        )
    check_place(target)
    # the partial file is owner-only from the start, and cleaned up if the export is killed
    with writing_beside(target) as partial:
        with partial.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
            with db.read() as s:
                sheet = BUILDERS[CSV_KINDS[kind]](s)
                tracker = Tracker(sheet.total, progress)
                tracker.report()
                # the linked records' UUIDs a workbook keeps in hidden columns are left out
                shown = [i for i, column in enumerate(sheet.columns) if not column.hidden]
                writer.writerow([sheet.columns[i].header for i in shown])
                for row in csv_rows(sheet.rows):
                    writer.writerow([row[i] for i in shown])
                    tracker.step()
                tracker.report()
        move_into_place(partial, target)
    return tracker.done
