"""The `metrodesk` command: the app without arguments, and the contract subcommands.

Scripts and other programs depend on what it prints and returns (DESIGN.md, "Interfaces"):
exit 0 on success; otherwise a non-zero status and ONE line on stderr saying why, never a
traceback. Qt is imported only when the window is asked for, so subcommands run on machines
(servers, CI) that have no display and start quickly.

Each group of commands lives in a module of its own with a `register(add)` function; the
table `COMMAND_GROUPS` lists them in the order `--help` shows them.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
import zipfile
from collections.abc import Sequence
from pathlib import Path

from metrodesk import __version__, support_log
from metrodesk.cli import (
    data_commands,
    file_commands,
    hub_commands,
    privacy_commands,
    sync_commands,
)
from metrodesk.cli.common import (
    FAILED,
    INTERRUPTED,
    PROG,
    CliError,
    Parser,
    Run,
    complain,
    database_path,
)
from metrodesk.data.errors import DamagedValue, DatabaseOpenError, IdentityClash, StorageError
from metrodesk.data.files import shown_name
from metrodesk.services.errors import ServiceError

COMMAND_GROUPS = (data_commands, file_commands, sync_commands, hub_commands, privacy_commands)


def run_gui(args: argparse.Namespace) -> int:
    try:
        import metrodesk.app  # Qt is loaded only here
    except ImportError as exc:
        # typically a Qt library missing on this machine: say so rather than crash
        raise CliError(f"the window cannot start: {exc}") from exc
    return int(metrodesk.app.main(database_path(args), smoke_test=args.smoke_test))


def _db_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=default,
        help="the database file (default: $METRODESK_DB, else the one in your data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog=PROG, description="Contacts, member cities, training and meetings.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="open the window, wait until it shows its first page, say so and quit "
        "(installers and CI check a package with it)",
    )
    _db_option(parser)
    parser.set_defaults(run=run_gui)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)

    def add(name: str, run: Run, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help)
        # SUPPRESS: `metrodesk --db X check` must keep the X given before the command
        _db_option(sub, argparse.SUPPRESS)
        sub.set_defaults(run=run)
        return sub

    for group in COMMAND_GROUPS:
        group.register(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    # openpyxl warns about what it does not read (data validation, odd dates) on stderr: the
    # contract allows one line there, and the import says what matters in its own words
    warnings.filterwarnings("ignore", module=r"openpyxl(\..*)?$")
    try:
        args = build_parser().parse_args(argv)
        return int(args.run(args))
    except SystemExit as exc:  # --help and --version
        return exc.code if isinstance(exc.code, int) else 0
    except CliError as exc:
        complain(str(exc))
        return exc.status
    except KeyboardInterrupt:
        complain("interrupted")
        return INTERRUPTED
    except Exception as exc:  # the contract: one line, never a traceback
        complain(_reason(exc))
        return FAILED


def _reason(exc: Exception) -> str:
    """What went wrong in the user's words; anything unforeseen also goes to the log file.
    Nothing here quotes SQL or the values of records (see `metrodesk.support_log`)."""
    if isinstance(
        exc, DatabaseOpenError | ServiceError | StorageError | DamagedValue | IdentityClash
    ):
        return str(exc)
    if isinstance(exc, OSError):
        return _os_reason(exc)
    if isinstance(exc, zipfile.BadZipFile):
        return f"not an Excel workbook ({exc})"
    log = _log_traceback(exc)
    return f"unexpected error ({support_log.reason(exc)}); details in {log}"


def _os_reason(exc: OSError) -> str:
    """An operating system's refusal, with the file it concerns; a name that is not valid
    UTF-8 (a Latin-1 'café.xlsx') is shown with its odd bytes escaped, not as a crash."""
    where = f": {_printable(exc.filename)}" if exc.filename else ""
    return f"{exc.strerror or exc}{where}"


def _printable(name: object) -> str:
    return shown_name(os.fsdecode(name) if isinstance(name, str | bytes) else str(name))


def _log_traceback(exc: BaseException) -> Path | str:
    heading = f"{PROG} {support_log.command_line(sys.argv[1:])}"
    try:
        return support_log.append("metrodesk.log", heading, exc)
    except OSError:
        return "the log (which could not be written)"
