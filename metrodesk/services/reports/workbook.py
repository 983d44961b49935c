"""Writes the in-app reports to .xlsx, each with a Summary sheet first.

The summary says what the workbook is (title, when generated), its key figures, and what each
of the following sheets holds, so that a reader who opens it in a meeting knows where to look.
The data sheets are written as the contract workbook writes its sheets (see
`exports.writer`): bold frozen header, widths, real dates and numbers, formula-like text
neutralised, document properties, a temporary file moved into place.

Report sheets are named so they never clash with the import/export contract's sheets
(`Member cities`, `Training`, `Action items`, …): a report workbook given to `metrodesk
import` is refused rather than read as data. Their names, headers and summaries are in the
interface's language (`metrodesk.i18n.tr`), English on the command line; the contract's
workbooks keep the contract's English names whatever the language.
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
from metrodesk.i18n import tr, translated
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
    ws = wb.create_sheet(tr("Summary"))
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
    ws.append([tr("Generated"), left(generated)])
    ws.append([])
    ws.append([styled(tr("Key figures"), bold=True, size=12)])
    for label, value in figures:
        safe = cells([label, value])
        ws.append([safe[0], left(value) if not isinstance(value, str) else safe[1]])
    ws.append([])
    ws.append([styled(tr("Sheets in this workbook"), bold=True, size=12)])
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


def _choice(value: str) -> str:
    """A stored choice ("in person") as a report writes it: translated, capitalised."""
    text = translated(value)
    return text[:1].upper() + text[1:]


def _count_figures(counts: Iterable[tuple[Any, int]]) -> list[Figure]:
    return [(str(name), n) for name, n in counts]


# --- membership ----------------------------------------------------------------------------


def write_membership(
    report: MembershipOverview,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary, members per region and status, fees per year and currency, arrears."""
    target = check_target(Path(path))
    wb = new_workbook(translated(REPORT_TITLES["membership"]), db)
    _summary(
        wb,
        translated(REPORT_TITLES["membership"]),
        generated or date.today(),
        _membership_figures(report),
        [
            (
                tr("Members by region"),
                tr("Live member cities per Metropolis region and status, totals"),
            ),
            (
                tr("Fees by year"),
                tr(
                    "Membership fees per year and currency: how many, paid, unpaid, overdue, "
                    "and the amounts paid and unpaid"
                ),
            ),
            (
                "Arrears",
                "Member cities with overdue fees: the years unpaid and what each owes per "
                "currency, the most owed first",
            ),
        ],
    )
    _members_by_region(wb, report)
    _fees_by_year(wb, report)
    _arrears_sheet(wb, report)
    return _finish(wb, target)


def _membership_figures(report: MembershipOverview) -> list[Figure]:
    """The summary's key figures: members by status, and the latest year's fees."""
    statuses = [_choice(s) for s in report.statuses]
    latest = max((f.year for f in report.fees), default=None)
    figures: list[Figure] = [
        (tr("Member cities"), sum(report.totals)),
        *(
            (tr("{status} members").format(status=name), n)
            for name, n in zip(statuses, report.totals, strict=True)
        ),
        (tr("Regions with members"), len(report.regions)),
    ]
    figures.append(("Cities in arrears", len(report.arrears)))
    figures += [(f"Arrears ({cur})", amount) for cur, amount in report.arrears_totals()]
    for f in report.fees:
        if f.year == latest:
            when = {"year": f.year, "currency": f.currency}
            figures += [
                (tr("Fees {year} ({currency}): invoiced").format(**when), f.fees),
                (tr("Fees {year} ({currency}): paid").format(**when), f.paid),
                (tr("Fees {year} ({currency}): unpaid").format(**when), f.unpaid),
                (tr("Fees {year} ({currency}): overdue").format(**when), f.overdue),
                (tr("Fees {year} ({currency}): amount paid").format(**when), f.paid_amount),
                (tr("Fees {year} ({currency}): amount unpaid").format(**when), f.unpaid_amount),
            ]
    return figures


def _members_by_region(wb: Workbook, report: MembershipOverview) -> None:
    statuses = [_choice(s) for s in report.statuses]
    region_rows = [[r.region, *r.counts, r.total] for r in report.regions]
    region_rows.append([tr("Total"), *report.totals, sum(report.totals)])
    region_columns = [
        Column(tr("Region"), 24),
        *(Column(s, 12) for s in statuses),
        Column(tr("Total"), 10),
    ]
    write_sheet(
        wb,
        Sheet(tr("Members by region"), region_columns, len(region_rows), iter(region_rows)),
        autofilter=False,
        align_top=True,
    )


def _fees_by_year(wb: Workbook, report: MembershipOverview) -> None:
    fee_columns = (
        Column(tr("Year"), 8),
        Column(tr("Currency"), 10),
        Column(tr("Fees"), 8),
        Column(tr("Paid"), 8),
        Column(tr("Unpaid"), 8),
        Column(tr("Overdue"), 9),
        Column(tr("Paid amount"), 15, AMOUNT_FORMAT),
        Column(tr("Unpaid amount"), 15, AMOUNT_FORMAT),
    )
    fee_rows = _rows(
        [f.year, f.currency, f.fees, f.paid, f.unpaid, f.overdue, f.paid_amount, f.unpaid_amount]
        for f in report.fees
    )
    write_sheet(
        wb, Sheet(tr("Fees by year"), fee_columns, len(fee_rows), iter(fee_rows)), align_top=True
    )


def _arrears_sheet(wb: Any, report: MembershipOverview) -> None:
    """One row per city and currency owed (amounts stay numbers Excel can add up)."""
    columns = (
        Column("City", 22),
        Column("Region", 16),
        Column("Status", 11),
        Column("Years unpaid", 18),
        Column("Currency", 10),
        Column("Owed", 15, AMOUNT_FORMAT),
    )
    rows = [
        [a.city, a.region, a.status.capitalize(), ", ".join(map(str, a.years)), cur, amount]
        for a in report.arrears
        for cur, amount in a.owed
    ]
    rows += [["Total", "", "", "", cur, amount] for cur, amount in report.arrears_totals()]
    write_sheet(wb, Sheet("Arrears", columns, len(rows), iter(rows)), align_top=True)


# --- training ------------------------------------------------------------------------------


def write_training(
    report: TrainingActivity,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary, then sessions and participants per centre (headquarters, satellites) and year."""
    target = check_target(Path(path))
    wb = new_workbook(translated(REPORT_TITLES["training"]), db)
    rows = report.rows
    years = f"{report.years[0]}–{report.years[-1]}" if report.years else tr("none")
    _summary(
        wb,
        translated(REPORT_TITLES["training"]),
        generated or date.today(),
        [
            (tr("Training centres"), len(report.centres)),
            (tr("Years with sessions"), years),
            (tr("Sessions"), sum(r.sessions for r in rows)),
            (tr("Participants"), sum(r.participants for r in rows)),
            (tr("Attended"), sum(r.attended for r in rows)),
            (tr("Certificates issued"), sum(r.certificates for r in rows)),
        ],
        [
            (
                tr("Training activity"),
                tr(
                    "Per centre and year (of the session's start): sessions, participants "
                    "(registrations not cancelled), attended, certificates issued"
                ),
            ),
        ],
    )
    columns = (
        Column(tr("Centre"), 44),
        Column(tr("Role"), 14),
        Column(tr("Year"), 8),
        Column(tr("Sessions"), 10),
        Column(tr("Participants"), 13),
        Column(tr("Attended"), 10),
        Column(tr("Certificates"), 13),
    )
    data = [
        [r.centre, _choice(r.role), r.year, r.sessions, r.participants, r.attended, r.certificates]
        for r in rows
    ]
    write_sheet(wb, Sheet(tr("Training activity"), columns, len(data), iter(data)), align_top=True)
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
    wb = new_workbook(translated(REPORT_TITLES["meetings"]), db)
    rows = report.rows
    first = rows[0].starts_at.date() if rows else tr("none")
    last = rows[-1].starts_at.date() if rows else tr("none")
    _summary(
        wb,
        translated(REPORT_TITLES["meetings"]),
        generated or date.today(),
        [
            (tr("Meetings"), len(rows)),
            (tr("First meeting"), first),
            (tr("Latest meeting"), last),
            (tr("Participants listed by name"), sum(r.participants for r in rows)),
            (tr("Other attendees"), sum(r.other_attendees for r in rows)),
            (tr("Decisions"), sum(r.decisions for r in rows)),
            (tr("Open action items"), sum(r.open_actions for r in rows)),
            *((tr("{kind} meetings").format(kind=_choice(k)), n) for k, n in report.by_kind()),
            *((tr("Meetings in {year}").format(year=year), n) for year, n in report.by_year()),
        ],
        [
            (
                tr("Meetings register"),
                tr(
                    "Every meeting, oldest first: dates, title, kind, place, organiser, "
                    "participants (named contacts and other attendees), linked member cities "
                    "and organisations, number of decisions and of open action items"
                ),
            ),
        ],
    )
    _register_sheet(wb, rows)
    return _finish(wb, target)


def _register_sheet(wb: Workbook, rows: Sequence[MeetingRegisterRow]) -> None:
    columns = (
        Column(tr("Starts"), 16, DATETIME_FORMAT),
        Column(tr("Ends"), 16, DATETIME_FORMAT),
        Column(tr("Title"), 36, wrap=True),
        Column(tr("Kind"), 11),
        Column(tr("City"), 12),
        Column(tr("Country"), 12),
        Column(tr("Venue"), 14, wrap=True),
        Column(tr("Organiser"), 22, wrap=True),
        Column(tr("Participants"), 12),
        Column(tr("Other attendees"), 15),
        Column(tr("Attendance"), 11),
        Column(tr("Member cities"), 18, wrap=True),
        Column(tr("Organisations"), 28, wrap=True),
        Column(tr("Decisions"), 10),
        Column(tr("Open actions"), 12),
    )
    data = [
        [
            r.starts_at,
            r.ends_at,
            r.title,
            _choice(r.kind),
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
    write_sheet(wb, Sheet(tr("Meetings register"), columns, len(data), iter(data)), align_top=True)


# --- action items --------------------------------------------------------------------------


def write_actions(
    report: ActionItemsReport,
    path: Path | str,
    db: Database | None = None,
    generated: date | None = None,
) -> Path:
    """Summary, the items (overdue first, then by due date), and the counts per owner."""
    target = check_target(Path(path))
    wb = new_workbook(translated(REPORT_TITLES["actions"]), db)
    _summary(
        wb,
        translated(REPORT_TITLES["actions"]),
        generated or report.today,
        [
            (tr("Overdue as of"), report.today),
            (tr("Action items"), len(report.rows)),
            (tr("Open (overdue included)"), report.count("open")),
            (tr("Overdue"), report.count("overdue")),
            (tr("Done"), report.count("done")),
            (tr("Dropped"), report.count("dropped")),
            (tr("Owners"), len(report.owners)),
        ],
        [
            (
                tr("Actions by due date"),
                tr(
                    "Every action item: the overdue ones first (most overdue first), then the "
                    "other open ones by due date, then the done and dropped ones"
                ),
            ),
            (tr("Actions by owner"), tr("Per owner: how many items are open, overdue and done")),
        ],
    )
    _actions_sheets(wb, report)
    return _finish(wb, target)


def _actions_sheets(wb: Workbook, report: ActionItemsReport) -> None:
    columns = (
        Column(tr("Description"), 60, wrap=True),
        Column(tr("Owner"), 24),
        Column(tr("Meeting"), 40, wrap=True),
        Column(tr("Due"), 13, DATE_FORMAT),
        Column(tr("Status"), 12),
        Column(tr("Days overdue"), 15),
        Column(tr("Done on"), 13, DATE_FORMAT),
    )
    data = [
        [r.description, r.owner, r.meeting, r.due_on, _choice(r.status), r.days_overdue,
         r.done_on]
        for r in report.rows
    ]  # fmt: skip
    write_sheet(
        wb, Sheet(tr("Actions by due date"), columns, len(data), iter(data)), align_top=True
    )
    owner_columns = (
        Column(tr("Owner"), 30),
        Column(tr("Open", "action items not done yet"), 8),
        Column(tr("Overdue"), 10),
        Column(tr("Done"), 8),
    )
    owners = [[o.owner, o.open, o.overdue, o.done] for o in report.owners]
    write_sheet(
        wb, Sheet(tr("Actions by owner"), owner_columns, len(owners), iter(owners)), align_top=True
    )


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
    raise ServiceError(
        tr("unknown report '{name}' (choose from {items})").format(
            name=name, items=", ".join(REPORT_TITLES)
        )
    )
