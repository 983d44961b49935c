"""Opening a MetroDesk file: recognise it, migrate it safely, and hand out journaled sessions."""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import os
import re
import sqlite3
import threading
import traceback
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, insert, select, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from metrodesk.data import open_checks, search_index
from metrodesk.data.backup import backup_database
from metrodesk.data.base import Record
from metrodesk.data.clock import HybridClock
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import (
    DATABASE_ERRORS,
    DRIVER_ERRORS,
    OPERATIONAL_ERRORS,
    PLAIN_DATABASE_ERRORS,
    connect,
    raw_key,
)
from metrodesk.data.errors import (
    DamagedDatabase,
    DamagedValue,
    DatabaseInUse,
    DatabaseLocked,
    MigrationFailed,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    StorageError,
)
from metrodesk.data.file_kinds import special_kind
from metrodesk.data.file_lock import InUse, acquire_lock, release_lock
from metrodesk.data.files import (
    create_private_file,
    looks_like_sqlite,
    private_folder,
    read_only_uri,
    shown_name,
    writable,
)
from metrodesk.data.journal import JournalDevice, Meta
from metrodesk.data.journal_actions import begin_action, device_ref, finish_action, newest_stamp
from metrodesk.data.journaling import WriteContext, before_flush
from metrodesk.i18n import tr, translated

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000

# Alembic (with Mako) is imported only to upgrade a file: importing it costs ~0.3 s of every
# start, and a file already at the newest schema needs none of it (see `_scanned_head`).


def _alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"^revision\b[^=]*=\s*[\"']([\w-]+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"^down_revision\b[^=]*=\s*(?:None|[\"']([\w-]+)[\"'])\s*$", re.MULTILINE
)


@functools.cache
def _scanned_revisions() -> tuple[frozenset[str], frozenset[str]] | None:
    """(every revision, every parent) read from the migration files as text (no Alembic
    import); None when a file does not read as one plain `revision = "…"` /
    `down_revision = "…"` pair (a merge, say): the caller then asks Alembic itself."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if script.name == "__init__.py" and not revision:
            continue
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    return frozenset(revisions), frozenset(parents)


def _scanned_head() -> str | None:
    """The newest schema revision, read from the migration files as text (no Alembic import).

    None when the files do not scan (see `_scanned_revisions`) or there is not exactly one
    head: the caller then asks Alembic itself. tests/test_database_open.py checks it against
    `head_revision()`.
    """
    scanned = _scanned_revisions()
    if scanned is None:
        return None
    heads = scanned[0] - scanned[1]
    return next(iter(heads)) if len(heads) == 1 else None


def known_revisions() -> frozenset[str]:
    """Every schema revision this MetroDesk can open (and upgrade from)."""
    scanned = _scanned_revisions()
    if scanned is not None:
        return scanned[0]
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(_alembic_config())
    return frozenset(s.revision for s in scripts.walk_revisions())


def _current_revision(conn: Connection) -> str | None:
    """The file's schema revision as Alembic stores it; None for a new file (or an odd one)."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(rows[0][0]) if len(rows) == 1 else None


#: decode TEXT values as UTF-8, replacing invalid bytes (in C: no cost on large reads)
lenient_text = functools.partial(str, encoding="utf-8", errors="replace")


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling defers BEGIN; we issue it ourselves (see _on_begin)
    dbapi_conn.isolation_level = None
    # a damaged letter in a stored text reads as U+FFFD instead of failing the whole query
    dbapi_conn.text_factory = lenient_text
    # lists sort names as search compares them: "Île-de-France" with the I's, not after "Z"
    dbapi_conn.create_function("fold", 1, search_index.fold_or_none, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


#: the execution option a write's connection is opened with: its transaction takes the write
#: lock at BEGIN, so that it never fails upgrading a read snapshot another write has overtaken
WRITING = "metrodesk_writing"


def _on_begin(conn: Any) -> None:
    # an option of this checkout only: a flag kept on the pooled connection would outlive the
    # write and make the next read on that connection take the write lock too
    writing = conn.get_execution_options().get(WRITING, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine of a plain file, or with `key` of an encrypted one (SQLAlchemy's
    `sqlite+pysqlcipher` dialect over sqlcipher3, keyed with the raw key on every connection)."""
    # URL.create, not a string: '?' and '#' are legal in file names and must not parse as a URL
    if key is None:
        url = URL.create("sqlite", database=str(path))
    else:
        url = URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(path))
    # hide_parameters: an error's message never quotes the values of records (names,
    # addresses) into a dialog, a command's one line or a log; the pool plain files get:
    # pysqlcipher's default keeps one connection per thread for ever
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False},
        hide_parameters=True,
        poolclass=QueuePool,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


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
    _check_file(path, key, quick_check=checked_now)
    return key, due is None or checked_now, checked_now


def _check_file(path: Path, key: bytes | None, quick_check: bool = True) -> None:
    """Refuse a file that is not a sound MetroDesk database, reading it only.

    Without `quick_check` only the header and the schema table are read (see `open_checks`).
    """
    if key is None:
        if not looks_like_sqlite(path):
            raise NotADatabase(not_sqlite(path))
        open_checks.check_header(path)
    if quick_check:
        _quick_check(path, key)
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
            open_checks.check_schema(conn, path, _scanned_head())
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


class _Interrupter:
    """Stops a running check from another thread (closing the database) with SQLite's own
    `interrupt()`. Not a progress handler: that calls Python, so takes the
    GIL, ~7,000 times per GB checked, and beside a busy UI thread the check crawled (50 s)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def attach(self, conn: sqlite3.Connection | None) -> None:
        with self._lock:
            self._conn = conn
            if conn is not None and self._stopped:
                conn.interrupt()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()


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


def _quick_check(path: Path, key: bytes | None, stopper: _Interrupter | None = None) -> bool:
    """SQLite's `quick_check`, which reads every page; False when `stopper` stopped it before
    the end, True when it passed; raises DamagedDatabase."""
    try:
        conn = connect(read_only_uri(path), key, uri=True)
    except DRIVER_ERRORS as exc:
        raise DamagedDatabase(
            tr("{name} cannot be opened ({reason})").format(name=path.name, reason=exc)
        ) from exc
    conn.text_factory = lenient_text  # quick_check quotes damaged rows, bytes and all
    if stopper is not None:
        stopper.attach(conn)
    try:
        try:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        except OPERATIONAL_ERRORS as exc:
            if "interrupted" not in str(exc):
                raise
            return False
    except UnicodeDecodeError as exc:  # SQLite's own report quotes bytes that are not text
        raise DamagedDatabase(
            tr("{name} is damaged (unreadable text in a check report)").format(name=path.name)
        ) from exc
    except DATABASE_ERRORS as exc:
        raise DamagedDatabase(
            tr("{name} is damaged and cannot be read ({reason})").format(name=path.name, reason=exc)
        ) from exc
    finally:
        if stopper is not None:
            stopper.attach(None)
        conn.close()
    if verdict != "ok":
        raise DamagedDatabase(
            tr("{name} is damaged: {problem}").format(name=path.name, problem=verdict)
        )
    return True


class Database:
    """One MetroDesk file. Sessions it hands out write the change journal as they flush."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        author: str | None = None,
        checked: bool = True,
        key: bytes | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        #: the SQLCipher key of an encrypted file, None for a plain one
        self.key = key
        self.author = author or getpass.getuser()
        self._closed = False
        self._locked = False
        # the quick check left for later by open(check_later=True): done before the first write
        self._check_lock = threading.Lock()
        self._checked = checked
        self._damage: DamagedDatabase | None = None
        self._check_stopper = _Interrupter()
        #: opened by `open`, which keeps the record of checks beside the file (open_checks)
        self._recorded = False
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        event.listen(self._sessions, "before_flush", before_flush)
        #: called inside every action before it commits, with the records it wrote (kind, id):
        #: sync keeps its conflict inbox in step with local edits this way
        self.after_write: list[Callable[[Connection, set[tuple[str, uuid.UUID]]], None]] = []
        #: the session of the action open on this thread, which nested actions and reads join
        self._open_action = threading.local()
        with self.engine.begin() as conn:
            row = conn.execute(select(Meta.value).where(Meta.key == "device")).scalar()
            if row is None:
                self.verify()  # the first write to this file
                row = uuid.uuid4().hex
                conn.execute(insert(Meta).values(key="device", value=row))
            last = newest_stamp(conn)
        self.device: str = row
        self.device_ref = self._own_device_ref()
        self.clock = HybridClock(last)

    @classmethod
    def open(
        cls, path: Path | str, backup_dir: Path | None = None, check_later: bool = False
    ) -> Database:
        """Open (creating if missing) and migrate to the current schema, backing up first.

        The cheap checks run at every open; SQLite's quick_check, which reads every page, only
        when `open_checks.full_check_due` says the file may have come to harm since one last
        passed (an unclean shutdown, a file changed behind MetroDesk's back, a week gone by).

        `check_later` (the GUI) leaves a due quick_check out of the open: the caller runs
        `verify()` in the background once its window shows. Safety is kept: nothing is written
        to the file before that check has passed (an upgrade, the first write and every
        `action()` run it first and wait for it), and the header, schema table, schema revision
        and journal are still read at open, so a file that is not a database, or one too
        damaged to read those, is refused here as before. The trade-off: a damaged file whose
        damage lies in pages the open does not read is reported a second or so after the window
        shows instead of before; reads in that time may meet the damage, which they report as a
        clear error, as they would for damage a check cannot see.
        """
        path = Path(path).expanduser().resolve()
        _refuse_special(path)
        _check_location(path)
        if path.exists():
            # the lock first: a file another process holds is refused unread (read through
            # another name while that process writes or checkpoints, it would look damaged)
            _take_lock(path)
            try:
                key, checked, checked_now = _check_existing(path, check_later)
            except BaseException:
                release_lock(path)
                raise
        else:
            checked = checked_now = True  # nothing to check in a file about to be made
            key = _make_new(path)
            _take_lock(path)
        try:
            engine = make_engine(path, key)
        except BaseException:
            release_lock(path)
            raise

        def check_before_upgrading() -> None:
            nonlocal checked, checked_now
            if not checked:
                _quick_check(path, key)
                checked = checked_now = True

        try:
            _migrate(engine, path, backup_dir or path.parent / "backups", check_before_upgrading)
            db = cls(path, engine, checked=checked, key=key)
        except SQLAlchemyDatabaseError as exc:
            engine.dispose()
            release_lock(path)
            raise DamagedDatabase(
                tr("{name} cannot be used: {reason}").format(name=path.name, reason=exc.orig)
            ) from exc
        except ValueError as exc:  # a damaged value the checks cannot see (the journal's clock)
            engine.dispose()
            release_lock(path)
            raise DamagedDatabase(
                tr("{name} is damaged: {problem}").format(name=path.name, problem=exc)
            ) from exc
        except BaseException:
            engine.dispose()
            release_lock(path)
            raise
        open_checks.session_opened(path, checked=checked_now)
        db._recorded = True
        return db

    def _own_device_ref(self) -> int:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(JournalDevice.ref).where(JournalDevice.id == uuid.UUID(self.device))
            ).scalar()
        if found is not None:
            return int(found)
        self.verify()  # a write: a new file, or one whose device has not written yet
        with self.engine.begin() as conn:
            return device_ref(conn, uuid.UUID(self.device))

    def verify(self) -> None:
        """The quick check `open(check_later=True)` left for later; raises DamagedDatabase.

        Runs once (later calls wait for it, then repeat its verdict); closing the database
        interrupts it.
        """
        with self._check_lock:
            if not self._checked:
                try:
                    if _quick_check(self.path, self.key, self._check_stopper) and self._recorded:
                        open_checks.full_check_passed(self.path)
                except DamagedDatabase as exc:
                    self._damage = exc
                self._checked = True
        if self._damage is not None:
            raise DamagedDatabase(str(self._damage))

    def reopen(self, key: bytes | None) -> None:
        """Connect afresh, with `key`, to a file rewritten in place (protected with a
        passphrase, or its protection removed) or after `lock`. No session may be open."""
        self.engine.dispose()
        self.engine = make_engine(self.path, key)
        self._sessions.configure(bind=self.engine)
        self.key = key
        self._locked = False

    def lock(self) -> None:
        """Close every connection and let go of the key (the window locked after inactivity):
        reads and writes raise DatabaseLocked until `reopen` gives it back."""
        self._locked = True
        self.engine.dispose()
        self.engine = make_engine(self.path, None)  # holds no key; never used while locked
        self._sessions.configure(bind=self.engine)
        self.key = None

    def _refuse_when_locked(self) -> None:
        if self._locked:
            raise DatabaseLocked(f"{self.path.name} is locked; unlock it with its passphrase")

    def close(self) -> None:
        """Close the connections and let another MetroDesk process open the file; idempotent."""
        self._check_stopper.stop()  # a check still running gives up at once
        if not self._closed:
            self._fold_log_in()
        self.engine.dispose()
        if not self._closed:
            self._closed = True
            if self._recorded:
                open_checks.session_closed(self.path)
            release_lock(self.path)

    def _fold_log_in(self) -> None:
        """Copy the write-ahead log into the file and empty it before closing.

        SQLite does so itself when its last connection closes, but only if it gets the file's
        exclusive lock: while another process reads the file (a MetroDesk refused through a
        hard link checks what it was given) the log stays behind, and a log is seen only
        through the name it was written by. Opened through another name, the file would show
        older content, and a write there would make the stale log wreck it later. A
        checkpoint needs no lock on the file itself."""
        # busy, read-only or damaged: SQLite's own checkpoint at close may still do it
        with contextlib.suppress(*DRIVER_ERRORS, SQLAlchemyError):
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def _joined(self) -> Session | None:
        session: Session | None = getattr(self._open_action, "session", None)
        return session

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._refuse_when_locked()
        joined = self._joined()
        if joined is not None:
            # inside an action: read what it has written so far
            joined.flush()
            yield joined
            return
        with self._sessions() as session:
            try:
                yield session
            except ValueError as exc:
                if not _from_stored_value(exc):
                    raise
                raise DamagedValue(
                    f"A value stored in {self.path.name} is damaged and cannot be read ({exc}); "
                    "check the database, or restore a backup"
                ) from exc
            except SQLAlchemyDatabaseError as exc:
                # damage met by a read before a check has reported it (one left for later, or
                # not due: see open_checks), or that no check sees; one clear line
                if not _reports_damage(exc.orig):
                    raise
                raise DamagedValue(
                    f"{self.path.name} is damaged and cannot be read ({exc.orig}); "
                    "check the database, or restore a backup"
                ) from exc

    @contextmanager
    def action(
        self, name: str, role: str = "do", reverts: uuid.UUID | str | None = None
    ) -> Iterator[Session]:
        """One user action: one transaction, one undo step, one journal entry per record written.

        An action opened while another is open on the same thread joins it: an editor's Save
        calls several services (the form, a fee, a status change) inside one action of its own,
        and they become one transaction and one undo step.
        """
        joined = self._joined()
        if joined is not None:
            yield joined
            joined.flush()  # what the inner call wrote is seen by the next one
            return
        with self._write(name, role, reverts, keep=True) as session:
            yield session

    @contextmanager
    def rehearse(self) -> Iterator[Session]:
        """Writes made as in an action, then rolled back whatever happens: an editor shows its
        unsaved changes as they would be saved, checked by the same rules, writing nothing."""
        with self._write("Rehearsal", "do", None, keep=False) as session:
            yield session

    @contextmanager
    def _write(
        self, name: str, role: str, reverts: uuid.UUID | str | None, keep: bool
    ) -> Iterator[Session]:
        self._refuse_when_locked()
        name = shown_name(name)  # named after a file, perhaps, whose name is not UTF-8
        self.verify()  # never write to a file before its check has passed
        with self._sessions() as session:
            session.connection(execution_options={WRITING: True})
            try:
                # written first and directly: every journal entry of this action refers to it
                action_ref, action_id = begin_action(
                    session.connection(),
                    self.device_ref,
                    self.clock.now(),
                    name,
                    self.author,
                    role,
                    uuid.UUID(reverts) if isinstance(reverts, str) else reverts,
                )
                session.info["write"] = WriteContext(action_ref, self.author, self.clock)
                session.info["action_ref"] = action_ref
                session.info["action_id"] = action_id
                self._open_action.session = session
                yield session
                session.flush()
                if not keep:
                    session.rollback()
                    return
                _reindex(session)
                written: set[tuple[str, uuid.UUID]] = session.info.pop("journaled", set())
                for hook in self.after_write:
                    hook(session.connection(), written)
                finish_action(session.connection(), action_ref, self.clock.now())
                session.commit()
            except OperationalError as exc:
                session.rollback()
                storage = _storage_error(exc)
                if storage is None:
                    raise
                raise storage from exc
            except BaseException:
                session.rollback()
                raise
            finally:
                self._open_action.session = None


@contextmanager
def sync_write(db: Database) -> Iterator[Session]:
    """A write transaction with no user action of its own, for sync: the actions it applies
    come from other copies with their own journal entries, which it writes itself. The session
    is for reading (an ORM write in it is refused, as outside any action); write through its
    connection. Foreign keys are checked at commit: an action's rows may arrive in any order.
    """
    db.verify()
    with db.engine.connect() as conn:
        conn.info["writing"] = True  # before BEGIN, so that it is BEGIN IMMEDIATE
        try:
            with conn.begin():
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                with Session(bind=conn, autoflush=False, expire_on_commit=False) as session:
                    event.listen(session, "before_flush", before_flush)
                    yield session
        except OperationalError as exc:
            storage = _storage_error(exc)
            if storage is None:
                raise
            raise storage from exc
        finally:
            conn.info.pop("writing", None)


#: where a ValueError about a stored value comes from: SQLAlchemy's own types, or the uuid
#: module, which parses ids the services read as text (search hits, journal entries)
_VALUE_PARSERS = (f"{os.sep}sqlalchemy{os.sep}", f"{os.sep}uuid.py")


def _from_stored_value(exc: ValueError) -> bool:
    """Whether `exc` was raised while turning a stored value (a date, an id) into a Python one:
    damage no page check can see, as opposed to a bug of ours."""
    frames = traceback.extract_tb(exc.__traceback__)
    if isinstance(exc, json.JSONDecodeError):
        # a JSON column's text (tags, filters) that no longer parses: SQLAlchemy's result
        # processor called json.loads just before
        return any(_VALUE_PARSERS[0] in frame.filename for frame in frames[-4:])
    return bool(frames) and any(part in frames[-1].filename for part in _VALUE_PARSERS)


#: what SQLite says, besides a plain DatabaseError ("malformed": a damaged page), when a read
#: meets damage: a search index whose own records are damaged, or a stored text that is no
#: longer UTF-8 reaching an SQL function (`fold`, which the sqlite3 module cannot call then)
_DAMAGE_SIGNS = (
    "invalid fts5 file format",
    "fts5: corruption",
    "user-defined function raised exception",
)


def _reports_damage(error: BaseException | None) -> bool:
    if type(error) in PLAIN_DATABASE_ERRORS:
        return True
    return isinstance(error, OPERATIONAL_ERRORS) and any(
        sign in str(error) for sign in _DAMAGE_SIGNS
    )


def _storage_error(exc: OperationalError) -> StorageError | None:
    """A write the disk refused becomes one clear sentence; other errors pass unchanged."""
    reason = str(exc.orig).lower()
    if "disk is full" in reason or "database or disk is full" in reason:
        why = "the disk is full"
    elif "disk i/o error" in reason or "i/o error" in reason:
        why = "the disk reported an error"
    else:
        return None
    return StorageError(
        f"The change was not saved: {why}. Nothing was written and the database is as it "
        "was; free some space (or check the disk) and try again."
    )


def _reindex(session: Session) -> None:
    touched: set[Record] = session.info.pop("touched", set())
    live, gone = [], []
    for rec in touched:
        doc = rec.search_document()
        if rec.deleted_at is None and doc is not None:
            live.append((rec.kind, rec.id.hex, doc[0], doc[1]))
        else:
            gone.append(rec.id.hex)
    conn = session.connection()
    search_index.write_documents(conn, live)
    search_index.remove_documents(conn, gone)


def _migrate(
    engine: Engine, path: Path, backup_dir: Path, before_writing: Callable[[], None]
) -> None:
    with engine.connect() as conn:
        current = _current_revision(conn)
    if current is not None and current == _scanned_head():
        return  # the usual open: nothing to upgrade, and Alembic is not even imported
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    scripts = ScriptDirectory.from_config(_alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    before_writing()
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise NewerDatabase(
            tr(
                "{name} was written by a newer MetroDesk (schema {revision}); update MetroDesk"
            ).format(name=path.name, revision=current)
        )
    if current is None:
        _upgrade(engine)  # a new file: nothing to lose
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = backup_database(path, backup_dir / f"{path.stem}-before-{head}-{stamp}.sqlite")
        upgrade_or_restore(engine, path, saved, _upgrade)
    with engine.connect() as conn:
        conn.execute(text("PRAGMA optimize"))
    _give_back_free_space(engine)


def _give_back_free_space(engine: Engine) -> None:
    """After an upgrade that left much of the file free (0005 shrank the journal to a fifth),
    rewrite it so the disk gets the space back; a file mostly in use is left as it is."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if pages and free * 4 > pages:
            conn.execute("VACUUM")  # outside any transaction: the connection autocommits
    finally:
        raw.close()


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        _verify(conn)


def _verify(conn: Connection) -> None:
    verdict = conn.exec_driver_sql("PRAGMA integrity_check(1)").scalar()
    if verdict != "ok":
        raise RuntimeError(f"the upgraded database failed its integrity check: {verdict}")


def upgrade_or_restore(
    engine: Engine, path: Path, saved: Path, upgrade: Callable[[Engine], None]
) -> None:
    """Run `upgrade`; if it fails in any way, put the pre-upgrade backup `saved` back."""
    try:
        upgrade(engine)
    except BaseException as exc:
        engine.dispose()
        restore_file(saved, path)
        raise MigrationFailed(
            f"upgrading {path.name} failed ({exc}); it was put back as it was before, from "
            f"{saved.name}"
        ) from exc


def restore_file(saved: Path, path: Path) -> None:
    """Write the pages of `saved` over `path` with SQLite's backup API, then check them.

    `saved` is a backup of `path` made just before, so both have one key (or none).
    """
    key = keys.key_for(saved)
    src = connect(read_only_uri(saved), key, uri=True)
    dst = connect(path, key)
    try:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check(1)").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        raise MigrationFailed(f"{path.name} could not be put back from {saved}: {verdict}")
