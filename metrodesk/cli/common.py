"""What every command shares: the one-line error, output, and the database it works on."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from metrodesk import paths

PROG = "metrodesk"
#: exit statuses: 1 the request failed, 2 it was malformed (argparse's own convention)
FAILED, USAGE = 1, 2
INTERRUPTED = 130


class CliError(Exception):
    """A reason to stop, already worded for the user."""

    def __init__(self, message: str, status: int = FAILED) -> None:
        super().__init__(message)
        self.status = status


class Parser(argparse.ArgumentParser):
    """argparse prints usage plus a message over several lines; the contract wants one."""

    def error(self, message: str) -> NoReturn:
        raise CliError(f"{message} (see '{PROG} --help')", USAGE)


def say(line: str) -> None:
    print(_valid(line), flush=True)


def complain(line: str) -> None:
    print(f"{PROG}: {one_line(_valid(line))}", file=sys.stderr, flush=True)


def _valid(text: str) -> str:
    # a file name that is not UTF-8 carries surrogates, which a UTF-8 stream refuses to print
    from metrodesk.data.files import shown_name

    return shown_name(text)


def one_line(text: str) -> str:
    return " ".join(text.split()) or "unknown error"


def database_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else paths.default_database()


def existing_database(args: argparse.Namespace) -> Path:
    """Commands that read a database must not create one by mistake (a typo in --db would
    otherwise 'succeed' with an empty export), nor make one of an empty file, nor read a FIFO
    (which blocks) or a device: the path is looked at, not opened."""
    from metrodesk.data.file_kinds import special_kind

    path = database_path(args)
    kind = special_kind(path.resolve())
    if kind is not None:
        raise CliError(f"{path} is {kind}, not a MetroDesk database")
    if not path.is_file():
        raise CliError(f"no database at {path}")
    if path.stat().st_size == 0:
        raise CliError(f"{path} is an empty file, not a MetroDesk database")
    return path


def open_database(path: Path) -> Any:
    """Database.open, with the newest sound backup named in the one line for a damaged file."""
    from metrodesk.data.database import Database
    from metrodesk.data.errors import DamagedDatabase
    from metrodesk.services.storage.backups import newest_sound_backup

    try:
        return Database.open(path)
    except DamagedDatabase as exc:
        newest = newest_sound_backup(path)
        if newest is None:
            raise CliError(f"{exc}; no sound backup was found") from None
        raise CliError(
            f"{exc}; newest sound backup: {newest} "
            f"(to use it: {PROG} restore '{newest}' --replace-damaged)"
        ) from None


Run = Callable[[argparse.Namespace], int]
#: `add(name, run, help)` registers a subcommand and returns its parser for its arguments
AddCommand = Callable[[str, Run, str], argparse.ArgumentParser]
