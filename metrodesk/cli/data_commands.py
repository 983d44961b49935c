"""Commands that fill, read and write the records: demo, export, report, import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from metrodesk.cli.common import (
    USAGE,
    AddCommand,
    CliError,
    database_path,
    existing_database,
    open_database,
    say,
)
from metrodesk.services.exports.kinds import EXPORT_KINDS
from metrodesk.services.reports.titles import REPORT_TITLES

if TYPE_CHECKING:
    from metrodesk.services.facade import Services
    from metrodesk.services.imports.calendar_apply import CalendarOptions


def register(add: AddCommand) -> None:
    demo = add("demo", run_demo, "create a database holding the sample data")
    demo.add_argument("--size", type=int, default=0, metavar="N", help="add N synthetic contacts")

    export = add("export", run_export, "write an Excel workbook, or one list as CSV")
    export.add_argument("kind", metavar="KIND", help=f"one of: {', '.join(EXPORT_KINDS)}")
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.xlsx",
        help="the file to write; a name ending in .csv writes CSV (one list: not training, all)",
    )

    report = add("report", run_report, "write a report workbook (with a summary sheet)")
    report.add_argument("name", metavar="NAME", help=f"one of: {', '.join(REPORT_TITLES)}")
    report.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    imp = add(
        "import",
        run_import,
        "apply a workbook in the export layout, an Outlook or Google contacts CSV, vCards "
        "or a calendar",
    )
    imp.add_argument("file", metavar="FILE.xlsx|FILE.csv|FILE.vcf|FILE.ics")
    imp.add_argument("--dry-run", action="store_true", help="report the changes; write nothing")
    imp.add_argument(
        "--from",
        dest="start",
        metavar="YYYY-MM-DD",
        help="calendars: expand recurring events from this day (default: a year ago)",
    )
    imp.add_argument(
        "--until",
        metavar="YYYY-MM-DD",
        help="calendars: expand recurring events until this day (default: a year ahead)",
    )
    imp.add_argument(
        "--no-new-people",
        action="store_true",
        help="calendars: count attendees not yet in MetroDesk instead of adding them",
    )


def run_demo(args: argparse.Namespace) -> int:
    from metrodesk.services.errors import ServiceError
    from metrodesk.services.facade import Services
    from metrodesk.services.sample.demo import MAX_SIZE, check_room, load_demo

    if not 0 <= args.size <= MAX_SIZE:
        raise CliError(f"--size must be between 0 and {MAX_SIZE:,}", USAGE)
    path = database_path(args)
    try:
        check_room(path, args.size)  # before the file is made: a refusal leaves nothing
    except ServiceError as exc:
        raise CliError(str(exc)) from None
    svc = Services.open(path)
    try:
        if not svc.is_empty():
            raise CliError(f"{path} already holds data; demo needs a new or empty database")
        load_demo(svc.db, args.size)
        summary = _summary(svc)
    finally:
        svc.close()
    say(f"Sample database at {path}: {summary}")
    return 0


def _summary(svc: Services) -> str:
    counts = [
        (svc.lists.count("contact"), "contacts"),
        (svc.lists.count("organisation"), "organisations"),
        (svc.lists.count("member_city"), "member cities"),
        (svc.lists.count("training_centre"), "training centres"),
        (svc.lists.count("meeting"), "meetings"),
        (svc.lists.count("action_item"), "action items"),
    ]
    return ", ".join(f"{n} {words}" for n, words in counts)


def run_export(args: argparse.Namespace) -> int:
    from metrodesk.services.exports.csv_file import export_csv
    from metrodesk.services.exports.workbook import export_workbook

    path = existing_database(args)
    target = Path(args.output).expanduser()
    # the file's suffix chooses the format: .csv writes one list, anything else a workbook
    write = export_csv if target.suffix.lower() == ".csv" else export_workbook
    db = open_database(path)
    try:
        rows = write(db, args.kind, target)
    finally:
        db.close()
    say(f"Wrote {rows} rows to {target}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from metrodesk.services.reports.workbook import write_report

    path = existing_database(args)
    target = Path(args.output).expanduser()
    db = open_database(path)
    try:
        write_report(db, args.name, target)
    finally:
        db.close()
    say(f"Wrote the {args.name} report to {target}")
    return 0


def _calendar_options(args: argparse.Namespace) -> CalendarOptions:
    from datetime import date, timedelta

    from metrodesk.services.imports.calendar_apply import CalendarOptions

    def day(text: str | None, option: str) -> date | None:
        if text is None:
            return None
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise CliError(f"{option} must be a date such as 2026-01-31", USAGE) from None

    start, until = day(args.start, "--from"), day(args.until, "--until")
    end = until + timedelta(days=1) if until is not None else None
    if start is not None and end is not None and end <= start:
        raise CliError("--until is before --from", USAGE)
    return CalendarOptions(start, end, add_new_people=not args.no_new_people)


def run_import(args: argparse.Namespace) -> int:
    from metrodesk.services.imports.outcome import ImportRejected
    from metrodesk.services.imports.steps import Imports
    from metrodesk.services.imports.tables import file_kind

    path = existing_database(args)
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"no file at {source}")
    file_kind(source)  # an unknown kind of file is refused before the database is opened
    options = _calendar_options(args)
    db = open_database(path)
    imports = Imports(db)
    try:
        if args.dry_run:
            # the preview: every row checked and counted, the first differences shown
            preview = imports.preview(source, calendar=options)
            for line in preview.lines():
                say(line)
            for problem in preview.problems:
                print(problem, file=sys.stderr)
            if preview.rejected:
                rows = "row was" if preview.rejected == 1 else "rows were"
                raise CliError(f"import refused: {preview.rejected} {rows} rejected")
            say("Dry run: nothing was written.")
            return 0
        report = imports.commit(source, calendar=options)
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CliError(str(exc)) from None
    finally:
        db.close()
    for line in report.lines():
        say(line)
    return 0
