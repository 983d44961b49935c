"""Automatic backups, kept in tiers, listed for the user and verified.

Every backup is made with SQLite's backup API (never a file copy) and checked with
`integrity_check` before it takes its final name (`metrodesk.data.backup`). Backups live in the
`backups` folder beside the database and are named

    <stem>-<label>-<YYYYmmdd-HHMMSS>.sqlite   (label: daily, before-import, before-<revision>, …)
    <stem>-<YYYYmmdd-HHMMSS>.sqlite           (made on request: `metrodesk backup`)

so that listing them needs no catalogue that could itself get out of step.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from metrodesk import paths
from metrodesk.data.backup import backup_database
from metrodesk.data.crypto.driver import FILE_ERRORS
from metrodesk.data.crypto.envelope import key_file
from metrodesk.data.files import private_folder
from metrodesk.data.partial_files import clean_export_folders, clean_orphans
from metrodesk.i18n import data_size, tr
from metrodesk.services.errors import ServiceError

STAMP = "%Y%m%d-%H%M%S"

#: what a backup's label says about why it was made
DAILY = "daily"
BEFORE_IMPORT = "before import"
BEFORE_RESTORE = "before restore"
BEFORE_MERGE = "before merge"
BEFORE_UPGRADE = "before upgrade"
BEFORE_PROTECTION = "before protection change"
BEFORE_ERASURE = "before erasure"
ON_REQUEST = "on request"
DAMAGED = "damaged copy"

_LABELS = {
    "daily": DAILY,
    "before-import": BEFORE_IMPORT,
    "before-restore": BEFORE_RESTORE,
    "before-merge": BEFORE_MERGE,
    "before-protection": BEFORE_PROTECTION,
    "before-erasure": BEFORE_ERASURE,
}
#: kinds MetroDesk makes by itself, and so may also delete by the retention rule
AUTOMATIC = frozenset(
    {
        DAILY,
        BEFORE_IMPORT,
        BEFORE_RESTORE,
        BEFORE_MERGE,
        BEFORE_UPGRADE,
        BEFORE_PROTECTION,
        BEFORE_ERASURE,
    }
)


@dataclass(frozen=True)
class BackupPolicy:
    """How many backups are kept: every one of the last `within_days` days, then the newest of
    each of the last `daily` days, `weekly` ISO weeks and `monthly` months that have one."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    within_days: int = 2


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    size: int
    #: one of the kinds above (DAILY, BEFORE_IMPORT, …)
    kind: str

    @property
    def automatic(self) -> bool:
        return self.kind in AUTOMATIC


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(
        re.escape(stem)
        + r"-(?:(?P<label>daily|before-import|before-restore|before-merge|before-[0-9a-z_]+)-)?"
        r"(?P<stamp>\d{8}-\d{6})(?P<damaged>-damaged)?\.sqlite"
    )


def parse_name(stem: str, name: str) -> tuple[str, datetime] | None:
    """(kind, taken_at) for the name of a backup of the database called `stem`, else None."""
    found = _pattern(stem).fullmatch(name)
    if found is None:
        return None
    try:
        taken = datetime.strptime(found["stamp"], STAMP)
    except ValueError:
        return None
    label = found["label"]
    if found["damaged"]:
        kind = DAMAGED
    elif label is None:
        kind = ON_REQUEST
    else:
        kind = _LABELS.get(label, BEFORE_UPGRADE)
    return kind, taken


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path` in its backups folder, newest first."""
    db_path = Path(db_path).expanduser()
    folder = paths.backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        parsed = parse_name(db_path.stem, entry.name)
        if parsed is None or not entry.is_file():
            continue
        kind, taken = parsed
        found.append(BackupInfo(entry, taken, entry.stat().st_size, kind))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def free_name(db_path: Path, label: str | None, now: datetime) -> tuple[Path, datetime]:
    """Where a backup labelled `label` taken at `now` goes, and the time its name says.

    Names tell the second: a second backup of one kind within the same second (protecting a
    file and changing its passphrase at once) takes the next free second, never the first's
    place, which would lose the only copy of the file as it was before the first."""
    folder = paths.backup_dir(db_path)
    middle = f"-{label}" if label else ""
    now = now.replace(microsecond=0)
    while True:
        target = folder / f"{db_path.stem}{middle}-{now.strftime(STAMP)}.sqlite"
        if not os.path.lexists(target):
            return target, now
        now += timedelta(seconds=1)


def take_backup(db_path: Path, label: str | None, now: datetime | None = None) -> BackupInfo:
    """A verified backup of `db_path` labelled `label` ('daily', 'before-import', …; None for
    one made on request, which the retention rule never deletes)."""
    db_path = Path(db_path).expanduser()
    if not db_path.is_file():
        raise ServiceError(tr("no database at {db_path}").format(db_path=db_path))
    target, now = free_name(db_path, label, now or datetime.now())
    folder = target.parent
    try:
        private_folder(folder)  # backups hold everything: owner-only, even if made 0755
        clean_orphans(folder, _of(db_path))
        made = backup_database(db_path, target)
    except FILE_ERRORS as exc:
        raise ServiceError(
            tr("the backup of {name} could not be made: {reason}").format(
                name=db_path.name, reason=exc
            )
        ) from exc
    parsed = parse_name(db_path.stem, made.name)
    kind = parsed[0] if parsed else ON_REQUEST
    return BackupInfo(made, now, made.stat().st_size, kind)


def automatic_backup(
    db_path: Path, now: datetime | None = None, policy: BackupPolicy | None = None
) -> BackupInfo | None:
    """Once a day: a daily backup unless today already has one, then pruning by `policy`.

    Runs at every start (and then hourly), so it first tidies what killed writers left: the
    `.partial` files of backups of this database and of exports in the folders exports went
    to. Returns the new backup, or None when today's was already there.
    """
    tidy_orphans(db_path)
    now = now or datetime.now()
    existing = list_backups(db_path)
    if any(b.kind == DAILY and b.taken_at.date() == now.date() for b in existing):
        return None
    made = take_backup(db_path, "daily", now)
    prune(db_path, now, policy)
    return made


def _of(db_path: Path) -> Callable[[str], bool]:
    prefix = f"{db_path.stem}-"
    return lambda name: name.startswith(prefix)


def tidy_orphans(db_path: Path) -> list[Path]:
    """Delete the partial files killed backups and exports left behind; the ones deleted."""
    db_path = Path(db_path).expanduser()
    gone = clean_orphans(paths.backup_dir(db_path), _of(db_path))
    return gone + clean_export_folders()


def backups_to_prune(
    backups: Iterable[BackupInfo], now: datetime, policy: BackupPolicy | None = None
) -> list[BackupInfo]:
    """The automatic backups the retention rule lets go; those made on request, and damaged
    copies kept for rescue, are never among them."""
    policy = policy or BackupPolicy()
    candidates = sorted((b for b in backups if b.automatic), key=lambda b: b.taken_at, reverse=True)
    keep: set[Path] = set()
    recent = now - timedelta(days=policy.within_days)
    keep.update(b.path for b in candidates if b.taken_at >= recent)
    tiers = (
        (policy.daily, lambda t: t.date()),
        (policy.weekly, lambda t: t.isocalendar()[:2]),
        (policy.monthly, lambda t: (t.year, t.month)),
    )
    for count, period in tiers:
        seen: list[object] = []
        for b in candidates:  # newest first: the first of each period is its newest
            key = period(b.taken_at)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(b.path)
    return [b for b in candidates if b.path not in keep]


def prune(
    db_path: Path, now: datetime | None = None, policy: BackupPolicy | None = None
) -> list[BackupInfo]:
    """Delete the backups the retention rule lets go; the ones deleted."""
    gone = backups_to_prune(list_backups(db_path), now or datetime.now(), policy)
    for b in gone:
        b.path.unlink(missing_ok=True)
        key_file(b.path).unlink(missing_ok=True)
    return gone


@dataclass(frozen=True)
class Verdict:
    ok: bool
    #: '' when sound, else the first problem found
    reason: str


def verify(backup: Path) -> Verdict:
    """Whether a backup is sound: a full integrity check, read-only."""
    from metrodesk.services.storage.maintenance import check_database

    report = check_database(backup)
    return Verdict(report.ok, report.reason)


def newest_sound_backup(db_path: Path, backups: Sequence[BackupInfo] | None = None) -> Path | None:
    """The newest backup of `db_path` that passes its check (damaged copies are skipped)."""
    for b in backups if backups is not None else list_backups(db_path):
        if b.kind != DAMAGED and verify(b.path).ok:
            return b.path
    return None


def describe_size(size: int) -> str:
    """A size as a person reads it: 812 bytes, 3.4 MB (in the interface's language)."""
    return data_size(size)
