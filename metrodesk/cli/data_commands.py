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

if TYPE_CHECKING:
    from metrodesk.services.facade import Services

#: the kinds `export` takes (checked again by the exporter); spelled out here so that
#: starting the app does not load openpyxl just to build the parser
EXPORT_KINDS = ("contacts", "organisations", "cities", "training", "meetings", "actions", "all")
#: the reports `report` writes (see services/reports/workbook.py)
REPORT_NAMES = ("membership", "training", "meetings", "actions")


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
    report.add_argument("name", metavar="NAME", help=f"one of: {', '.join(REPORT_NAMES)}")
    report.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    imp = add("import", run_import, "apply a workbook in the export layout")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="report the changes; write nothing")


def run_demo(args: argparse.Namespace) -> int:
    from metrodesk.services.facade import Services
    from metrodesk.services.sample.demo import load_demo

    if args.size < 0:
        raise CliError("--size must be 0 or more", USAGE)
    path = database_path(args)
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


def run_import(args: argparse.Namespace) -> int:
    from metrodesk.services.imports.apply import import_workbook, preview_workbook
    from metrodesk.services.imports.outcome import ImportRejected

    path = existing_database(args)
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"no workbook at {source}")
    db = open_database(path)
    try:
        if args.dry_run:
            # the preview: every row checked and counted, the first differences shown
            preview = preview_workbook(db, source)
            for line in preview.lines():
                say(line)
            for problem in preview.problems:
                print(problem, file=sys.stderr)
            if preview.rejected:
                rows = "row was" if preview.rejected == 1 else "rows were"
                raise CliError(f"import refused: {preview.rejected} {rows} rejected")
            say("Dry run: nothing was written.")
            return 0
        report = import_workbook(db, source)
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CliError(str(exc)) from None
    finally:
        db.close()
    for line in report.lines():
        say(line)
    return 0
