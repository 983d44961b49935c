"""Writes the in-app reports to .xlsx, each with a Summary sheet first.

The summary says what the workbook is (title, when generated), its key figures, and what each
of the following sheets holds, so that a reader who opens it in a meeting knows where to look.
The data sheets are written as the contract workbook writes its sheets (see
`exports.writer`): bold frozen header, widths, real dates and numbers, formula-like text
neutralised, document properties, a temporary file moved into place.

Report sheets are named so they never clash with the import/export contract's sheets
(`Member cities`, `Training`, `Action items`, …): a report workbook given to `metrodesk
import` is refused rather than read as data.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font

from metrodesk.data.database import Database
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.cells import (
    AMOUNT_FORMAT,
    DATE_FORMAT,
    DATETIME_FORMAT,
    FONT,
    Column,
    RowCells,
    country_text,
)
from metrodesk.services.exports.writer import (
    LINE_HEIGHT,
    Sheet,
    check_target,
    fit_for_print,
    new_workbook,
    save_atomically,
    text_lines,
    write_sheet,
)
from metrodesk.services.reports.figures import (
    ActionItemsReport,
    MeetingRegisterRow,
    MeetingsRegister,
    MembershipOverview,
    TrainingActivity,
)
from metrodesk.services.reports.titles import REPORT_TITLES

SUMMARY = "Summary"

Figure = tuple[str, Any]


def _plain(value: Any) -> Any:
    return float(value) if isinstance(value, Decimal) else value


def _rows(rows: Iterable[Sequence[Any]]) -> list[list[Any]]:
    return [[_plain(v) for v in row] for row in rows]


def _summary(
    wb: Workbook,
    title: str,
    generated: date,
    figures: Sequence[Figure],
    sheets: Sequence[tuple[str, str]],
) -> None:
    """Title, generation date, key figures, and a line per sheet saying what it holds."""
    columns = (Column("", 34, wrap=True), Column("", 64, wrap=True))
    ws = wb.create_sheet(SUMMARY)
    for letter, column in zip("AB", columns, strict=True):
        ws.column_dimensions[letter].width = column.width
    fit_for_print(ws, columns)
    cells = RowCells(ws, columns)

    def styled(value: Any, **font: Any) -> Any:
        cell = WriteOnlyCell(ws, value=value)
        cell.font = Font(name=FONT, **font)
        return cell

    def left(value: Any) -> Any:
        cell = WriteOnlyCell(ws, value=_plain(value))
        cell.alignment = Alignment(horizontal="left")
        if isinstance(value, date):
            cell.number_format = DATE_FORMAT
        elif isinstance(value, Decimal | float):
            cell.number_format = AMOUNT_FORMAT
        elif isinstance(value, int):
            cell.number_format = "#,##0"
        return cell

    ws.append([styled(title, bold=True, size=16)])
    ws.append(["Generated", left(generated)])
    ws.append([])
    ws.append([styled("Key figures", bold=True, size=12)])
    for label, value in figures:
        safe = cells([label, value])
        ws.append([safe[0], left(value) if not isinstance(value, str) else safe[1]])
    ws.append([])
    ws.append([styled("Sheets in this workbook", bold=True, size=12)])
    # rows so far: title, generated, blank, heading, figures, blank, heading
    row = 6 + len(figures)
    for name, what in sheets:
        row += 1
        lines = text_lines(what, columns[1].width)
        if lines > 1:
            ws.row_dimensions[row].height = LINE_HEIGHT * lines
        ws.append(cells([name, what]))


def _finish(wb: Workbook, target: Path) -> Path:
    save_atomically(wb, target)
    return target


# --- membership ----------------------------------------------------------------------------


def write_membership(
    report: MembershipOverview,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary, members per region and status, fees per year and currency."""
    target = check_target(Path(path))
    wb = new_workbook(REPORT_TITLES["membership"], db)
    _summary(
        wb,
        REPORT_TITLES["membership"],
        generated or date.today(),
        _membership_figures(report),
        [
            ("Members by region", "Live member cities per Metropolis region and status, totals"),
            (
                "Fees by year",
                "Membership fees per year and currency: how many, paid, unpaid, overdue, "
                "and the amounts paid and unpaid",
            ),
        ],
    )
    _members_by_region(wb, report)
    _fees_by_year(wb, report)
    return _finish(wb, target)


def _membership_figures(report: MembershipOverview) -> list[Figure]:
    """The summary's key figures: members by status, and the latest year's fees."""
    statuses = [s.capitalize() for s in report.statuses]
    latest = max((f.year for f in report.fees), default=None)
    figures: list[Figure] = [
        ("Member cities", sum(report.totals)),
        *((f"{name} members", n) for name, n in zip(statuses, report.totals, strict=True)),
        ("Regions with members", len(report.regions)),
    ]
    for f in report.fees:
        if f.year == latest:
            figures += [
                (f"Fees {f.year} ({f.currency}): invoiced", f.fees),
                (f"Fees {f.year} ({f.currency}): paid", f.paid),
                (f"Fees {f.year} ({f.currency}): unpaid", f.unpaid),
                (f"Fees {f.year} ({f.currency}): overdue", f.overdue),
                (f"Fees {f.year} ({f.currency}): amount paid", f.paid_amount),
                (f"Fees {f.year} ({f.currency}): amount unpaid", f.unpaid_amount),
            ]
    return figures


def _members_by_region(wb: Workbook, report: MembershipOverview) -> None:
    statuses = [s.capitalize() for s in report.statuses]
    region_rows = [[r.region, *r.counts, r.total] for r in report.regions]
    region_rows.append(["Total", *report.totals, sum(report.totals)])
    region_columns = [
        Column("Region", 24),
        *(Column(s, 12) for s in statuses),
        Column("Total", 10),
    ]
    write_sheet(
        wb,
        Sheet("Members by region", region_columns, len(region_rows), iter(region_rows)),
        autofilter=False,
        align_top=True,
    )


def _fees_by_year(wb: Workbook, report: MembershipOverview) -> None:
    fee_columns = (
        Column("Year", 8),
        Column("Currency", 10),
        Column("Fees", 8),
        Column("Paid", 8),
        Column("Unpaid", 8),
        Column("Overdue", 9),
        Column("Paid amount", 15, AMOUNT_FORMAT),
        Column("Unpaid amount", 15, AMOUNT_FORMAT),
    )
    fee_rows = _rows(
        [f.year, f.currency, f.fees, f.paid, f.unpaid, f.overdue, f.paid_amount, f.unpaid_amount]
        for f in report.fees
    )
    write_sheet(
        wb, Sheet("Fees by year", fee_columns, len(fee_rows), iter(fee_rows)), align_top=True
    )


# --- training ------------------------------------------------------------------------------


def write_training(
    report: TrainingActivity,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary, then sessions and participants per centre (headquarters, satellites) and year."""
    target = check_target(Path(path))
    wb = new_workbook(REPORT_TITLES["training"], db)
    rows = report.rows
    years = f"{report.years[0]}–{report.years[-1]}" if report.years else "none"
    _summary(
        wb,
        REPORT_TITLES["training"],
        generated or date.today(),
        [
            ("Training centres", len(report.centres)),
            ("Years with sessions", years),
            ("Sessions", sum(r.sessions for r in rows)),
            ("Participants", sum(r.participants for r in rows)),
            ("Attended", sum(r.attended for r in rows)),
            ("Certificates issued", sum(r.certificates for r in rows)),
        ],
        [
            (
                "Training activity",
                "Per centre and year (of the session's start): sessions, participants "
                "(registrations not cancelled), attended, certificates issued",
            ),
        ],
    )
    columns = (
        Column("Centre", 44),
        Column("Role", 14),
        Column("Year", 8),
        Column("Sessions", 10),
        Column("Participants", 13),
        Column("Attended", 10),
        Column("Certificates", 13),
    )
    data = [
        [r.centre, r.role, r.year, r.sessions, r.participants, r.attended, r.certificates]
        for r in rows
    ]
    write_sheet(wb, Sheet("Training activity", columns, len(data), iter(data)), align_top=True)
    return _finish(wb, target)


# --- meetings register ---------------------------------------------------------------------


def write_meetings(
    report: MeetingsRegister,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary (with meetings per kind and year), then every meeting, oldest first."""
    target = check_target(Path(path))
    wb = new_workbook(REPORT_TITLES["meetings"], db)
    rows = report.rows
    first = rows[0].starts_at.date() if rows else "none"
    last = rows[-1].starts_at.date() if rows else "none"
    _summary(
        wb,
        REPORT_TITLES["meetings"],
        generated or date.today(),
        [
            ("Meetings", len(rows)),
            ("First meeting", first),
            ("Latest meeting", last),
            ("Participants listed by name", sum(r.participants for r in rows)),
            ("Other attendees", sum(r.other_attendees for r in rows)),
            ("Decisions", sum(r.decisions for r in rows)),
            ("Open action items", sum(r.open_actions for r in rows)),
            *((f"{kind.capitalize()} meetings", n) for kind, n in report.by_kind()),
            *((f"Meetings in {year}", n) for year, n in report.by_year()),
        ],
        [
            (
                "Meetings register",
                "Every meeting, oldest first: dates, title, kind, place, organiser, "
                "participants (named contacts and other attendees), linked member cities "
                "and organisations, number of decisions and of open action items",
            ),
        ],
    )
    _register_sheet(wb, rows)
    return _finish(wb, target)


def _register_sheet(wb: Workbook, rows: Sequence[MeetingRegisterRow]) -> None:
    columns = (
        Column("Starts", 16, DATETIME_FORMAT),
        Column("Ends", 16, DATETIME_FORMAT),
        Column("Title", 36, wrap=True),
        Column("Kind", 11),
        Column("City", 12),
        Column("Country", 12),
        Column("Venue", 14, wrap=True),
        Column("Organiser", 22, wrap=True),
        Column("Participants", 12),
        Column("Other attendees", 15),
        Column("Attendance", 11),
        Column("Member cities", 18, wrap=True),
        Column("Organisations", 28, wrap=True),
        Column("Decisions", 10),
        Column("Open actions", 12),
    )
    data = [
        [
            r.starts_at,
            r.ends_at,
            r.title,
            r.kind.capitalize(),
            r.city,
            country_text(r.country),
            r.venue,
            r.organiser,
            r.participants,
            r.other_attendees,
            r.attendance,
            r.cities,
            r.organisations,
            r.decisions,
            r.open_actions,
        ]
        for r in rows
    ]
    write_sheet(wb, Sheet("Meetings register", columns, len(data), iter(data)), align_top=True)


# --- action items --------------------------------------------------------------------------


def write_actions(
    report: ActionItemsReport,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary, the items (overdue first, then by due date), and the counts per owner."""
    target = check_target(Path(path))
    wb = new_workbook(REPORT_TITLES["actions"], db)
    _summary(
        wb,
        REPORT_TITLES["actions"],
        generated or report.today,
        [
            ("Overdue as of", report.today),
            ("Action items", len(report.rows)),
            ("Open (overdue included)", report.count("open")),
            ("Overdue", report.count("overdue")),
            ("Done", report.count("done")),
            ("Dropped", report.count("dropped")),
            ("Owners", len(report.owners)),
        ],
        [
            (
                "Actions by due date",
                "Every action item: the overdue ones first (most overdue first), then the "
                "other open ones by due date, then the done and dropped ones",
            ),
            ("Actions by owner", "Per owner: how many items are open, overdue and done"),
        ],
    )
    columns = (
        Column("Description", 60, wrap=True),
        Column("Owner", 24),
        Column("Meeting", 40, wrap=True),
        Column("Due", 13, DATE_FORMAT),
        Column("Status", 12),
        Column("Days overdue", 15),
        Column("Done on", 13, DATE_FORMAT),
    )
    data = [
        [r.description, r.owner, r.meeting, r.due_on, r.status.capitalize(), r.days_overdue,
         r.done_on]
        for r in report.rows
    ]  # fmt: skip
    write_sheet(wb, Sheet("Actions by due date", columns, len(data), iter(data)), align_top=True)
    owner_columns = (
        Column("Owner", 30),
        Column("Open", 8),
        Column("Overdue", 10),
        Column("Done", 8),
    )
    owners = [[o.owner, o.open, o.overdue, o.done] for o in report.owners]
    write_sheet(
        wb, Sheet("Actions by owner", owner_columns, len(owners), iter(owners)), align_top=True
    )
    return _finish(wb, target)


Report = MembershipOverview | TrainingActivity | MeetingsRegister | ActionItemsReport


def save_report(
    db: Database, report: Report, path: Path | str, generated: date | None = None
) -> Path:
    """A report already read (the figures a window shows) to its workbook, with `db` as the
    workbook's author and subject."""
    if isinstance(report, MembershipOverview):
        return write_membership(report, path, db, generated)
    if isinstance(report, TrainingActivity):
        return write_training(report, path, db, generated)
    if isinstance(report, MeetingsRegister):
        return write_meetings(report, path, db, generated)
    return write_actions(report, path, db, generated)


def write_report(db: Database, name: str, path: Path | str, today: date | None = None) -> Path:
    """`metrodesk report NAME`: read the report `name` (see REPORT_TITLES) and write it."""
    from metrodesk.services.reports.figures import Reports

    reports = Reports(db)
    if name == "membership":
        return write_membership(reports.membership(today), path, db, today)
    if name == "training":
        return write_training(reports.training(), path, db, today)
    if name == "meetings":
        return write_meetings(reports.meetings_register(), path, db, today)
    if name == "actions":
        return write_actions(reports.action_items(today), path, db, today)
    raise ServiceError(f"unknown report '{name}' (choose from {', '.join(REPORT_TITLES)})")
