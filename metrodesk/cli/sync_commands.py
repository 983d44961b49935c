"""Team sync from the command line: `sync` and `conflicts` (DESIGN.md, "Working as a team")."""

from __future__ import annotations

import argparse
import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from metrodesk.cli.common import AddCommand, CliError, database_path, existing_database, say

if TYPE_CHECKING:
    from metrodesk.services.facade import Services
    from metrodesk.services.sync.inbox import ConflictView


def register(add: AddCommand) -> None:
    sync = add(
        "sync",
        run_sync,
        "send this copy's changes to the team's hub and take in everyone else's",
    )
    sync.add_argument(
        "--hub",
        metavar="HUB",
        action="append",
        help="the team folder, or the team server's address postgresql://ROLE@SERVER/DATABASE "
        "(the first time; it is remembered); a --db that does not exist yet is created and "
        "filled from it. Given twice (the team's folder and its server), this copy bridges "
        "them: it relays to each hub what the other holds, at every sync",
    )
    sync.add_argument(
        "--name",
        metavar="NAME",
        help="this computer's name as the others see it (default: the computer's own name)",
    )
    add(
        "conflicts",
        run_conflicts,
        "list the open conflicts, one per line: kind, record UUID, field, value kept, value "
        "set aside (tab-separated)",
    )


def _services(path: Path) -> Services:
    from metrodesk.cli.common import open_database
    from metrodesk.services.facade import Services

    return Services(open_database(path))


def _remove_new_file(path: Path) -> None:
    """A database this command created for a sync that failed is not left behind (nor the
    record of its opening checks beside it)."""
    from metrodesk.data.crypto.envelope import key_file
    from metrodesk.data.open_checks import state_path

    made = (path, Path(f"{path}-wal"), Path(f"{path}-shm"), state_path(path), key_file(path))
    for leftover in made:
        with contextlib.suppress(OSError):
            leftover.unlink()


def run_sync(args: argparse.Namespace) -> int:
    from metrodesk.services.sync.service import check_name

    path = database_path(args)
    fresh = not os.path.lexists(path)
    if not fresh:
        path = existing_database(args)  # never an empty file, a folder or a FIFO made a copy
    if fresh and not args.hub:
        raise CliError(
            f"no database at {path}; give --hub FOLDER to make one filled from the team folder"
        )
    name = check_name(args.name) if args.name is not None else None
    svc = _services(path)
    try:
        hubs = args.hub or []
        if len(hubs) > 1:
            report = svc.sync.run_bridge(hubs, name)
        else:
            report = svc.sync.run(hubs[0] if hubs else None, name)
    except BaseException:
        svc.close()
        if fresh:
            _remove_new_file(path)
        raise
    svc.close()
    for note in report.notes:
        say(note)
    say(report.summary())
    return 0


#: how the value kept reads when it is not a value of the field
_KEPT = {
    "deleted": "(in the trash)",
    "purged": "(deleted for good)",
    "link": "(links to a record in the trash)",
}


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value)
    return " ".join(str(value).split())  # one line, no tabs


def conflict_line(c: ConflictView) -> str:
    kept = _KEPT.get(c.kind, _cell(c.kept.value)) if c.kind != "field" else _cell(c.kept.value)
    if c.kind == "link" and c.kept.value is None:
        kept = "(links to a record deleted for good)"
    return "\t".join([c.record_kind, str(c.record_id), c.field, kept, _cell(c.aside.value)])


def run_conflicts(args: argparse.Namespace) -> int:
    svc = _services(existing_database(args))
    try:
        for conflict in svc.sync.inbox.list():
            say(conflict_line(conflict))
    finally:
        svc.close()
    return 0
