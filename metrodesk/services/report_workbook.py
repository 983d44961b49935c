"""Writes the in-app reports to .xlsx with openpyxl's write-only mode.

Report sheets are named so they never clash with the import/export contract's sheets
(`Member cities`, `Training`, …): a report workbook given to `metrodesk import` is refused
rather than read as data. Text that a spreadsheet would take for a formula (starting with
= + - @ tab or CR) is written as a string cell; numbers stay numbers, dates real dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from metrodesk.data.files import replace_privately
from metrodesk.services.reports import MembershipOverview, TrainingActivity

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_BOLD = Font(bold=True)


def _cell(ws: WriteOnlyWorksheet, value: Any, bold: bool = False) -> Any:
    if isinstance(value, Decimal):
        value = float(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        cell = WriteOnlyCell(ws, value=value)
        cell.data_type = "s"  # set after the value, which would have made it a formula
    elif bold:
        cell = WriteOnlyCell(ws, value=value)
    else:
        return value
    if bold:
        cell.font = _BOLD
    return cell


def _sheet(wb: Workbook, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    ws = wb.create_sheet(title)
    ws.append([_cell(ws, h, bold=True) for h in headers])
    for row in rows:
        ws.append([_cell(ws, v) for v in row])


def write_membership(report: MembershipOverview, path: Path | str) -> Path:
    wb = Workbook(write_only=True)
    _sheet(
        wb,
        "Members by region",
        ["Region", *(s.capitalize() for s in report.statuses), "Total"],
        [
            *([r.region, *r.counts, r.total] for r in report.regions),
            ["Total", *report.totals, sum(report.totals)],
        ],
    )
    _sheet(
        wb,
        "Fees by year",
        ["Year", "Currency", "Fees", "Paid", "Unpaid", "Overdue", "Paid amount", "Unpaid amount"],
        (
            [
                f.year,
                f.currency,
                f.fees,
                f.paid,
                f.unpaid,
                f.overdue,
                f.paid_amount,
                f.unpaid_amount,
            ]
            for f in report.fees
        ),
    )
    return _save(wb, path)


def write_training(report: TrainingActivity, path: Path | str) -> Path:
    wb = Workbook(write_only=True)
    _sheet(
        wb,
        "Training activity",
        ["Centre", "Role", "Year", "Sessions", "Participants", "Attended", "Certificates"],
        (
            [r.centre, r.role, r.year, r.sessions, r.participants, r.attended, r.certificates]
            for r in report.rows
        ),
    )
    return _save(wb, path)


def _save(wb: Workbook, path: Path | str) -> Path:
    """Written next to the target first, then moved over it: a failed write leaves no
    half-written workbook under the user's file name."""
    target = Path(path)
    partial = target.with_name(target.name + ".part")
    try:
        wb.save(partial)
        replace_privately(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return target
