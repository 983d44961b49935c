"""Checking, backing up and restoring database files, without ever making a bad file worse.

Nothing here opens a file through `Database.open`: that would migrate it, and a check or a
backup must leave the file exactly as it found it.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from metrodesk import paths
from metrodesk.data.backup import backup_database, copy_key_file
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import DRIVER_ERRORS, FILE_ERRORS, connect, export
from metrodesk.data.crypto.envelope import key_file
from metrodesk.data.engine import lenient_text
from metrodesk.data.errors import DatabaseOpenError
from metrodesk.data.file_kinds import special_kind
from metrodesk.data.file_lock import InUse, acquire_lock, file_identity, release_lock
from metrodesk.data.files import (
    create_private_file,
    looks_like_sqlite,
    private_folder,
    read_only_uri,
)
from metrodesk.data.opening import OWN_TABLES, not_sqlite
from metrodesk.data.revisions import MIGRATIONS, head_revision, known_revisions
from metrodesk.i18n import QT_TR_NOOP, tr, translated
from metrodesk.services.errors import ServiceError
from metrodesk.services.storage.index_check import check_identities

#: what reading a schema that cannot be read raises (either driver's errors, or bytes not text)
_UNREADABLE: tuple[type[Exception], ...] = (*DRIVER_ERRORS, UnicodeDecodeError)
#: how many problems a check lists before it stops looking: enough to judge, not a flood
MAX_PROBLEMS = 20
#: tables counted in a check's report, with the words the report uses
COUNTED: tuple[tuple[str, Callable[[int], str]], ...] = (
    ("contact", lambda n: tr("%Ln contacts", "", n)),
    ("organisation", lambda n: tr("%Ln organisations", "", n)),
    ("member_city", lambda n: tr("%Ln member cities", "", n)),
    ("meeting", lambda n: tr("%Ln meetings", "", n)),
    ("action_item", lambda n: tr("%Ln action items", "", n)),
)


@dataclass
class CheckReport:
    path: Path
    ok: bool = True
    #: what a person reads: what was checked and what was found, one finding per line
    lines: list[str] = field(default_factory=list)
    #: the schema revision, '' when the file has none
    schema: str = ""

    #: the problems found, as `fail` was told them
    problems: list[str] = field(default_factory=list)

    def fail(self, reason: str) -> None:
        self.ok = False
        self.problems.append(reason)
        self.lines.append(tr("problem: {reason}").format(reason=reason))

    @property
    def reason(self) -> str:
        """The first problem found, for a one-line message."""
        return self.problems[0] if self.problems else ""


@contextmanager
def _read_only(path: Path, key: bytes | None) -> Iterator[sqlite3.Connection]:
    """A connection that cannot write the file (SQLite refuses, whatever a bug asks of it).

    Without a write-ahead log beside the file there is nothing but the file to read, and
    `immutable` keeps SQLite from creating -wal and -shm files next to it: a file being
    checked, perhaps to be sent for rescue, is left exactly as it was, alone in its folder.
    """
    conn = connect(read_only_uri(path), key, uri=True)
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
        report.fail(tr("no database at {path}").format(path=path))
        return report
    try:
        key = keys.key_for(path)
        if key is None and not looks_like_sqlite(path):
            report.fail(not_sqlite(path))
            return report
        if key is not None:
            report.lines.append(tr("encryption: SQLCipher 4, AES-256 (key file and passphrase)"))
        with _read_only(path, key) as conn:
            _check_pages(conn, report)
            if report.ok:
                _check_schema(conn, report)
            if report.ok:
                _check_foreign_keys(conn, report)
            if report.ok and report.schema == head_revision():
                check_identities(conn, report)
            if report.ok:
                _count_records(conn, report)
    except DatabaseOpenError as exc:  # encrypted, and no passphrase (or a wrong one) given
        report.fail(str(exc))
    except FILE_ERRORS as exc:
        report.fail(tr("{name} cannot be read: {reason}").format(name=path.name, reason=exc))
    except UnicodeDecodeError:  # SQLite's own report quoted bytes that are not text
        report.fail(
            tr("{name} is damaged (unreadable text in the check's report)").format(name=path.name)
        )
    if report.ok:
        report.lines.append(tr("result: sound"))
    return report


def _check_pages(conn: sqlite3.Connection, report: CheckReport) -> None:
    found = [row[0] for row in conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})")]
    if found == ["ok"]:
        report.lines.append(tr("integrity: ok"))
        return
    # SQLCipher's SQLite may put several findings in one row, a line each
    for problem in (line for row in found for line in str(row).splitlines() if line.strip()):
        report.fail(tr("damaged: {problem}").format(problem=problem))


def _check_schema(conn: sqlite3.Connection, report: CheckReport) -> None:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not tables:
        report.fail(tr("the file is an empty database, not a MetroDesk database"))
        return
    if "alembic_version" not in tables:
        report.fail(tr("an SQLite file of another program, not a MetroDesk database"))
        return
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    report.schema = row[0] if row else ""
    head = head_revision()
    if report.schema == head:
        report.lines.append(tr("schema: {revision} (current)").format(revision=head))
        _check_columns(conn, report)
    elif report.schema in _known_revisions():
        report.lines.append(
            tr(
                "schema: {revision} (older; MetroDesk upgrades it to {head} when opening it)"
            ).format(revision=report.schema, head=head)
        )
    else:
        report.fail(
            tr(
                "schema {revision} is not one this MetroDesk knows (written by a newer version?)"
            ).format(revision=report.schema or tr("unknown"))
        )


def _check_columns(conn: sqlite3.Connection, report: CheckReport) -> None:
    """Every table holds the columns this version reads: a damaged byte in the schema's own
    text (a column renamed) passes SQLite's page checks but would fail every read."""
    from metrodesk.data.models import Base
    from metrodesk.data.search_index import DOC_COLUMNS

    wanted = [(t.name, set(t.columns.keys())) for t in Base.metadata.sorted_tables]
    for name, columns in [*wanted, ("search_doc", set(DOC_COLUMNS))]:
        found = {row[1] for row in conn.execute(f"PRAGMA table_info('{name}')")}
        missing = sorted(columns - found)
        if missing:
            report.fail(
                tr("damaged schema: table {table} lacks {columns}").format(
                    table=name, columns=", ".join(missing)
                )
            )
            return


def _known_revisions() -> set[str]:
    # imported here: Alembic is slow to import, and the app imports this module at every start
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return {script.revision for script in ScriptDirectory.from_config(cfg).walk_revisions()}


def _check_foreign_keys(conn: sqlite3.Connection, report: CheckReport) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchmany(MAX_PROBLEMS)
    if not broken:
        report.lines.append(tr("links: ok"))
        return
    for table, rowid, parent, _fk in broken:
        report.fail(
            tr("{table} row {row} refers to a missing {parent}").format(
                table=table, row=rowid, parent=parent
            )
        )


def _count_records(conn: sqlite3.Connection, report: CheckReport) -> None:
    counts = []
    for table, words in COUNTED:
        query = f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"
        counts.append(words(conn.execute(query).fetchone()[0]))
    report.lines.append(tr("holds: {counts}").format(counts=", ".join(counts)))


# ---------------------------------------------------------------------------------------------
# backup and restore


def _require_sound(path: Path, what: str) -> CheckReport:
    report = check_database(path)
    if not report.ok:
        raise ServiceError(
            tr("{what} {path}: {reason}").format(what=what, path=path, reason=report.reason)
        )
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
        raise ServiceError(tr("no database at {db_path}").format(db_path=db_path))
    if target.is_dir():
        target = target / f"{db_path.stem}-{_stamp()}.sqlite"
    if _same_file(db_path, target):
        raise ServiceError(tr("the backup cannot overwrite the database itself"))
    _require_sound(db_path, tr("cannot back up"))
    return backup_database(db_path, target)


@dataclass(frozen=True)
class RestoreResult:
    restored: Path
    #: the file as it was before the restore, kept in the backups folder (None: there was none)
    previous: Path | None


class DamagedTarget(ServiceError):
    """The file to restore over is a damaged MetroDesk database (or too damaged to tell);
    replacing it needs the caller to say so (`replace_damaged`): the damaged-file dialog, or
    `metrodesk restore --replace-damaged`. Its bytes are then kept in the backups folder."""


def restore(backup_file: Path, db_path: Path, replace_damaged: bool = False) -> RestoreResult:
    """Replace the database at `db_path` with `backup_file`, keeping the current one first.

    Writes only over a MetroDesk database (a damaged one only with `replace_damaged`), or onto
    a path where nothing is yet; a folder, device, FIFO, socket, a file of another program, an
    empty file or one written by a newer MetroDesk is refused, read at most and never written.
    The backup is checked before anything is touched; a damaged or foreign backup is refused
    and the current database stays as it was.
    """
    backup_file, db_path = Path(backup_file).expanduser(), Path(db_path).expanduser()
    kind = special_kind(backup_file.resolve())
    if kind is not None:
        raise ServiceError(
            tr("cannot restore from {path}: it is {kind}, not a backup").format(
                path=backup_file, kind=translated(kind)
            )
        )
    if not backup_file.is_file():
        raise ServiceError(tr("no backup at {backup_file}").format(backup_file=backup_file))
    # links are followed to the file they name, and that file is looked at, never through
    target = db_path.resolve()
    kind = special_kind(target)
    if kind is not None:
        raise ServiceError(
            tr(
                "cannot restore onto {path}: it is {kind}; a restore writes only over a "
                "MetroDesk database or onto a new file"
            ).format(path=db_path, kind=translated(kind))
        )
    if _same_file(backup_file, target):
        raise ServiceError(tr("the backup is the database itself; nothing to restore"))
    _require_sound(backup_file, tr("cannot restore from"))
    if not target.exists():
        return _restore_new(backup_file, target)
    with _locked(target) as identity:
        sound = _restorable(target, db_path, replace_damaged)
        if file_identity(target) != identity:
            raise ServiceError(
                tr("{path} was replaced meanwhile; nothing was restored").format(path=db_path)
            )
        return _restore(backup_file, target, sound)


def _restorable(target: Path, given: Path, replace_damaged: bool) -> bool:
    """True for a sound MetroDesk database, False for a damaged one the caller may replace;
    ServiceError (nothing written) for anything else. Only reads the file."""
    # an encrypted database with no key at hand is refused here, not taken for a damaged one
    keys.key_for(target)
    report = check_database(target)
    if report.ok:
        return True
    owner = database_owner(target)
    if owner in ("ours", "unreadable"):
        if replace_damaged:
            return False
        raise DamagedTarget(
            tr(
                "{path} is damaged ({reason}); replacing it with the backup keeps its "
                "bytes in the backups folder, but must be asked for"
            ).format(path=given, reason=report.reason)
        )
    why = {
        "empty": QT_TR_NOOP(
            "cannot restore onto {path}: it is an empty file; a restore writes "
            "only over a MetroDesk database or onto a new file"
        ),
        "foreign": QT_TR_NOOP(
            "cannot restore onto {path}: it is not a MetroDesk database; a "
            "restore writes only over a MetroDesk database or onto a new file"
        ),
        "newer": QT_TR_NOOP(
            "cannot restore onto {path}: it was written by a newer MetroDesk; "
            "a restore writes only over a MetroDesk database or onto a new file"
        ),
    }[owner]
    raise ServiceError(translated(why).format(path=given))


def database_owner(path: Path) -> str:
    """Whose file this is, by reading its header and schema table only: 'ours' (a schema
    this MetroDesk knows), 'newer', 'foreign' (not SQLite, or another program's SQLite),
    'empty', or 'unreadable' (an SQLite header over a schema that cannot be read)."""
    if path.stat().st_size == 0:
        return "empty"
    try:
        key = keys.key_for(path)
    except DatabaseOpenError:
        return "unreadable"
    if key is None and not looks_like_sqlite(path):
        return "foreign"
    try:
        with _read_only(path, key) as conn:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            if not tables >= OWN_TABLES or "alembic_version" not in tables:
                return "foreign"
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except _UNREADABLE:
        return "unreadable"
    return "ours" if row is not None and row[0] in known_revisions() else "newer"


@contextmanager
def _locked(db_path: Path) -> Iterator[tuple[int, int]]:
    """Hold the database's lock: no other MetroDesk process may have it open meanwhile (this
    one may: the window restores the file it shows). Yields the file's identity."""
    try:
        acquire_lock(db_path)
    except InUse as exc:
        if exc.other_name is not None:
            raise ServiceError(
                f"{db_path.name} is open here under another name ({exc.other_name}); close it first"
            ) from None
        who = f" (process {exc.pid})" if exc.pid else ""
        raise ServiceError(
            tr("{name} is open in another MetroDesk window{who}; close it there first").format(
                name=db_path.name, who=who
            )
        ) from None
    except OSError as exc:
        raise ServiceError(
            tr("cannot restore onto {path}: {reason}").format(
                path=db_path, reason=exc.strerror or exc
            )
        ) from exc
    try:
        yield file_identity(db_path)
    finally:
        release_lock(db_path)


def _restore_new(backup_file: Path, target: Path) -> RestoreResult:
    """A new file, made whole under a temporary name and linked into place only if the name is
    still free: nothing that appeared there meanwhile is overwritten."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        backup_database(backup_file, target, replace=False)
    except FileExistsError:
        raise ServiceError(
            tr("{path} appeared meanwhile; nothing was restored").format(path=target)
        ) from None
    return RestoreResult(target, None)


def _restore(backup_file: Path, db_path: Path, sound: bool) -> RestoreResult:
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
    folder = private_folder(paths.backup_dir(db_path))
    target = folder / f"{db_path.stem}-before-restore-{_stamp()}.sqlite"
    if sound:
        return backup_database(db_path, target)
    target = target.with_name(target.stem + "-damaged.sqlite")
    for suffix in ("", "-wal", ".key"):
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
    connection still open on it sees either the old or the new database, never a mix.

    The database keeps its own protection: a backup with another key (or none) is first
    exported under the database's key, as the backup API only copies between equal keys.
    """
    source_key, key = keys.key_for(backup_file), keys.key_for(db_path)
    if source_key == key:
        _copy_pages(backup_file, key, db_path)
        return
    with tempfile.TemporaryDirectory(dir=db_path.parent, prefix=".restoring-") as folder:
        staged = Path(folder) / db_path.name
        export(backup_file, source_key, staged, key)
        _copy_pages(staged, key, db_path)


def _copy_pages(source: Path, key: bytes | None, db_path: Path) -> None:
    with _read_only(source, key) as src, closing(connect(db_path, key)) as dst:
        src.backup(dst)
        verdict = dst.execute("PRAGMA quick_check").fetchone()[0]
    if verdict != "ok":
        raise ServiceError(
            tr("the restored {name} failed its check: {verdict}").format(
                name=db_path.name, verdict=verdict
            )
        )


def _replace_damaged(backup_file: Path, db_path: Path) -> None:
    """A damaged file may not even be SQLite any more: swap a fresh copy in instead of
    writing through it, and drop its write-ahead log, which belongs to the damaged file."""
    fresh = backup_database(backup_file, db_path.with_name(f".{db_path.name}.restoring"))
    for suffix in ("-wal", "-shm"):
        db_path.with_name(db_path.name + suffix).unlink(missing_ok=True)
    copy_key_file(fresh, db_path)  # the fresh copy is the backup's, key and all
    key_file(fresh).unlink(missing_ok=True)
    fresh.replace(db_path)
