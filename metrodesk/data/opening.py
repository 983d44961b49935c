"""Checks before a file is used, each refusing it unwritten: where it is (a regular file, in a
folder MetroDesk can write to), who holds it (the lock), what it is (SQLite, ours, not newer,
its schema) and whether a full check is due; a new file made private."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from metrodesk.data import open_checks
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import DATABASE_ERRORS, DRIVER_ERRORS, connect
from metrodesk.data.engine import lenient_text
from metrodesk.data.errors import (
    DamagedDatabase,
    DatabaseInUse,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
)
from metrodesk.data.file_kinds import special_kind
from metrodesk.data.file_lock import InUse, acquire_lock, release_lock
from metrodesk.data.files import (
    create_private_file,
    looks_like_sqlite,
    private_folder,
    read_only_uri,
    writable,
)
from metrodesk.data.integrity import quick_check
from metrodesk.data.revisions import known_revisions, scanned_head
from metrodesk.i18n import tr, translated


def _check_location(path: Path) -> None:
    """SQLite writes beside the file (-wal, -shm) and MetroDesk its lock: both must be writable."""
    if path.exists() and not writable(path):
        raise ReadOnlyDatabase(
            tr(
                "{name} is read-only; MetroDesk needs to write to it "
                "(copy it to a folder of your own, or change its permissions)"
            ).format(name=path.name)
        )
    folder = path.parent
    if folder.exists() and not writable(folder):
        raise ReadOnlyDatabase(
            tr(
                "the folder {folder} is read-only; MetroDesk needs to write beside {name} "
                "(copy the file to a folder of your own)"
            ).format(folder=folder, name=path.name)
        )


def _refuse_special(path: Path) -> None:
    """A database is a regular file: a folder, FIFO, device or socket is refused unread."""
    kind = special_kind(path)
    if kind is not None:
        raise NotADatabase(
            tr("{name} is {kind}, not a MetroDesk database").format(
                name=path.name, kind=translated(kind)
            )
        )


def _take_lock(path: Path) -> None:
    try:
        acquire_lock(path)
    except InUse as exc:
        if exc.other_name is not None:
            raise DatabaseInUse(
                tr(
                    "{name} is already open here as {other} (the same file under "
                    "another name); use one name for it"
                ).format(name=path.name, other=exc.other_name),
                exc.pid,
            ) from None
        who = tr(" (process {pid})").format(pid=exc.pid) if exc.pid else ""
        raise DatabaseInUse(
            tr("{name} is open in another MetroDesk window{who}; close it there first").format(
                name=path.name, who=who
            ),
            exc.pid,
        ) from None
    except OSError as exc:
        raise ReadOnlyDatabase(
            tr("MetroDesk cannot write beside {name} ({reason})").format(
                name=path.name, reason=exc.strerror or exc
            )
        ) from exc


def _make_new(path: Path) -> bytes | None:
    """A new database's file, owner-only in a folder made owner-only for it, made before the
    lock (which is on the file itself: every name of it meets it); its key when new files are
    to be encrypted (refused, for want of a passphrase, before anything is made but the folder)."""
    private_folder(path.parent, tighten=False)
    key = keys.seal_new_database(path) if keys.encrypt_new_files() else None
    with contextlib.suppress(FileExistsError):
        create_private_file(path)
    return key


def _check_existing(path: Path, check_later: bool) -> tuple[bytes | None, bool, bool]:
    """Read-only checks of an existing file (a refused file is left as it was): its key, and
    whether its full check is done now (`checked_now`) or passed before (`checked`)."""
    # an encrypted file's key first (a wrong or missing passphrase refuses it unread)
    key = keys.key_for(path)
    due = open_checks.full_check_due(path)
    checked_now = due is not None and not check_later
    _check_file(path, key, full_check=checked_now)
    return key, due is None or checked_now, checked_now


def _check_file(path: Path, key: bytes | None, full_check: bool = True) -> None:
    """Refuse a file that is not a sound MetroDesk database, reading it only.

    Without `full_check` only the header and the schema table are read (see `open_checks`).
    """
    if key is None:
        if not looks_like_sqlite(path):
            raise NotADatabase(not_sqlite(path))
        open_checks.check_header(path)
    if full_check:
        quick_check(path, key)
    try:
        conn = connect(read_only_uri(path), key, uri=True)
    except DRIVER_ERRORS as exc:
        raise DamagedDatabase(
            tr("{name} cannot be opened ({reason})").format(name=path.name, reason=exc)
        ) from exc
    conn.text_factory = lenient_text
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        revision = _stored_revision(conn) if "alembic_version" in tables else None
        if tables and "alembic_version" not in tables:
            raise NotADatabase(
                tr("{name} is an SQLite file of another program, not MetroDesk").format(
                    name=path.name
                )
            )
        if tables:
            _check_revision(path, tables, revision)  # ours, and not newer: before any write
            if key is not None:
                open_checks.check_encrypted_size(conn, path)
            open_checks.check_schema(conn, path, scanned_head())
    except DATABASE_ERRORS as exc:
        raise DamagedDatabase(
            tr("{name} is damaged and cannot be read ({reason})").format(name=path.name, reason=exc)
        ) from exc
    except UnicodeDecodeError as exc:  # SQLite's error quotes a damaged schema, bytes and all
        raise DamagedDatabase(
            tr("{name} is damaged (its schema cannot be read)").format(name=path.name)
        ) from exc
    finally:
        conn.close()


#: tables every MetroDesk file has had since its first schema (a migration that renames
#: one of these must change this set: tests/test_refusals_write_nothing.py checks it at head):
#: what tells our file from another program's that also keeps Alembic's `alembic_version`
OWN_TABLES = frozenset({"meta", "journal_entry", "contact", "organisation", "search_doc"})


def _stored_revision(conn: sqlite3.Connection) -> str | None:
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _check_revision(path: Path, tables: set[str], revision: str | None) -> None:
    """Decided before anything is written: SQLite's own set-up of a connection (WAL mode)
    is already a write, and a refused file must be left exactly as it was."""
    if not tables >= OWN_TABLES:
        raise NotADatabase(
            tr("{name} is an SQLite file of another program, not MetroDesk").format(name=path.name)
        )
    if revision is None or revision not in known_revisions():
        raise NewerDatabase(
            tr(
                "{name} was written by a newer MetroDesk (schema {revision}); update MetroDesk"
            ).format(name=path.name, revision=revision or tr("unknown"))
        )


def not_sqlite(path: Path) -> str:
    """Why a file without SQLite's header is refused, in one line; an encrypted database that
    lost its key file looks like this too (random bytes in whole pages), and is told so."""
    from metrodesk.data.crypto.envelope import key_file

    size = path.stat().st_size
    if size >= 4096 and size % 1024 == 0:
        return tr(
            "{name} is not a MetroDesk database (not an SQLite file; if it is an encrypted "
            "MetroDesk database, its key file {key_file} is missing from beside it)"
        ).format(name=path.name, key_file=key_file(path).name)
    return tr("{name} is not a MetroDesk database (not an SQLite file)").format(name=path.name)


@dataclass
class Checked:
    """A file locked for this process and checked for opening: its key, and its full check."""

    path: Path
    key: bytes | None
    # the full check has passed, in this open or before (if not, it runs before any write)
    checked: bool
    # the full check ran in this open
    checked_now: bool

    def before_upgrading(self) -> None:
        """A full check left for later runs before an upgrade writes to the file."""
        if not self.checked:
            quick_check(self.path, self.key)
            self.checked = self.checked_now = True


def lock_and_check(path: Path, check_later: bool) -> Checked:
    """The file at `path` (resolved) locked and checked, or made new and locked; refused
    unwritten, its lock let go, when it is not fit to open (see `Database.open`)."""
    _refuse_special(path)
    _check_location(path)
    if not path.exists():
        key = _make_new(path)
        _take_lock(path)
        return Checked(path, key, checked=True, checked_now=True)  # nothing to check yet
    # the lock first: a file another process holds is refused unread (read through another
    # name while that process writes or checkpoints, it would look damaged)
    _take_lock(path)
    try:
        key, checked, checked_now = _check_existing(path, check_later)
    except BaseException:
        release_lock(path)
        raise
    return Checked(path, key, checked, checked_now)


def unusable(path: Path, exc: BaseException) -> DamagedDatabase | None:
    """What an error met while upgrading or first reading an opened file says to the user;
    None for an error that is not the file's (it passes as it is)."""
    if isinstance(exc, SQLAlchemyDatabaseError):
        return DamagedDatabase(
            tr("{name} cannot be used: {reason}").format(name=path.name, reason=exc.orig)
        )
    if isinstance(exc, ValueError):  # a damaged value the checks cannot see (the journal's clock)
        return DamagedDatabase(
            tr("{name} is damaged: {problem}").format(name=path.name, problem=exc)
        )
    return None
