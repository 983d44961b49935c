"""The `metrodesk` command: the app without arguments, and the contract subcommands.

Scripts and other programs depend on what it prints and returns (DESIGN.md, "Interfaces"):
exit 0 on success; otherwise a non-zero status and ONE line on stderr saying why, never a
traceback. Qt is imported only when the window is asked for, so subcommands run on machines
(servers, CI) that have no display and start quickly.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
import zipfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from metrodesk import __version__, paths
from metrodesk.data.errors import DamagedValue, DatabaseOpenError, StorageError
from metrodesk.services.errors import ServiceError

if TYPE_CHECKING:
    from metrodesk.services.facade import Services

PROG = "metrodesk"
#: exit statuses: 1 the request failed, 2 it was malformed (argparse's own convention)
FAILED, USAGE = 1, 2
INTERRUPTED = 130


class CliError(Exception):
    """A reason to stop, already worded for the user."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.status = status


class _Parser(argparse.ArgumentParser):
    """argparse prints usage plus a message over several lines; the contract wants one."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{PROG} --help')", USAGE)


def _say(line: str) -> None:
    print(line, flush=True)


def _complain(line: str) -> None:
    print(f"{PROG}: {_one_line(line)}", file=sys.stderr, flush=True)


def _one_line(text: str) -> str:
    return " ".join(text.split()) or "unknown error"


# ---------------------------------------------------------------------------------------------
# the database a command works on


def _database_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else paths.default_database()


def _existing_database(args: argparse.Namespace) -> Path:
    """Commands that read a database must not create an empty one by mistake (a typo in
    --db would otherwise 'succeed' with an empty export)."""
    path = _database_path(args)
    if not path.is_file():
        raise CliError(f"no database at {path}")
    return path


def _open(path: Path) -> Any:
    """Database.open, with the newest sound backup named in the one line for a damaged file."""
    from metrodesk.data.database import Database
    from metrodesk.data.errors import DamagedDatabase
    from metrodesk.services.backups import newest_sound_backup

    try:
        return Database.open(path)
    except DamagedDatabase as exc:
        newest = newest_sound_backup(path)
        if newest is None:
            raise CliError(f"{exc}; no sound backup was found") from None
        raise CliError(
            f"{exc}; newest sound backup: {newest} (to use it: {PROG} restore '{newest}')"
        ) from None


# ---------------------------------------------------------------------------------------------
# commands


def run_gui(args: argparse.Namespace) -> int:
    try:
        import metrodesk.app  # Qt is loaded only here
    except ImportError as exc:
        # typically a Qt library missing on this machine: say so rather than crash
        raise CliError(f"the window cannot start: {exc}") from exc
    return int(metrodesk.app.main(_database_path(args)))


def run_demo(args: argparse.Namespace) -> int:
    from metrodesk.services.demo import load_demo
    from metrodesk.services.facade import Services

    if args.size < 0:
        raise CliError("--size must be 0 or more", USAGE)
    path = _database_path(args)
    svc = Services.open(path)
    try:
        if not svc.is_empty():
            raise CliError(f"{path} already holds data; demo needs a new or empty database")
        load_demo(svc.db, args.size)
        summary = _summary(svc)
    finally:
        svc.close()
    _say(f"Sample database at {path}: {summary}")
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
    from metrodesk.services.csv_export import export_csv
    from metrodesk.services.export import export_workbook

    path = _existing_database(args)
    target = Path(args.output).expanduser()
    # the file's suffix chooses the format: .csv writes one list, anything else a workbook
    write = export_csv if target.suffix.lower() == ".csv" else export_workbook
    db = _open(path)
    try:
        rows = write(db, args.kind, target)
    finally:
        db.close()
    _say(f"Wrote {rows} rows to {target}")
    return 0


def run_report(args: argparse.Namespace) -> int:
    from metrodesk.services.report_workbook import write_report

    path = _existing_database(args)
    target = Path(args.output).expanduser()
    db = _open(path)
    try:
        write_report(db, args.name, target)
    finally:
        db.close()
    _say(f"Wrote the {args.name} report to {target}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from metrodesk.services.importer import ImportRejected, import_workbook, preview_workbook

    path = _existing_database(args)
    source = Path(args.file).expanduser()
    if not source.is_file():
        raise CliError(f"no workbook at {source}")
    db = _open(path)
    try:
        if args.dry_run:
            # the preview: every row checked and counted, the first differences shown
            preview = preview_workbook(db, source)
            for line in preview.lines():
                _say(line)
            for problem in preview.problems:
                print(problem, file=sys.stderr)
            if preview.rejected:
                rows = "row was" if preview.rejected == 1 else "rows were"
                raise CliError(f"import refused: {preview.rejected} {rows} rejected")
            _say("Dry run: nothing was written.")
            return 0
        report = import_workbook(db, source)
    except ImportRejected as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        raise CliError(str(exc)) from None
    finally:
        db.close()
    for line in report.lines():
        _say(line)
    return 0


def run_check(args: argparse.Namespace) -> int:
    from metrodesk.services.backups import newest_sound_backup
    from metrodesk.services.maintenance import check_database

    path = _existing_database(args)
    report = check_database(path)
    for line in report.lines:
        _say(line)
    if not report.ok:
        newest = newest_sound_backup(path)
        hint = f"; newest sound backup: {newest}" if newest else ""
        raise CliError(f"{path} failed the check: {report.reason}{hint}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from metrodesk.services.maintenance import backup

    path = _existing_database(args)
    target = backup(path, Path(args.output))
    _say(f"Backed up {path} to {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from metrodesk.services.maintenance import restore

    result = restore(Path(args.file), _database_path(args))
    kept = f" (the previous file is kept as {result.previous})" if result.previous else ""
    _say(f"Restored {result.restored} from {args.file}{kept}")
    return 0


# ---------------------------------------------------------------------------------------------
# the parser


def _db_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the database file (default: $METRODESK_DB, else the one in your data folder)",
    )


#: the kinds `export` takes (checked again by the exporter); spelled out here so that
#: starting the app does not load openpyxl just to build this parser
EXPORT_KINDS = ("contacts", "organisations", "cities", "training", "meetings", "actions", "all")
#: the reports `report` writes (see services/report_workbook.py)
REPORT_NAMES = ("membership", "training", "meetings", "actions")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog=PROG, description="Contacts, member cities, training and meetings.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _db_option(parser)
    parser.set_defaults(run=run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, run: Callable[[argparse.Namespace], int], help: str) -> Any:
        sub = commands.add_parser(name, help=help, description=help)
        # SUPPRESS: `metrodesk --db X check` must keep the X given before the command
        _db_option(sub, argparse.SUPPRESS)
        sub.set_defaults(run=run)
        return sub

    demo = command("demo", run_demo, "create a database holding the sample data")
    demo.add_argument("--size", type=int, default=0, metavar="N", help="add N synthetic contacts")

    export = command("export", run_export, "write an Excel workbook, or one list as CSV")
    export.add_argument("kind", metavar="KIND", help=f"one of: {', '.join(EXPORT_KINDS)}")
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="FILE.xlsx",
        help="the file to write; a name ending in .csv writes CSV (one list: not training, all)",
    )

    report = command("report", run_report, "write a report workbook (with a summary sheet)")
    report.add_argument("name", metavar="NAME", help=f"one of: {', '.join(REPORT_NAMES)}")
    report.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")

    imp = command("import", run_import, "apply a workbook in the export layout")
    imp.add_argument("file", metavar="FILE.xlsx")
    imp.add_argument("--dry-run", action="store_true", help="report the changes; write nothing")

    command("check", run_check, "check that the database is sound")

    backup = command("backup", run_backup, "copy the database to a backup file")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")

    restore = command("restore", run_restore, "replace the database with a backup")
    restore.add_argument("file", metavar="FILE")
    return parser


# ---------------------------------------------------------------------------------------------
# the entry point


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except CliError as exc:
        _complain(str(exc))
        return exc.status
    except KeyboardInterrupt:
        _complain("interrupted")
        return INTERRUPTED
    except Exception as exc:  # the contract: one line, never a traceback
        _complain(_reason(exc))
        return FAILED


def _reason(exc: Exception) -> str:
    """What went wrong in the user's words; anything unforeseen also goes to the log file."""
    if isinstance(exc, DatabaseOpenError | ServiceError | StorageError | DamagedValue):
        return str(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if exc.filename else ""
        return f"{exc.strerror or exc}{where}"
    if isinstance(exc, zipfile.BadZipFile):
        return f"not an Excel workbook ({exc})"
    log = _log_traceback()
    return f"unexpected error ({type(exc).__name__}: {exc}); details in {log}"


def _log_traceback() -> Path | str:
    try:
        folder = paths.log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log = folder / "metrodesk.log"
        with log.open("a", encoding="utf-8") as fh:
            fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} {PROG} ")
            fh.write(f"{' '.join(sys.argv[1:])} (pid {os.getpid()})\n")
            fh.write(traceback.format_exc())
        return log
    except OSError:
        logging.getLogger(__name__).exception("could not write the log file")
        return "the log (which could not be written)"
