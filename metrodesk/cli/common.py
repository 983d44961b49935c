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
    print(line, flush=True)


def complain(line: str) -> None:
    print(f"{PROG}: {one_line(line)}", file=sys.stderr, flush=True)


def one_line(text: str) -> str:
    return " ".join(text.split()) or "unknown error"


def database_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else paths.default_database()


def existing_database(args: argparse.Namespace) -> Path:
    """Commands that read a database must not create an empty one by mistake (a typo in
    --db would otherwise 'succeed' with an empty export)."""
    path = database_path(args)
    if not path.is_file():
        raise CliError(f"no database at {path}")
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
            f"{exc}; newest sound backup: {newest} (to use it: {PROG} restore '{newest}')"
        ) from None


Run = Callable[[argparse.Namespace], int]
#: `add(name, run, help)` registers a subcommand and returns its parser for its arguments
AddCommand = Callable[[str, Run, str], argparse.ArgumentParser]
