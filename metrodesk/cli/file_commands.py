"""Commands that look after the database file: check, backup, restore."""

from __future__ import annotations

import argparse
from pathlib import Path

from metrodesk.cli.common import AddCommand, CliError, database_path, existing_database, say


def register(add: AddCommand) -> None:
    add("check", run_check, "check that the database is sound")

    backup = add("backup", run_backup, "copy the database to a backup file")
    backup.add_argument("-o", "--output", required=True, metavar="FILE")

    restore = add("restore", run_restore, "replace the database with a backup")
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--replace-damaged",
        action="store_true",
        help="also replace a damaged database (its bytes are kept in the backups folder)",
    )


def run_check(args: argparse.Namespace) -> int:
    from metrodesk.services.storage.backups import newest_sound_backup
    from metrodesk.services.storage.maintenance import check_database

    path = existing_database(args)
    report = check_database(path)
    for line in report.lines:
        say(line)
    if not report.ok:
        newest = newest_sound_backup(path)
        hint = (
            f"; newest sound backup: {newest} (to use it: metrodesk restore '{newest}' "
            "--replace-damaged)"
            if newest
            else ""
        )
        raise CliError(f"{path} failed the check: {report.reason}{hint}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from metrodesk.services.storage.maintenance import backup

    path = existing_database(args)
    target = backup(path, Path(args.output))
    say(f"Backed up {path} to {target}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from metrodesk.services.storage.maintenance import DamagedTarget, restore

    try:
        result = restore(Path(args.file), database_path(args), args.replace_damaged)
    except DamagedTarget as exc:
        raise CliError(f"{exc}: add --replace-damaged") from None
    kept = f" (the previous file is kept as {result.previous})" if result.previous else ""
    say(f"Restored {result.restored} from {args.file}{kept}")
    return 0
