"""Checking, backing up and restoring database files, without ever making a bad file worse.

Nothing here opens a file through `Database.open`: that would migrate it, and a check or a
backup must leave the file exactly as it found it.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from metrodesk import paths
from metrodesk.data.backup import backup_database
from metrodesk.data.database import MIGRATIONS, head_revision, lenient_text
from metrodesk.data.files import (
    InUse,
    acquire_lock,
    create_private_file,
    looks_like_sqlite,
    release_lock,
)
from metrodesk.services.errors import ServiceError

#: how many problems a check lists before it stops looking: enough to judge, not a flood
MAX_PROBLEMS = 20
#: tables counted in a check's report, with the words the report uses
COUNTED = (
    ("contact", "contacts"),
    ("organisation", "organisations"),
    ("member_city", "member cities"),
    ("meeting", "meetings"),
    ("action_item", "action items"),
)


@dataclass
class CheckReport:
    path: Path
    ok: bool = True
    #: what a person reads: what was checked and what was found, one finding per line
    lines: list[str] = field(default_factory=list)
    #: the schema revision, '' when the file has none
    schema: str = ""

    def fail(self, reason: str) -> None:
        self.ok = False
        self.lines.append(reason)

    @property
    def reason(self) -> str:
        """The first problem found, for a one-line message."""
        return next((line for line in self.lines if line.startswith("problem: ")), "")[9:]


@contextmanager
def _read_only(path: Path) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write the file (SQLite refuses, whatever a bug asks of it).

    Without a write-ahead log beside the file there is nothing but the file to read, and
    `immutable` keeps SQLite from creating -wal and -shm files next to it: a file being
    checked, perhaps to be sent for rescue, is left exactly as it was, alone in its folder.
    """
    uri = path.resolve().as_uri()
    wal = path.with_name(path.name + "-wal")
    conn = sqlite3.connect(f"{uri}?mode=ro" if wal.exists() else f"{uri}?immutable=1", uri=True)
    conn.text_factory = lenient_text  # a check quotes damaged rows, invalid bytes and all
    try:
        yield conn
    finally:
        conn.close()


def check_database(path: Path) -> CheckReport:
    """Whether `path` is a sound MetroDesk database this version can use; never raises for a
    bad file and never writes to it."""
    path = Path(path).expanduser()
    report = CheckReport(path)
    if not path.is_file():
        report.fail(f"problem: no database at {path}")
        return report
    try:
        if not looks_like_sqlite(path):
            report.fail(f"problem: {path.name} is not a MetroDesk database (not an SQLite file)")
            return report
        with _read_only(path) as conn:
            _check_pages(conn, report)
            if report.ok:
                _check_schema(conn, report)
            if report.ok:
                _check_foreign_keys(conn, report)
            if report.ok:
                _count_records(conn, report)
    except (sqlite3.Error, OSError) as exc:
        report.fail(f"problem: {path.name} cannot be read: {exc}")
    except UnicodeDecodeError:  # SQLite's own report quoted bytes that are not text
        report.fail(f"problem: {path.name} is damaged (unreadable text in the check's report)")
    if report.ok:
        report.lines.append("result: sound")
    return report


def _check_pages(conn: sqlite3.Connection, report: CheckReport) -> None:
    found = [row[0] for row in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
    if found == ["ok"]:
        report.lines.append("integrity: ok")
        return
    for problem in found:
        report.fail(f"problem: damaged: {problem}")


def _check_schema(conn: sqlite3.Connection, report: CheckReport) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        report.fail("problem: the file is an empty database, not a MetroDesk database")
        return
    if "alembic_version" not in tables:
        report.fail("problem: an SQLite file of another program, not a MetroDesk database")
        return
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    report.schema = row[0] if row else ""
    head = head_revision()
    if report.schema == head:
        report.lines.append(f"schema: {head} (current)")
        _check_columns(conn, report)
    elif report.schema in _known_revisions():
        report.lines.append(
            f"schema: {report.schema} (older; MetroDesk upgrades it to {head} when opening it)"
        )
    else:
        report.fail(
            f"problem: schema {report.schema or 'unknown'} is not one this MetroDesk knows "
            "(written by a newer version?)"
        )


def _check_columns(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Every table holds the columns this version reads: a damaged byte in the schema's own
    text (a column renamed) passes SQLite's page checks but would fail every read."""
    from metrodesk.data.models import Base

    for table in Base.metadata.sorted_tables:
        found = {row[1] for row in conn.execute(f"PRAGMA table_info('{table.name}')")}
        missing = sorted(set(table.columns.keys()) - found)
        if missing:
            report.fail(f"problem: damaged schema: table {table.name} lacks {', '.join(missing)}")
            return


def _known_revisions() -> set[str]:
    # imported here: Alembic costs ~0.3 s, and the app imports this module at every start
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}


def _check_foreign_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
    if not broken:
        report.lines.append("links: ok")
        return
    for table, rowid, parent, _fk in broken:
        report.fail(f"problem: {table} row {rowid} refers to a missing {parent}")


def _count_records(conn: sqlite3.Connection, report: CheckReport) -> None:
    counts = []
    for table, words in COUNTED:
        query = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        counts.append(f"{conn.execute(query).fetchone()[0]} {words}")
    report.lines.append("holds: " + ", ".join(counts))


# ---------------------------------------------------------------------------------------------
# backup and restore


def _require_sound(path: Path, what: str) -> CheckReport:
    report = check_database(path)
    if not report.ok:
        raise ServiceError(f"{what} {path}: {report.reason}")
    return report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return False


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup(db_path: Path, target: Path) -> Path:
    """A verified copy of `db_path` at `target` (or inside it, when it is a folder).

    The copy goes through SQLite's backup API, so it is consistent even while the app writes.
    """
    db_path, target = Path(db_path).expanduser(), Path(target).expanduser()
    if not db_path.is_file():
        raise ServiceError(f"no database at {db_path}")
    if target.is_dir():
        target = target / f"{db_path.stem}-{_stamp()}.sqlite"
    if _same_file(db_path, target):
        raise ServiceError("the backup cannot overwrite the database itself")
    _require_sound(db_path, "cannot back up")
    return backup_database(db_path, target)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    #: the file as it was before the restore, kept in the backups folder (None: there was none)
    previous: Path | None


def restore(backup_file: Path, db_path: Path) -> RestoreResult:
    """Replace the database at `db_path` with `backup_file`, keeping the current one first.

    The backup is checked before anything is touched; a damaged or foreign backup is refused
    and the current database stays as it was.
    """
    backup_file, db_path = Path(backup_file).expanduser(), Path(db_path).expanduser()
    if not backup_file.is_file():
        raise ServiceError(f"no backup at {backup_file}")
    if _same_file(backup_file, db_path):
        raise ServiceError("the backup is the database itself; nothing to restore")
    _require_sound(backup_file, "cannot restore from")
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(db_path):
        return _restore(backup_file, db_path)


@contextmanager
def _locked(db_path: Path) -> Iterator[None]:
    """Hold the database's lock: no other MetroDesk process may have it open meanwhile (this
    one may: the window restores the file it shows)."""
    resolved = db_path.resolve()
    try:
        acquire_lock(resolved)
    except InUse as exc:
        who = f" (process {exc.pid})" if exc.pid else ""
        raise ServiceError(
            f"{db_path.name} is open in another MetroDesk window{who}; close it there first"
        ) from None
    try:
        yield
    finally:
        release_lock(resolved)


def _restore(backup_file: Path, db_path: Path) -> RestoreResult:
    if not db_path.exists():
        create_private_file(db_path)
        _copy_in(backup_file, db_path)
        return RestoreResult(db_path, None)
    sound = check_database(db_path).ok
    previous = _keep_current(db_path, sound)
    if sound:
        _copy_in(backup_file, db_path)
    else:
        _replace_damaged(backup_file, db_path)
    return RestoreResult(db_path, previous)


def _keep_current(db_path: Path, sound: bool) -> Path:
    """Copy the current database into its backups folder before it is overwritten.

    A sound file is copied with the backup API; a damaged one byte for byte (the backup API
    would refuse it), so that whatever it still holds can be rescued later.
    """
    folder = paths.backup_dir(db_path)
    target = folder / f"{db_path.stem}-before-restore-{_stamp()}.sqlite"
    if sound:
        return backup_database(db_path, target)
    folder.mkdir(parents=True, exist_ok=True)
    target = target.with_name(target.stem + "-damaged.sqlite")
    for suffix in ("", "-wal"):
        source = db_path.with_name(db_path.name + suffix)
        if source.exists():
            _private_copy(source, target.with_name(target.name + suffix))
    return target


def _private_copy(source: Path, target: Path) -> None:
    create_private_file(target)
    with source.open("rb") as src, target.open("wb") as dst:
        shutil.copyfileobj(src, dst)


def _copy_in(backup_file: Path, db_path: Path) -> None:
    """Write the backup's pages into the database file through SQLite, so that another
    connection still open on it sees either the old or the new database, never a mix."""
    with _read_only(backup_file) as src, closing(sqlite3.connect(db_path)) as dst:
        src.backup(dst)
        verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise ServiceError(f"the restored {db_path.name} failed its check: {verdict}")


def _replace_damaged(backup_file: Path, db_path: Path) -> None:
    """A damaged file may not even be SQLite any more: swap a fresh copy in instead of
    writing through it, and drop its write-ahead log, which belongs to the damaged file."""
    fresh = backup_database(backup_file, db_path.with_name(f".{db_path.name}.restoring"))
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    fresh.replace(db_path)
